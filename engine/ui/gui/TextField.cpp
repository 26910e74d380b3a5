// Text fields: editing by grapheme, with a caret that moves and is drawn in visual order (in
// right-to-left text the Left key moves left on screen, which is forward in the text).
#include "core/text/TextBoundaries.hpp"
#include "core/text/Unicode.hpp"
#include "ui/Gui.hpp"
#include "ui/gui/Metrics.hpp"
#include "ui/text/LineCarets.hpp"

#include <algorithm>
#include <cmath>

namespace kompis::ui
{
namespace
{

/// The byte offset of grapheme `index` of a text with these boundaries (0…size inclusive).
std::size_t offsetOf(const std::vector<std::size_t>& boundaries, std::size_t index)
{
    return boundaries[std::min(index, boundaries.size() - 1)];
}

/// The grapheme index of byte `offset` (a boundary, or the one before it).
std::size_t indexOf(const std::vector<std::size_t>& boundaries, std::size_t offset)
{
    const auto after = std::upper_bound(boundaries.begin(), boundaries.end(), offset);
    return after == boundaries.begin() ? 0 : std::size_t(after - boundaries.begin() - 1);
}

} // namespace

std::size_t Gui::caretMovedOnScreen(const std::string& value, std::size_t caret, bool right) const
{
    const auto layout = laidOut(value, px(1.1f), false);
    if (layout->lines.empty())
        return caret;
    const auto boundaries = core::text::graphemeBoundaries(value);
    const auto carets = text::lineCarets(value, layout->lines.front());
    const auto at = core::text::caretAt(carets.slots, offsetOf(boundaries, caret));
    if (!at)
        return caret;
    const auto moved = right ? core::text::caretRight(carets.slots, *at)
                             : core::text::caretLeft(carets.slots, *at);
    return moved ? indexOf(boundaries, moved->offset) : caret;
}

bool Gui::textField(const std::string& id, std::string& value, float width, bool secret)
{
    const float w = width > 0 ? std::min(width, m_colW) : m_colW;
    const float h = lineHeight(1.1f) + 2 * kPad - 6;
    Widget widget{id, placeInBody(w, h), true, true, Region::Body};
    m_widgets.push_back(widget);
    const bool focused = m_focus == id;
    std::size_t caret = core::text::graphemeCount(value);
    if (focused)
    {
        EditState state{value, m_caretField == id ? m_caret : caret};
        for (const TextEdit& edit : m_edits)
        {
            const bool arrow =
                edit.kind == TextEdit::Kind::Left || edit.kind == TextEdit::Kind::Right;
            if (arrow && !secret)
                state.caret =
                    caretMovedOnScreen(state.text, state.caret, edit.kind == TextEdit::Kind::Right);
            else
                applyEdits(state, {edit});
        }
        m_edits.clear();
        value = std::move(state.text);
        caret = std::min(state.caret, core::text::graphemeCount(value));
    }
    addRect(Region::Body, {widget.rect.x + 2, widget.rect.y + 2, w - 4, h - 4}, m_theme.surface,
            focused ? m_theme.accent : m_theme.border, focused ? 3.0f : 2.0f);
    // Show the end of long input, dropping whole letters from the start: the learner is typing
    // at the end.
    std::vector<std::string> letters = core::text::graphemes(value);
    if (secret)
        std::fill(letters.begin(), letters.end(), std::string("•"));
    std::size_t dropped = 0;
    std::string shown;
    for (const std::string& letter : letters)
        shown += letter;
    const float innerW = w - 2 * kPad - 12;
    while (!shown.empty() && measure(shown, 1.1f, false) > innerW)
    {
        shown.erase(0, letters[dropped].size());
        ++dropped;
    }
    const auto layout = laidOut(shown, px(1.1f), false);
    // A field whose text reads right to left fills from the right, as it is typed.
    const float tx =
        layout->rightToLeft ? widget.rect.right() - kPad - layout->width : widget.rect.x + kPad;
    const float ty = widget.rect.y + (h - lineHeight(1.1f)) / 2 + 2;
    addText(Region::Body, shown, tx, ty, px(1.1f), false, m_theme.text);
    const auto carets =
        layout->lines.empty() ? text::LineCarets{} : text::lineCarets(shown, layout->lines.front());
    const auto shownBoundaries = core::text::graphemeBoundaries(shown);
    if (focused && m_fieldClick && m_fieldClick->first == id && !carets.slots.empty())
    {
        // A click puts the caret at the place nearest to it, in whichever run it fell.
        const auto at = text::caretNearest(carets, m_fieldClick->second - std::round(tx));
        caret = dropped + indexOf(shownBoundaries, at.offset);
    }
    if (m_fieldClick && m_fieldClick->first == id)
        m_fieldClick.reset();
    if (focused)
    {
        m_caretField = id;
        m_caret = caret;
        float cx = layout->rightToLeft ? layout->width : 0;
        if (const auto at = core::text::caretAt(
                carets.slots, offsetOf(shownBoundaries, caret > dropped ? caret - dropped : 0)))
            cx = carets.x[at->slot];
        addRect(Region::Body, {std::round(tx) + cx, ty + 2, 2, lineHeight(1.1f) - 6}, m_theme.text);
    }
    const bool hit = m_clicked == id;
    if (hit)
        m_clicked.clear();
    return hit;
}

} // namespace kompis::ui
