#include "core/text/TextBoundaries.hpp"

#include "core/text/Utf16Text.hpp"

#include <memory>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace kompis::core::text
{

namespace
{

/// Runs `iterator` over `text`, calling `visit(offsetInBytes, ruleStatus)` at every boundary
/// after the start.
template <typename Visit>
void eachBoundary(icu::BreakIterator& iterator, const Utf16Text& text, Visit visit)
{
    UErrorCode status = U_ZERO_ERROR;
    UText* utext = utext_openUChars(nullptr, reinterpret_cast<const UChar*>(text.data()),
                                    text.length(), &status);
    if (U_FAILURE(status))
        return;
    iterator.setText(utext, status);
    if (U_SUCCESS(status))
        for (std::int32_t at = iterator.next(); at != icu::BreakIterator::DONE;
             at = iterator.next())
            visit(text.byteAt(at), iterator.getRuleStatus());
    utext_close(utext);
}

} // namespace

std::vector<LineBreak> lineBreaks(std::string_view utf8, const std::string& locale)
{
    std::vector<LineBreak> breaks;
    const Utf16Text text(utf8);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> iterator(
        icu::BreakIterator::createLineInstance(icu::Locale(locale.c_str()), status));
    if (U_SUCCESS(status))
        eachBoundary(
            *iterator, text,
            [&](std::size_t offset, std::int32_t rule) {
                breaks.push_back({offset, rule >= UBRK_LINE_HARD && rule < UBRK_LINE_HARD_LIMIT});
            });
    if (breaks.empty() || breaks.back().offset != utf8.size())
        breaks.push_back({utf8.size(), false});
    if (breaks.front().offset == 0 && breaks.size() > 1)
        breaks.erase(breaks.begin());
    return breaks;
}

std::vector<std::size_t> graphemeBoundaries(std::string_view utf8)
{
    std::vector<std::size_t> boundaries{0};
    const Utf16Text text(utf8);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> iterator(
        icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
    if (U_SUCCESS(status))
        eachBoundary(*iterator, text,
                     [&](std::size_t offset, std::int32_t) { boundaries.push_back(offset); });
    if (boundaries.back() != utf8.size())
        boundaries.push_back(utf8.size());
    return boundaries;
}

} // namespace kompis::core::text
