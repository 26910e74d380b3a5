#pragma once

#include "core/text/Bidi.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace kompis::core::text
{

/// One place on a line where a caret can be drawn. Where runs of different direction meet, one
/// place stands for two offsets in the text: `fromLeft` ends the run on its left, `fromRight`
/// starts the run on its right. Inside a run the two are equal.
struct CaretSlot
{
    std::size_t fromLeft = 0;
    std::size_t fromRight = 0;
    bool leftRunRtl = false;
    bool rightRunRtl = false;
};

/// A caret: the byte offset where typing inserts, and the slot (visual place) it is drawn at.
struct Caret
{
    std::size_t offset = 0;
    std::size_t slot = 0;

    bool operator==(const Caret&) const = default;
};

/// The caret slots of one line, left to right on screen: one before the first grapheme and one
/// after each, following the line's visual runs (from `BidiParagraph::visualRuns`) and the
/// grapheme boundaries of the paragraph (from `graphemeBoundaries`).
std::vector<CaretSlot> caretSlots(std::span<const VisualRun> runs,
                                  std::span<const std::size_t> graphemeBoundaries);

/// The caret for "before the letter at `offset`": drawn on that letter's leading edge (its left
/// in left-to-right runs, its right in right-to-left runs). Past the last letter it is drawn at
/// the end of the line. `std::nullopt` when `offset` is not on this line.
std::optional<Caret> caretAt(std::span<const CaretSlot> slots, std::size_t offset);

/// The caret one letter to the right on screen (the Right arrow key), whatever the direction
/// of the text; `std::nullopt` at the right end of the line.
std::optional<Caret> caretRight(std::span<const CaretSlot> slots, Caret caret);
/// The caret one letter to the left on screen (the Left arrow key).
std::optional<Caret> caretLeft(std::span<const CaretSlot> slots, Caret caret);

} // namespace kompis::core::text
