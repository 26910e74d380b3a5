#include "core/export/Csv.hpp"

#include <charconv>
#include <cmath>

namespace kompis::core::exports
{

std::string csvField(std::string_view value)
{
    if (value.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(value);
    std::string out;
    out.reserve(value.size() + 2);
    out += '"';
    for (const char c : value)
    {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

void CsvWriter::row(std::initializer_list<std::string_view> fields)
{
    bool first = true;
    for (const auto field : fields)
    {
        if (!first)
            m_out << ',';
        first = false;
        m_out << csvField(field);
    }
    m_out << "\r\n";
    ++m_rows;
}

std::string formatNumber(double value)
{
    if (!std::isfinite(value))
        return "0";
    char buf[64];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    return ec == std::errc{} ? std::string(buf, end) : std::string("0");
}

} // namespace kompis::core::exports
