// Layout: the frame's regions, the reading column, rows that wrap and cards.
#include "core/text/Ellipsis.hpp"
#include "ui/Gui.hpp"
#include "ui/gui/Metrics.hpp"

#include <algorithm>
#include <cmath>

namespace kompis::ui
{

void Gui::begin(sf::Vector2u windowSize, bool withFooter)
{
    m_window = windowSize;
    m_footer = withFooter;
    m_widgets.clear();
    m_draws.clear();
    m_richLines.clear();
    m_pictures = 0;
    m_cards.clear();
    m_row.reset();
    const float w = float(windowSize.x);
    m_headerH = lineHeight(1.0f) + 2 * kPad;
    m_footerH = withFooter ? lineHeight(1.0f) + 4 * kPad : 0;
    m_colW = std::min(std::max(m_theme.contentWidth, float(m_theme.bodySize) * 36), w - 2 * 24);
    m_colX = std::floor((w - m_colW) / 2);
    m_y = m_headerH + 2 * kPad - m_scroll;
    m_headerLeft = 16;
    m_headerRight = w - 16;
    m_footerRight = m_mirrored ? m_colX : m_colX + m_colW;
    m_footerTextX = m_mirrored ? m_colX + m_colW : m_colX;
    addRect(Region::Header, {0, 0, w, m_headerH}, m_theme.surface);
    addRect(Region::Header, {0, m_headerH - 1, w, 1}, m_theme.border);
    if (withFooter)
    {
        const float top = float(windowSize.y) - m_footerH;
        addRect(Region::Footer, {0, top, w, m_footerH}, m_theme.surface);
        addRect(Region::Footer, {0, top, w, 1}, m_theme.border);
    }
}

void Gui::end()
{
    if (m_row)
        endRow();
    const float bodyTop = m_headerH;
    const float bodyH = float(m_window.y) - m_headerH - m_footerH;
    m_contentH = m_y + m_scroll - bodyTop + 2 * kPad;
    const float maxScroll = std::max(0.0f, m_contentH - bodyH);
    if (m_scrollToFocus)
    {
        m_scrollToFocus = false;
        for (const Widget& w : m_widgets)
            if (w.id == m_focus && w.region == Region::Body)
            {
                const float top = w.rect.y + m_scroll - bodyTop - kPad;
                m_scroll = scrollToShow(m_scroll, top, top + w.rect.h + 2 * kPad, bodyH);
            }
    }
    if (m_revealTop)
    {
        m_scroll = scrollToShow(m_scroll, *m_revealTop, m_contentH, bodyH);
        m_revealTop.reset();
    }
    m_scroll = std::clamp(m_scroll, 0.0f, maxScroll);
    // The title goes between the header buttons, placed now that they are known.
    if (!m_title.empty())
    {
        const unsigned size = px(1.05f);
        const float width = std::max(50.0f, m_headerRight - m_headerLeft - 24);
        // By grapheme, each measured once: a 32 KB title must not cost a measurement per letter.
        const std::string title = core::text::ellipsize(
            m_title, width,
            [&](std::string_view g) { return measure(std::string(g), 1.05f, true); });
        // Beside the buttons at the start of the reading direction.
        const float x =
            m_mirrored ? m_headerRight - 8 - measure(title, 1.05f, true) : m_headerLeft + 8;
        addText(Region::Header, title, x, (m_headerH - lineHeight(1.05f)) / 2 + 2, size, true,
                m_theme.text);
        m_title.clear();
    }
    const bool focusHere = std::any_of(m_widgets.begin(), m_widgets.end(),
                                       [&](const Widget& w) { return w.id == m_focus; });
    if (focusHere)
        m_focusPending = false;
    else if (!m_focus.empty() && !m_focusPending)
        m_focus.clear();
    // Draw the focus ring last so nothing covers it.
    if (m_showFocus)
        for (const Widget& w : m_widgets)
            if (w.id == m_focus)
                addRect(w.region, {w.rect.x - 4, w.rect.y - 4, w.rect.w + 8, w.rect.h + 8},
                        sf::Color::Transparent, m_theme.focus, 3);
    m_lastWidgets = m_widgets;
}

Rect Gui::placeInBody(float w, float h)
{
    if (m_row)
        return m_row->place(w, h);
    // A widget narrower than the column starts on the side the interface reads from.
    const float width = std::min(w, m_colW);
    Rect r{m_mirrored ? m_colX + m_colW - width : m_colX, m_y, width, h};
    m_y += h + m_theme.spacing;
    return r;
}

void Gui::revealOnce(const std::string& key)
{
    if (key == m_revealedKey)
        return;
    m_revealedKey = key;
    m_revealTop = m_y + m_scroll - m_headerH - kPad;
}

void Gui::space(float pixels)
{
    if (m_row)
        endRow();
    m_y += pixels;
}

void Gui::beginRow(RowOrder order)
{
    if (m_row)
        endRow();
    m_row.emplace(m_colX, m_y, m_colW, 12.0f, m_mirrored && order == RowOrder::Reading);
}

void Gui::endRow()
{
    if (!m_row)
        return;
    if (!m_row->empty())
        m_y = m_row->bottom() + m_theme.spacing;
    m_row.reset();
}

void Gui::beginCard(std::optional<sf::Color> border)
{
    if (m_row)
        endRow();
    addRect(Region::Body, {}, m_theme.surface, border.value_or(m_theme.border),
            border ? 3.0f : 1.0f);
    m_cards.emplace_back(m_draws.size() - 1, m_y);
    m_y += kPad;
    m_colX += kPad + 4;
    m_colW -= 2 * (kPad + 4);
}

void Gui::endCard()
{
    if (m_row)
        endRow();
    if (m_cards.empty())
        return;
    m_colX -= kPad + 4;
    m_colW += 2 * (kPad + 4);
    const auto [index, top] = m_cards.back();
    m_cards.pop_back();
    const float bottom = m_y - m_theme.spacing * 0.6f + kPad;
    auto& shape = *m_draws[index].shape;
    shape.setPosition(m_colX, top);
    shape.setSize({m_colW, bottom - top});
    m_y = bottom + m_theme.spacing;
}

} // namespace kompis::ui
