// The draw list: the only code of the toolkit that draws with SFML.
#include "ui/Gui.hpp"

#include <algorithm>
#include <cmath>

namespace kompis::ui
{

void Gui::draw(sf::RenderTarget& target)
{
    target.clear(m_theme.background);
    const sf::Vector2f size(float(m_window.x), float(m_window.y));
    const sf::View full(sf::FloatRect(0, 0, size.x, size.y));
    const float bodyTop = m_headerH;
    const float bodyH = std::max(1.0f, size.y - m_headerH - m_footerH);
    sf::View body(sf::FloatRect(0, bodyTop, size.x, bodyH));
    body.setViewport(sf::FloatRect(0, bodyTop / size.y, 1, bodyH / size.y));
    for (Region region : {Region::Body, Region::Header, Region::Footer})
    {
        target.setView(region == Region::Body ? body : full);
        for (const Draw& d : m_draws)
        {
            if (d.region != region)
                continue;
            if (d.shape)
                target.draw(*d.shape);
            if (d.text)
                target.draw(*d.text);
            if (d.sprite)
                target.draw(*d.sprite);
        }
    }
    target.setView(full);
    // A thin scroll indicator when the body is taller than the window.
    if (m_contentH > bodyH + 1)
    {
        const float barH = std::max(30.0f, bodyH * bodyH / m_contentH);
        const float barY = bodyTop + (bodyH - barH) * (m_scroll / (m_contentH - bodyH));
        sf::RectangleShape bar({6, barH});
        bar.setPosition(size.x - 10, barY);
        bar.setFillColor(m_theme.border);
        target.draw(bar);
    }
}

void Gui::addRect(Region r, Rect rect, sf::Color fill, sf::Color outline, float outlineWidth)
{
    sf::RectangleShape shape({rect.w, rect.h});
    shape.setPosition(rect.x, rect.y);
    shape.setFillColor(fill);
    shape.setOutlineColor(outline);
    shape.setOutlineThickness(outlineWidth);
    m_draws.push_back({r, std::move(shape), std::nullopt, std::nullopt});
}

void Gui::addText(Region r, const std::string& utf8, float x, float y, unsigned size, bool bold,
                  sf::Color colour)
{
    sf::Text t(sf::String::fromUtf8(utf8.begin(), utf8.end()), bold ? m_bold : m_regular, size);
    t.setFillColor(colour);
    t.setPosition(std::round(x), std::round(y));
    m_draws.push_back({r, std::nullopt, std::move(t), std::nullopt});
}

} // namespace kompis::ui
