#pragma once

#include "ui/text/FontChain.hpp"
#include "ui/text/GlyphAtlas.hpp"
#include "ui/text/ParagraphLayout.hpp"

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/RenderStates.hpp>
#include <SFML/Graphics/VertexArray.hpp>
#include <cstddef>
#include <list>
#include <memory>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace kompis::ui::text
{

/// Bytes [from, to) of a laid-out text drawn in another colour (a glossary term in a line).
struct TintedRange
{
    std::size_t from = 0;
    std::size_t to = 0;
    sf::Color colour;
};

/// The player's text engine: lays out text (shaped, bidirectional, wrapped; see `layoutText`)
/// with a cache so an unchanged text costs a lookup per frame, and draws laid-out lines as
/// textured triangles from its own glyph atlas.
///
///     auto layout = engine.layout({text, boxWidth, 18});
///     sf::VertexArray quads(sf::Triangles);
///     engine.appendLayout(quads, *layout, {x, y}, boxWidth, Align::Start, colour);
///     window.draw(quads, engine.states());
class TextEngine
{
public:
    /// `fontDirs` empty: the system's font folders. `cacheCapacity`: laid-out texts kept.
    explicit TextEngine(std::vector<std::string> fontDirs = {}, std::size_t cacheCapacity = 2048);

    /// The layout of `request`, from the cache when the same text, size, width, weight,
    /// direction and language were laid out before. Needs no display.
    std::shared_ptr<const TextLayout> layout(const LayoutRequest& request);
    /// Appends `line`'s glyphs as two triangles each (the array's primitive must be
    /// sf::Triangles); `baselineLeft` is the left end of the line's baseline. A glyph whose
    /// cluster lies in one of `tints` takes that colour. Needs a display.
    void appendLine(sf::VertexArray& vertices, const TextLine& line, sf::Vector2f baselineLeft,
                    sf::Color colour, std::span<const TintedRange> tints = {});
    /// Appends every line of `layout` in a box of `boxWidth` whose top left is `topLeft`,
    /// each line aligned by `align` (Start: right for right-to-left paragraphs).
    void appendLayout(sf::VertexArray& vertices, const TextLayout& layout, sf::Vector2f topLeft,
                      float boxWidth, Align align, sf::Color colour);
    /// The render states to draw appended vertices with (the atlas texture).
    [[nodiscard]] sf::RenderStates states() const;

    [[nodiscard]] FontChain& fonts() { return m_fonts; }
    [[nodiscard]] const GlyphAtlas& atlas() const { return m_atlas; }
    [[nodiscard]] std::size_t cacheHits() const { return m_hits; }
    [[nodiscard]] std::size_t cacheMisses() const { return m_misses; }

private:
    struct RequestHash
    {
        std::size_t operator()(const LayoutRequest& request) const;
    };
    using Entry = std::pair<LayoutRequest, std::shared_ptr<const TextLayout>>;

    FontChain m_fonts;
    GlyphAtlas m_atlas;
    std::size_t m_capacity;
    std::list<Entry> m_recent; // most recently used first
    std::unordered_map<LayoutRequest, std::list<Entry>::iterator, RequestHash> m_cache;
    std::size_t m_hits = 0;
    std::size_t m_misses = 0;
};

} // namespace kompis::ui::text
