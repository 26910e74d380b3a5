#include "core/speech/Quotes.hpp"

#include <array>
#include <utility>

namespace kompis::core::speech
{
namespace
{

/// Opening marks and the closing mark each expects (Swedish writes ”…” and »…»).
constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kPairs{{
    {"\"", "\""},
    {"\u201C", "\u201D"}, // “ ”
    {"\u201D", "\u201D"}, // ” ”
    {"\u201E", "\u201C"}, // „ “
    {"\u00AB", "\u00BB"}, // « »
    {"\u00BB", "\u00BB"}, // » »
    {"\u201E", "\u201D"}, // „ ”
}};

bool blank(std::string_view text)
{
    return text.find_first_not_of(" \t\n.,:;!?-") == std::string_view::npos;
}

void add(std::vector<QuotedSpan>& spans, std::string_view text, bool quoted)
{
    if (!blank(text))
        spans.push_back({std::string(text), quoted});
}

} // namespace

std::vector<QuotedSpan> splitQuoted(std::string_view utf8)
{
    std::vector<QuotedSpan> spans;
    std::size_t from = 0; // start of the run not yet added
    std::size_t at = 0;
    while (at < utf8.size())
    {
        bool matched = false;
        for (const auto& [open, close] : kPairs)
        {
            if (utf8.substr(at, open.size()) != open)
                continue;
            const std::size_t inside = at + open.size();
            const std::size_t end = utf8.find(close, inside);
            if (end == std::string_view::npos)
                continue;
            add(spans, utf8.substr(from, at - from), false);
            add(spans, utf8.substr(inside, end - inside), true);
            from = at = end + close.size();
            matched = true;
            break;
        }
        if (!matched)
            ++at;
    }
    add(spans, utf8.substr(from), false);
    return spans;
}

} // namespace kompis::core::speech
