#pragma once

#include <algorithm>

namespace kompis::ui
{

/// An axis-aligned rectangle in window pixels.
struct Rect
{
    float x = 0, y = 0, w = 0, h = 0;

    [[nodiscard]] bool contains(float px, float py) const
    {
        return px >= x && px < x + w && py >= y && py < y + h;
    }
    [[nodiscard]] float right() const { return x + w; }
    [[nodiscard]] float bottom() const { return y + h; }
};

/// Places boxes left to right and starts a new row when the next one would not fit: buttons,
/// word tokens and tiles all flow this way, so narrow windows stack instead of overflowing.
class FlowCursor
{
public:
    /// `fromRight`: boxes flow from the right edge leftwards (a right-to-left interface).
    FlowCursor(float left, float top, float width, float gap, bool fromRight = false)
        : m_left(left)
        , m_width(width)
        , m_gap(gap)
        , m_x(left)
        , m_y(top)
        , m_fromRight(fromRight)
    {
    }

    /// The rectangle for the next box of this size (a box wider than the row gets the row).
    Rect place(float w, float h)
    {
        w = std::min(w, m_width);
        if (m_x > m_left && m_x + w > m_left + m_width)
        {
            m_x = m_left;
            m_y += m_rowHeight + m_gap;
            m_rowHeight = 0;
        }
        Rect r{m_fromRight ? m_left + m_width - (m_x - m_left) - w : m_x, m_y, w, h};
        m_x += w + m_gap;
        m_rowHeight = std::max(m_rowHeight, h);
        return r;
    }

    /// Where content below the last row starts.
    [[nodiscard]] float bottom() const { return m_y + m_rowHeight; }
    [[nodiscard]] bool empty() const { return m_x == m_left && m_rowHeight == 0; }

private:
    float m_left, m_width, m_gap;
    float m_x, m_y; ///< m_x counts from the row's start side
    float m_rowHeight = 0;
    bool m_fromRight = false;
};

/// Keeps `focus` visible: the scroll offset that shows [top, bottom) inside a viewport of
/// `viewHeight`, changing `scroll` as little as possible. Coordinates are content coordinates.
inline float scrollToShow(float scroll, float top, float bottom, float viewHeight)
{
    if (top < scroll)
        return top;
    if (bottom > scroll + viewHeight)
        return std::min(top, bottom - viewHeight);
    return scroll;
}

} // namespace kompis::ui
