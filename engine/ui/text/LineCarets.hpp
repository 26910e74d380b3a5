#pragma once

#include "core/text/VisualCaret.hpp"
#include "ui/text/ParagraphLayout.hpp"

#include <string_view>
#include <vector>

namespace kompis::ui::text
{

/// The caret places of a laid-out line (from `core::text::caretSlots`) and the x of each from
/// the line's left edge, for drawing the caret, moving it in visual order and hit tests.
struct LineCarets
{
    std::vector<core::text::CaretSlot> slots;
    std::vector<float> x;
};

/// Caret places of `line`, a line laid out from `text`.
LineCarets lineCarets(std::string_view text, const TextLine& line);

/// The caret nearest to `x` (from the line's left edge), e.g. where the learner clicked.
core::text::Caret caretNearest(const LineCarets& carets, float x);

} // namespace kompis::ui::text
