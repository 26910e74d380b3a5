// A text area: a message box of several lines, drawn only through the toolkit's text calls
// (measure, wrapped, addText) so it follows any change to how text is shaped and set.
#include "core/text/Unicode.hpp"
#include "ui/Gui.hpp"
#include "ui/gui/Metrics.hpp"
#include "ui/gui/TextArea.hpp"

#include <algorithm>
#include <cmath>

namespace kompis::ui
{

bool Gui::textArea(const std::string& id, std::string& value, int lines, std::size_t maxLetters,
                   const std::string& placeholder)
{
    constexpr float kScale = 1.0f;
    const unsigned size = px(kScale);
    const float lh = lineHeight(kScale);
    const std::size_t visible = std::size_t(std::max(1, lines));
    const float w = m_colW;
    const float h = float(visible) * lh + 2 * kPad - 6;
    const float innerW = w - 2 * kPad - 12;
    Widget widget{id, placeInBody(w, h), true, true, Region::Body, true};
    m_widgets.push_back(widget);
    const bool focused = m_focus == id;
    const auto layoutOf = [&](const std::string& text) -> const AreaLayout&
    {
        const std::string key = std::to_string(size) + "/" + std::to_string(innerW) + "/" + text;
        return m_areaLayouts.get(key,
                                 [&]
                                 {
                                     // Kept between frames: the measure holds nothing local.
                                     return AreaLayout(
                                         text, wrapped(text, size, false, innerW).lines,
                                         [this](std::string_view run)
                                         { return measure(std::string(run), kScale, false); });
                                 });
    };
    if (m_caretField != id)
    {
        m_areaTop = 0;
        m_areaGoalX.reset();
    }
    std::size_t caret = m_caretField == id ? m_caret : layoutOf(value).letterCount();
    const float textX = widget.rect.x + kPad;
    const float textY = widget.rect.y + kPad - 3;
    bool moved = false;
    if (focused && !m_edits.empty())
    {
        AreaState state{core::text::nfc(value), caret, m_areaGoalX};
        applyAreaEdits(
            state, m_edits, [&](const std::string& t) { return layoutOf(t); }, maxLetters);
        moved = true;
        m_edits.clear();
        value = std::move(state.text);
        caret = state.caret;
        m_areaGoalX = state.goalX;
    }
    if (focused)
        m_caretField = id;
    const AreaLayout& layout = layoutOf(value);
    caret = std::min(caret, layout.letterCount());
    const auto& all = layout.lines();
    // A click puts the caret where it lands, on the line under the mouse.
    if (focused && m_clicked == id && m_pressAt && widget.rect.contains(m_pressAt->x, m_pressAt->y))
    {
        const float row = std::floor((m_pressAt->y - textY) / lh);
        const std::size_t line =
            std::min(all.size() - 1, m_areaTop + std::size_t(std::max(0.0f, row)));
        caret = layout.caretAt(line, m_pressAt->x - textX);
        m_areaGoalX.reset();
        moved = true;
    }
    if (focused)
        m_caret = caret;
    const std::size_t caretLine = layout.lineOf(caret);
    m_areaTop = moved || m_areaTop >= all.size()
                    ? scrolledTop(m_areaTop, caretLine, all.size(), visible)
                    : std::min(m_areaTop, all.size() > visible ? all.size() - visible : 0);
    if (m_caretField == id)
        m_areaHidden = all.size() > visible ? all.size() - visible : 0;

    addRect(Region::Body, {widget.rect.x + 2, widget.rect.y + 2, w - 4, h - 4}, m_theme.surface,
            focused ? m_theme.accent : m_theme.border, focused ? 3.0f : 2.0f);
    if (value.empty() && !placeholder.empty())
        addText(Region::Body, placeholder, textX, textY, size, false, m_theme.mutedText);
    for (std::size_t i = m_areaTop; i < all.size() && i < m_areaTop + visible; ++i)
        addText(Region::Body, all[i].shown, textX, textY + float(i - m_areaTop) * lh, size, false,
                m_theme.text);
    if (focused && caretLine >= m_areaTop && caretLine < m_areaTop + visible)
    {
        const float cx = textX + std::min(innerW, layout.caretX(caret)) + 1;
        const float cy = textY + float(caretLine - m_areaTop) * lh;
        addRect(Region::Body, {cx, cy + 3, 2, lh - 6}, m_theme.text);
    }
    // More lines than fit: a bar at the right edge says where the shown part is.
    if (all.size() > visible)
    {
        const float trackH = h - 12;
        const float barH = std::max(16.0f, trackH * float(visible) / float(all.size()));
        const float barY =
            widget.rect.y + 6 + (trackH - barH) * float(m_areaTop) / float(all.size() - visible);
        addRect(Region::Body, {widget.rect.x + w - 12, barY, 5, barH}, m_theme.border);
    }
    // Near the cap the learner sees how much room is left, before the text stops growing.
    const std::size_t used = layout.letterCount();
    if (maxLetters > 0 && used * 5 >= maxLetters * 4)
    {
        const std::string counter = std::to_string(used) + " / " + std::to_string(maxLetters);
        const float cw = measure(counter, 0.85f, false);
        addText(Region::Body, counter, widget.rect.x + w - cw - 4, m_y, px(0.85f), false,
                used >= maxLetters ? m_theme.wrong : m_theme.mutedText);
        m_y += lineHeight(0.85f);
    }
    const bool hit = m_clicked == id;
    if (hit)
        m_clicked.clear();
    return hit;
}

} // namespace kompis::ui
