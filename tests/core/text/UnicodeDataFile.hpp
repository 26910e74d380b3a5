#pragma once

#include <catch2/catch.hpp>
#include <cstdint>
#include <fstream>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

/// Reading the Unicode Character Database's test files (Debian `unicode-data`).
namespace kompis::test::ucd
{

/// The path of a file under /usr/share/unicode (or $KOMPIS_UNICODE_DATA).
inline std::string dataFile(const std::string& relative)
{
    return std::string(KOMPIS_UNICODE_DATA) + "/" + relative;
}

/// Calls `visit(lineNumber, content)` for each line of a test file that holds data, with its
/// comment ('#' to the end) cut off.
template <typename Visit> void eachDataLine(const std::string& relative, Visit visit)
{
    std::ifstream file(dataFile(relative));
    REQUIRE(file.good()); // Debian package unicode-data
    std::string line;
    int number = 0;
    while (std::getline(file, line))
    {
        ++number;
        const std::string content = line.substr(0, line.find('#'));
        if (content.find_first_not_of(" \t") != std::string::npos)
            visit(number, content);
    }
}

/// UTF-8 for a list of code points.
inline std::string utf8Of(const std::vector<char32_t>& codePoints)
{
    std::string out;
    for (const char32_t c : codePoints)
    {
        if (c < 0x80)
            out += static_cast<char>(c);
        else if (c < 0x800)
        {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
        else if (c < 0x10000)
        {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
        else
        {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

/// Splits on any of `separators`, dropping empty pieces.
inline std::vector<std::string> split(std::string_view text, std::string_view separators)
{
    std::vector<std::string> pieces;
    std::size_t start = 0;
    while (start <= text.size())
    {
        const std::size_t end = text.find_first_of(separators, start);
        const auto piece = text.substr(start, end == std::string_view::npos ? end : end - start);
        if (!piece.empty())
            pieces.emplace_back(piece);
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return pieces;
}

/// Lines of a conformance file known to differ, by line number, with the reason.
using KnownDifferences = std::map<int, std::string>;

/// Adds `lines` to `known` with one reason.
inline void pin(KnownDifferences& known, std::initializer_list<int> lines, const char* reason)
{
    for (const int line : lines)
        known[line] = reason;
}

/// Counts a conformance file's results against its known differences: a line that differs and
/// is not known fails the test, and so does a known line that passes (the list must stay true).
class Tally
{
public:
    explicit Tally(const KnownDifferences& known)
        : m_known(known)
    {
    }

    void record(int line, bool passed, const std::string& text)
    {
        ++m_tested;
        const bool known = m_known.count(line) != 0;
        if (!passed && !known)
            m_unexpected[line] = text;
        if (passed && known)
            m_fixed.push_back(line);
    }

    /// Checks the outcome, naming the lines to look at.
    void check(int atLeast) const
    {
        CHECK(m_tested >= atLeast);
        std::string unexpected;
        for (const auto& [line, text] : m_unexpected)
            unexpected += std::to_string(line) + ": " + text + "\n";
        INFO("lines that differ and are not known (line: text):\n" << unexpected);
        CHECK(m_unexpected.empty());
        INFO("known differences that now pass: remove them from the list");
        CHECK(m_fixed.empty());
    }

private:
    const KnownDifferences& m_known;
    std::map<int, std::string> m_unexpected;
    std::vector<int> m_fixed;
    int m_tested = 0;
};

} // namespace kompis::test::ucd
