#include "ui/text/LineCarets.hpp"

#include "core/text/TextBoundaries.hpp"

#include <algorithm>
#include <cmath>

namespace kompis::ui::text
{

LineCarets lineCarets(std::string_view text, const TextLine& line)
{
    LineCarets carets;
    const auto boundaries = core::text::graphemeBoundaries(text);
    carets.slots = core::text::caretSlots(line.runs, boundaries);
    float x = 0;
    for (std::size_t i = 0; i < carets.slots.size(); ++i)
    {
        if (i > 0)
        {
            // The letter between two places: its glyphs' advances move the caret on.
            const std::size_t a = carets.slots[i - 1].fromRight;
            const std::size_t b = carets.slots[i].fromLeft;
            const std::size_t low = std::min(a, b);
            const std::size_t high = std::max(a, b);
            for (const PositionedGlyph& glyph : line.glyphs)
                if (glyph.cluster >= low && glyph.cluster < high)
                    x += glyph.advance;
        }
        carets.x.push_back(x);
    }
    return carets;
}

core::text::Caret caretNearest(const LineCarets& carets, float x)
{
    std::size_t best = 0;
    for (std::size_t i = 1; i < carets.x.size(); ++i)
        if (std::abs(carets.x[i] - x) < std::abs(carets.x[best] - x))
            best = i;
    if (carets.slots.empty())
        return {};
    // Clicking on the left half of a place's neighbourhood belongs to the run on the left.
    const auto& slot = carets.slots[best];
    return {x < carets.x[best] ? slot.fromLeft : slot.fromRight, best};
}

} // namespace kompis::ui::text
