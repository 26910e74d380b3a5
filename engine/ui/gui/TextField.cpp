// Text fields: editing by grapheme with a caret that stays in the field.
#include "core/text/Unicode.hpp"
#include "core/text/Utf8.hpp"
#include "ui/Gui.hpp"
#include "ui/gui/Metrics.hpp"

#include <algorithm>
#include <cmath>

namespace kompis::ui
{

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
        applyEdits(state, m_edits);
        m_edits.clear();
        value = std::move(state.text);
        caret = std::min(state.caret, core::text::graphemeCount(value));
        m_caretField = id;
        m_caret = caret;
    }
    addRect(Region::Body, {widget.rect.x + 2, widget.rect.y + 2, w - 4, h - 4}, m_theme.surface,
            focused ? m_theme.accent : m_theme.border, focused ? 3.0f : 2.0f);
    // Show the end of long input: the learner is typing there.
    std::string shown;
    if (secret)
        for (std::size_t i = 0; i < core::text::graphemeCount(value); ++i)
            shown += "•";
    else
        shown = value;
    const float innerW = w - 2 * kPad - 12;
    while (!shown.empty() && measure(shown, 1.1f, false) > innerW)
    {
        std::size_t i = 0;
        (void)core::text::decodeUtf8(shown, i);
        shown.erase(0, i);
    }
    const float ty = widget.rect.y + (h - lineHeight(1.1f)) / 2 + 2;
    addText(Region::Body, shown, widget.rect.x + kPad, ty, px(1.1f), false, m_theme.text);
    if (focused)
    {
        // The caret sits before the letters after it, which end the shown text.
        const auto letters = core::text::graphemes(value);
        std::string tail;
        for (std::size_t i = caret; i < letters.size(); ++i)
            tail += secret ? "•" : letters[i];
        const float cx = widget.rect.x + kPad +
                         std::max(0.0f, measure(shown, 1.1f, false) - measure(tail, 1.1f, false)) +
                         2;
        addRect(Region::Body, {cx, ty + 2, 2, lineHeight(1.1f) - 6}, m_theme.text);
    }
    const bool hit = m_clicked == id;
    if (hit)
        m_clicked.clear();
    return hit;
}

} // namespace kompis::ui
