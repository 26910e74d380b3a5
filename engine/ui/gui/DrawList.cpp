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
    // Text that follows text is drawn in one batch of triangles from the glyph atlas; a shape
    // or a picture in between ends the batch, so what is drawn later still covers it.
    sf::VertexArray glyphs(sf::Triangles);
    const auto drawGlyphs = [&]
    {
        if (glyphs.getVertexCount() == 0)
            return;
        target.draw(glyphs, m_engine.states()); // after appending: the atlas may have grown
        glyphs.clear();
    };
    for (Region region : {Region::Body, Region::Header, Region::Footer})
    {
        target.setView(region == Region::Body ? body : full);
        for (const Draw& d : m_draws)
        {
            if (d.region != region)
                continue;
            if (d.shape)
            {
                drawGlyphs();
                target.draw(*d.shape);
            }
            if (d.text)
            {
                float baseline = d.text->topLeft.y + d.text->baseline;
                const auto& lines = d.text->layout->lines;
                if (d.text->line && *d.text->line < lines.size())
                    m_engine.appendLine(glyphs, lines[*d.text->line], {d.text->topLeft.x, baseline},
                                        d.text->colour, d.text->tints);
                else
                    for (const text::TextLine& line : lines)
                    {
                        m_engine.appendLine(glyphs, line, {d.text->topLeft.x, baseline},
                                            d.text->colour);
                        baseline += std::round(line.height());
                    }
            }
            if (d.sprite)
            {
                drawGlyphs();
                target.draw(*d.sprite);
            }
        }
        drawGlyphs();
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
                  sf::Color colour, core::text::Direction direction)
{
    // The baseline sits one font size below the top, where sf::Text put it: screens placed
    // their lines for that.
    TextDraw t{utf8,
               laidOut(utf8, size, bold, direction),
               {std::round(x), std::round(y)},
               float(size),
               colour,
               std::nullopt,
               {}};
    m_draws.push_back({r, std::nullopt, std::move(t), std::nullopt});
}

void Gui::addLine(Region r, const Wrapped& paragraph, std::size_t index, float x, float y,
                  unsigned size, sf::Color colour, std::vector<text::TintedRange> tints)
{
    TextDraw t{paragraph.lines[index],
               paragraph.layout,
               {std::round(x), std::round(y)},
               float(size),
               colour,
               index,
               std::move(tints)};
    m_draws.push_back({r, std::nullopt, std::move(t), std::nullopt});
}

sf::FloatRect Gui::TextDraw::bounds() const
{
    float ascent = 0, descent = 0, width = layout->width;
    std::size_t count = layout->lines.size();
    for (std::size_t i = 0; i < layout->lines.size(); ++i)
        if (!line || *line == i)
        {
            ascent = std::max(ascent, layout->lines[i].ascent);
            descent = std::min(descent, layout->lines[i].descent);
            if (line)
            {
                width = layout->lines[i].width;
                count = 1;
            }
        }
    const float top = topLeft.y + baseline - ascent;
    return {topLeft.x, top, width, (ascent - descent) * float(std::max<std::size_t>(1, count))};
}

} // namespace kompis::ui
