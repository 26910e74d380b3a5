#include "ui/text/TextEngine.hpp"

#include <cmath>
#include <functional>
#include <utility>

namespace kompis::ui::text
{

std::size_t TextEngine::RequestHash::operator()(const LayoutRequest& request) const
{
    std::size_t hash = std::hash<std::string>{}(request.text);
    const auto mix = [&hash](std::size_t value)
    { hash ^= value + 0x9e3779b97f4a7c15ULL + (hash << 6) + (hash >> 2); };
    mix(std::hash<float>{}(request.maxWidth));
    mix(std::hash<float>{}(request.pixelSize));
    mix(static_cast<std::size_t>(request.bold) |
        (static_cast<std::size_t>(request.direction) << 1));
    mix(std::hash<std::string>{}(request.language));
    return hash;
}

TextEngine::TextEngine(std::vector<std::string> fontDirs, std::size_t cacheCapacity)
    : m_fonts(std::move(fontDirs))
    , m_capacity(cacheCapacity)
{
}

std::shared_ptr<const TextLayout> TextEngine::layout(const LayoutRequest& request)
{
    if (const auto found = m_cache.find(request); found != m_cache.end())
    {
        ++m_hits;
        m_recent.splice(m_recent.begin(), m_recent, found->second);
        return found->second->second;
    }
    ++m_misses;
    auto laidOut = std::make_shared<const TextLayout>(layoutText(m_fonts, request));
    m_recent.emplace_front(request, laidOut);
    m_cache.emplace(request, m_recent.begin());
    if (m_recent.size() > m_capacity)
    {
        m_cache.erase(m_recent.back().first);
        m_recent.pop_back();
    }
    return laidOut;
}

void TextEngine::appendLine(sf::VertexArray& vertices, const TextLine& line,
                            sf::Vector2f baselineLeft, sf::Color lineColour,
                            std::span<const TintedRange> tints)
{
    for (const PositionedGlyph& placed : line.glyphs)
    {
        sf::Color colour = lineColour;
        for (const TintedRange& tint : tints)
            if (placed.cluster >= tint.from && placed.cluster < tint.to)
                colour = tint.colour;
        const AtlasGlyph& glyph = m_atlas.glyph(m_fonts, placed.face, placed.glyph, line.size26_6);
        if (glyph.rect.width == 0)
            continue;
        // Whole pixels: the atlas holds glyphs rendered on the pixel grid.
        const float left = std::round(baselineLeft.x + placed.x + glyph.left);
        const float top = std::round(baselineLeft.y + placed.y - glyph.top);
        const auto width = static_cast<float>(glyph.rect.width);
        const auto height = static_cast<float>(glyph.rect.height);
        const auto u = static_cast<float>(glyph.rect.left);
        const auto v = static_cast<float>(glyph.rect.top);
        const sf::Vertex topLeft({left, top}, colour, {u, v});
        const sf::Vertex topRight({left + width, top}, colour, {u + width, v});
        const sf::Vertex bottomLeft({left, top + height}, colour, {u, v + height});
        const sf::Vertex bottomRight({left + width, top + height}, colour, {u + width, v + height});
        for (const sf::Vertex& vertex :
             {topLeft, topRight, bottomLeft, bottomLeft, topRight, bottomRight})
            vertices.append(vertex);
    }
    m_atlas.flush();
}

void TextEngine::appendLayout(sf::VertexArray& vertices, const TextLayout& layout,
                              sf::Vector2f topLeft, float boxWidth, Align align, sf::Color colour)
{
    float y = topLeft.y;
    for (const TextLine& line : layout.lines)
    {
        const float x = topLeft.x + alignedX(line, boxWidth, align);
        appendLine(vertices, line, {x, std::round(y + line.ascent)}, colour);
        y += line.height();
    }
}

sf::RenderStates TextEngine::states() const
{
    return sf::RenderStates(m_atlas.texture());
}

} // namespace kompis::ui::text
