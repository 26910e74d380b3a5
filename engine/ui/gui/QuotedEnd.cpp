#include "ui/gui/QuotedEnd.hpp"

#include <array>
#include <string_view>

namespace kompis::ui
{
namespace
{

constexpr std::array<std::string_view, 2> kStops{".", "።"};
constexpr std::array<std::string_view, 5> kClosingQuotes{"”", "»", "\"", "’", "“"};
constexpr std::array<std::string_view, 7> kSentenceEnds{".", "!", "?", "…", "።", "؟", "፧"};

bool endsWith(std::string_view text, std::string_view end)
{
    return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

/// The length of the one of `ends` that `text` ends with, or 0.
template <std::size_t N>
std::size_t endingIn(std::string_view text, const std::array<std::string_view, N>& ends)
{
    for (std::string_view end : ends)
        if (endsWith(text, end))
            return end.size();
    return 0;
}

} // namespace

std::string withoutDoubledStop(std::string message)
{
    std::string_view rest = message;
    const std::size_t stop = endingIn(rest, kStops);
    if (stop == 0)
        return message;
    rest.remove_suffix(stop);
    const std::size_t quote = endingIn(rest, kClosingQuotes);
    if (quote == 0)
        return message;
    rest.remove_suffix(quote);
    if (endingIn(rest, kSentenceEnds) > 0)
        message.resize(message.size() - stop);
    return message;
}

} // namespace kompis::ui
