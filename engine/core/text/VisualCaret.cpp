#include "core/text/VisualCaret.hpp"

#include <algorithm>

namespace kompis::core::text
{

std::vector<CaretSlot> caretSlots(std::span<const VisualRun> runs,
                                  std::span<const std::size_t> graphemeBoundaries)
{
    std::vector<CaretSlot> slots;
    for (const VisualRun& run : runs)
    {
        std::vector<std::size_t> edges{run.begin};
        for (const std::size_t boundary : graphemeBoundaries)
            if (boundary > run.begin && boundary < run.end)
                edges.push_back(boundary);
        edges.push_back(run.end);
        if (run.rightToLeft())
            std::reverse(edges.begin(), edges.end());
        const bool rtl = run.rightToLeft();
        // The run's left edge is the place where the previous run ended.
        if (slots.empty())
            slots.push_back({edges.front(), edges.front(), rtl, rtl});
        else
        {
            slots.back().fromRight = edges.front();
            slots.back().rightRunRtl = rtl;
        }
        for (auto edge = edges.begin() + 1; edge != edges.end(); ++edge)
            slots.push_back({*edge, *edge, rtl, rtl});
    }
    return slots;
}

std::optional<Caret> caretAt(std::span<const CaretSlot> slots, std::size_t offset)
{
    // The leading edge of the letter at `offset`: its left side in a left-to-right run, its
    // right side in a right-to-left one.
    for (std::size_t i = 0; i < slots.size(); ++i)
    {
        const bool leadingInLtr =
            slots[i].fromRight == offset && !slots[i].rightRunRtl && i + 1 < slots.size();
        const bool leadingInRtl = slots[i].fromLeft == offset && slots[i].leftRunRtl && i > 0;
        if (leadingInLtr || leadingInRtl)
            return Caret{offset, i};
    }
    // Past the last letter of the line: the trailing edge of the letter before.
    for (std::size_t i = 0; i < slots.size(); ++i)
        if (slots[i].fromLeft == offset || slots[i].fromRight == offset)
            return Caret{offset, i};
    return std::nullopt;
}

std::optional<Caret> caretRight(std::span<const CaretSlot> slots, Caret caret)
{
    if (caret.slot + 1 >= slots.size())
        return std::nullopt;
    // Crossing a letter of the run on the new slot's left: the offset is that run's.
    return Caret{slots[caret.slot + 1].fromLeft, caret.slot + 1};
}

std::optional<Caret> caretLeft(std::span<const CaretSlot> slots, Caret caret)
{
    if (caret.slot == 0 || caret.slot >= slots.size())
        return std::nullopt;
    return Caret{slots[caret.slot - 1].fromRight, caret.slot - 1};
}

} // namespace kompis::core::text
