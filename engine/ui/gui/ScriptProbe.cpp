// The narrow probe end-to-end scripts use: which widgets and texts the last frame showed.
#include "core/text/Isolation.hpp"
#include "core/text/Unicode.hpp"
#include "ui/Gui.hpp"

#include <algorithm>
#include <cmath>

namespace kompis::ui
{

bool Gui::hasWidget(const std::string& id) const
{
    return std::any_of(m_lastWidgets.begin(), m_lastWidgets.end(),
                       [&](const Widget& w) { return w.id == id; });
}

std::vector<std::string> Gui::textsIn(sf::Color colour) const
{
    std::vector<std::string> out;
    for (const Draw& d : m_draws)
    {
        if (!d.text)
            continue;
        if (d.text->colour == colour)
            out.push_back(core::text::withoutIsolates(d.text->utf8));
        // A tinted range of a paragraph's line (a glossary term): its bytes count from the
        // paragraph's start, the line's text from the line's.
        const std::size_t lineStart = d.text->line ? d.text->layout->lines[*d.text->line].begin : 0;
        for (const text::TintedRange& tint : d.text->tints)
        {
            if (tint.colour != colour || tint.to <= lineStart)
                continue;
            const std::size_t from = std::max(tint.from, lineStart) - lineStart;
            const std::size_t to = std::min(tint.to - lineStart, d.text->utf8.size());
            if (from < to)
                out.push_back(core::text::withoutIsolates(d.text->utf8.substr(from, to - from)));
        }
    }
    return out;
}

bool Gui::showsText(const std::string& utf8) const
{
    const std::string wanted = core::text::withoutIsolates(core::text::nfc(utf8));
    for (const std::string& line : m_richLines)
        if (core::text::withoutIsolates(line).find(wanted) != std::string::npos)
            return true;
    for (const Draw& d : m_draws)
        if (d.text && core::text::withoutIsolates(d.text->utf8).find(wanted) != std::string::npos)
            return true;
    return false;
}

std::optional<bool> Gui::drawnRightToLeft(const std::string& utf8) const
{
    const std::string wanted = core::text::withoutIsolates(core::text::nfc(utf8));
    for (const Draw& d : m_draws)
        if (d.text && core::text::withoutIsolates(d.text->utf8).find(wanted) != std::string::npos)
            return d.text->layout->rightToLeft;
    return std::nullopt;
}

std::optional<Rect> Gui::widgetRect(const std::string& id) const
{
    for (const Widget& w : m_lastWidgets)
        if (w.id == id)
            return w.rect;
    return std::nullopt;
}

bool Gui::showsTextInside(const std::string& utf8) const
{
    const std::string wanted = core::text::withoutIsolates(core::text::nfc(utf8));
    const float bodyTop = m_headerH, bodyBottom = float(m_window.y) - m_footerH;
    for (const Draw& d : m_draws)
        if (d.text)
        {
            const auto bounds = d.text->bounds();
            const bool inside = d.region != Region::Body ||
                                (bounds.top >= bodyTop && bounds.top + bounds.height <= bodyBottom);
            if (inside && bounds.left + bounds.width <= float(m_window.x) + 0.5f &&
                core::text::withoutIsolates(d.text->utf8).find(wanted) != std::string::npos)
                return true;
        }
    return false;
}

std::vector<std::string> Gui::widgetIds() const
{
    std::vector<std::string> ids;
    for (const Widget& w : m_lastWidgets)
        ids.push_back(w.id);
    return ids;
}

} // namespace kompis::ui
