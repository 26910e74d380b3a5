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

std::string csvTypedText(std::string_view value)
{
    if (value.empty())
        return {};
    switch (value.front())
    {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return "'" + std::string(value);
    default:
        return std::string(value);
    }
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
    m_out << m_eol;
    ++m_rows;
}

bool parseCsv(std::string_view text, std::vector<CsvRecord>& records, int& errorLine)
{
    int line = 1;
    std::size_t i = 0;
    if (text.starts_with("\xEF\xBB\xBF"))
        i = 3; // a byte order mark from spreadsheet programs
    while (i < text.size())
    {
        CsvRecord record{{std::string()}, line};
        bool recordEnded = false;
        while (i < text.size() && !recordEnded)
        {
            const char c = text[i];
            std::string& field = record.fields.back();
            if (c == '"' && field.empty())
            {
                const int quoteLine = line;
                ++i;
                while (true)
                {
                    if (i >= text.size())
                    {
                        errorLine = quoteLine;
                        return false;
                    }
                    if (text[i] == '"' && i + 1 < text.size() && text[i + 1] == '"')
                    {
                        field += '"';
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        ++i;
                        break;
                    }
                    else
                    {
                        line += text[i] == '\n';
                        field += text[i++];
                    }
                }
            }
            else if (c == ',')
            {
                record.fields.emplace_back();
                ++i;
            }
            else if (c == '\n' || c == '\r')
            {
                i += (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
                ++line;
                recordEnded = true;
            }
            else
            {
                field += c;
                ++i;
            }
        }
        if (!(record.fields.size() == 1 && record.fields[0].empty()))
            records.push_back(std::move(record));
    }
    return true;
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
