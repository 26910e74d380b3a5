#include "ui/TextWrap.hpp"

#include "core/text/Unicode.hpp"

namespace kompis::ui
{
namespace
{

std::string_view trimEnd(std::string_view s)
{
    while (!s.empty() &&
           (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// The fallback for one word wider than the whole line: cut it between graphemes.
void splitLongWord(std::string_view word, float maxWidth, const MeasureText& measure,
                   std::vector<std::string>& lines, std::string& current)
{
    for (const std::string& g : core::text::graphemes(word))
    {
        std::string candidate = current + g;
        if (!current.empty() && measure(trimEnd(candidate)) > maxWidth)
        {
            lines.emplace_back(trimEnd(current));
            current = g;
        }
        else
            current = std::move(candidate);
    }
}

} // namespace

std::vector<std::string> wrapText(std::string_view utf8, float maxWidth, const MeasureText& measure,
                                  const std::string& locale)
{
    std::vector<std::string> lines;
    if (utf8.empty())
        return lines;
    std::vector<std::size_t> breaks = core::text::lineBreakOpportunities(utf8, locale);
    breaks.push_back(utf8.size());
    std::string current;
    std::size_t start = 0;
    for (std::size_t end : breaks)
    {
        if (end <= start)
            continue;
        std::string_view segment = utf8.substr(start, end - start);
        start = end;
        std::string candidate = current + std::string(segment);
        if (measure(trimEnd(candidate)) <= maxWidth)
            current = std::move(candidate);
        else
        {
            if (!current.empty())
                lines.emplace_back(trimEnd(current));
            current.clear();
            if (measure(trimEnd(segment)) <= maxWidth)
                current = std::string(segment);
            else
                splitLongWord(segment, maxWidth, measure, lines, current);
        }
        // A mandatory break (new line in the text) ends the line whatever its width.
        if (!segment.empty() && segment.back() == '\n')
        {
            lines.emplace_back(trimEnd(current));
            current.clear();
        }
    }
    if (!trimEnd(current).empty())
        lines.emplace_back(trimEnd(current));
    return lines;
}

} // namespace kompis::ui
