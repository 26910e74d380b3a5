#pragma once

#include "ui/text/FontChain.hpp"

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

struct FT_Bitmap_;

namespace kompis::ui::text
{

/// A rasterised glyph in the atlas: its pixels in the texture and where they sit relative to
/// the pen position on the baseline (`left` right of it, `top` above it).
struct AtlasGlyph
{
    sf::IntRect rect;
    float left = 0;
    float top = 0;
};

/// Kompis's glyph atlas: glyphs rasterised by FreeType by glyph index (so shaped text works,
/// unlike sf::Font's code-point keyed glyphs), packed in shelves on one sf::Texture that starts
/// small and doubles when full. Past the largest size the atlas starts again empty and bumps
/// `generation()`, so nothing that holds texture coordinates can outlive it unnoticed. The
/// texture is made with the first glyph, so an engine that only lays out needs no display.
/// New glyphs reach the texture on `flush()` (the engine flushes after appending each line).
class GlyphAtlas
{
public:
    explicit GlyphAtlas(unsigned initialSize = 256, unsigned maxSize = 4096);

    /// The glyph, rasterised on first use. Needs an OpenGL context (a window or Xvfb).
    const AtlasGlyph& glyph(FontChain& fonts, FaceId face, std::uint32_t glyph,
                            std::int32_t size26_6);
    /// The atlas texture; null until the first glyph (even an empty sf::Texture needs OpenGL).
    [[nodiscard]] const sf::Texture* texture() const { return m_texture.get(); }
    [[nodiscard]] sf::Vector2u size() const
    {
        return m_texture ? m_texture->getSize() : sf::Vector2u{};
    }
    [[nodiscard]] std::size_t glyphCount() const { return m_glyphs.size(); }
    /// Bytes of texture memory (RGBA).
    [[nodiscard]] std::size_t bytes() const;
    [[nodiscard]] unsigned generation() const { return m_generation; }
    /// Sends glyphs rasterised since the last call to the texture, in one upload.
    void flush();

private:
    bool reserve(unsigned width, unsigned height, sf::Vector2u& at);
    void grow(unsigned newSize);
    void write(const FT_Bitmap_& bitmap, sf::Vector2u at);

    unsigned m_initialSize;
    unsigned m_maxSize;
    std::unique_ptr<sf::Texture> m_texture;
    std::vector<sf::Uint8> m_pixels; // the texture's pixels, written here and uploaded by rows
    unsigned m_dirtyTop = 0;
    unsigned m_dirtyBottom = 0;
    unsigned m_shelfX = 0;
    unsigned m_shelfY = 0;
    unsigned m_shelfHeight = 0;
    unsigned m_generation = 0;
    std::unordered_map<std::uint64_t, AtlasGlyph> m_glyphs;
};

} // namespace kompis::ui::text
