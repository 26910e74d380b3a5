#pragma once

#include <initializer_list>
#include <ostream>
#include <string>
#include <string_view>

namespace kompis::core::exports
{

/// One RFC 4180 field: quoted (with doubled quotes) when it holds a comma, quote, CR or LF.
[[nodiscard]] std::string csvField(std::string_view value);

/// Writes CSV records ending in CRLF, as RFC 4180 says; LibreOffice and Excel read both.
class CsvWriter
{
public:
    explicit CsvWriter(std::ostream& out)
        : m_out(out)
    {
    }
    void row(std::initializer_list<std::string_view> fields);
    [[nodiscard]] std::size_t rows() const { return m_rows; }

private:
    std::ostream& m_out;
    std::size_t m_rows = 0;
};

/// A number as CSV and JSON want it: shortest round-trip form, '.' as decimal point, any locale.
[[nodiscard]] std::string formatNumber(double value);

} // namespace kompis::core::exports
