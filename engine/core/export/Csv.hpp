#pragma once

#include <initializer_list>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace kompis::core::exports
{

/// One RFC 4180 field: quoted (with doubled quotes) when it holds a comma, quote, CR or LF.
[[nodiscard]] std::string csvField(std::string_view value);

/// A field holding text that someone typed (a learner's answer or name). Spreadsheets run a
/// cell that starts with = + - @ (or a tab or CR before one) as a formula, so a typed
/// "=HYPERLINK(...)" would become a live link in the teacher's LibreOffice; such text gets a
/// leading apostrophe, which spreadsheets read as "this is text". The store keeps the text as
/// typed; only the spreadsheet export is guarded.
[[nodiscard]] std::string csvTypedText(std::string_view value);

/// Writes CSV records ending in CRLF by default, as RFC 4180 says; LibreOffice reads both.
class CsvWriter
{
public:
    /// `eol` may be "\n" for output meant for diffing rather than for spreadsheets.
    explicit CsvWriter(std::ostream& out, std::string_view eol = "\r\n")
        : m_out(out)
        , m_eol(eol)
    {
    }
    void row(std::initializer_list<std::string_view> fields);
    [[nodiscard]] std::size_t rows() const { return m_rows; }

private:
    std::ostream& m_out;
    std::string_view m_eol;
    std::size_t m_rows = 0;
};

/// One record read from CSV, with the 1-based line it starts on.
struct CsvRecord
{
    std::vector<std::string> fields;
    int line = 0;
};

/// Reads RFC 4180 CSV (CRLF or LF line ends, quoted fields may span lines; blank lines are
/// skipped). On an unterminated quote returns false and sets `errorLine`.
bool parseCsv(std::string_view text, std::vector<CsvRecord>& records, int& errorLine);

/// A number as CSV and JSON want it: shortest round-trip form, '.' as decimal point, any locale.
[[nodiscard]] std::string formatNumber(double value);

} // namespace kompis::core::exports
