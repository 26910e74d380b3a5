#include "core/text/Ellipsis.hpp"

#include "core/text/Unicode.hpp"

namespace kompis::core::text
{

std::string ellipsize(std::string_view text, double maxWidth, const GraphemeWidth& width)
{
    constexpr std::string_view kEllipsis = "…";
    const double ellipsisWidth = width(kEllipsis);
    double used = 0;
    std::string kept;                 // the graphemes measured so far (NFC, as they are drawn)
    std::size_t fitsWithEllipsis = 0; // bytes of `kept` that still fit with "…" after them
    for (const auto& grapheme : graphemes(text))
    {
        used += width(grapheme);
        if (used > maxWidth)
            return kept.substr(0, fitsWithEllipsis) + std::string(kEllipsis);
        kept += grapheme;
        if (used + ellipsisWidth <= maxWidth)
            fitsWithEllipsis = kept.size();
    }
    return kept;
}

} // namespace kompis::core::text
