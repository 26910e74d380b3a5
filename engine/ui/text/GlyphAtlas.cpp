#include "ui/text/GlyphAtlas.hpp"

#include <SFML/Graphics/Image.hpp>
#include <algorithm>
#include <ft2build.h>
#include <vector>
#include FT_FREETYPE_H

namespace kompis::ui::text
{

namespace
{

constexpr unsigned kPadding = 1; // keeps neighbours' edges out of each glyph's samples

std::uint64_t keyOf(FaceId face, std::uint32_t glyph, std::int32_t size26_6)
{
    return (static_cast<std::uint64_t>(face) << 48) |
           (static_cast<std::uint64_t>(size26_6 & 0xFFFFFF) << 24) | (glyph & 0xFFFFFF);
}

} // namespace

GlyphAtlas::GlyphAtlas(unsigned initialSize, unsigned maxSize)
    : m_initialSize(initialSize)
    , m_maxSize(maxSize)
{
}

std::size_t GlyphAtlas::bytes() const
{
    return static_cast<std::size_t>(size().x) * size().y * 4;
}

void GlyphAtlas::grow(unsigned newSize)
{
    // Transparent white, so a glyph's colour comes from its vertices alone.
    std::vector<sf::Uint8> pixels(static_cast<std::size_t>(newSize) * newSize * 4, 255);
    for (std::size_t i = 3; i < pixels.size(); i += 4)
        pixels[i] = 0;
    const unsigned oldSize = size().x;
    for (unsigned row = 0; row < oldSize; ++row)
        std::copy_n(m_pixels.begin() + static_cast<std::ptrdiff_t>(row) * oldSize * 4, oldSize * 4,
                    pixels.begin() + static_cast<std::ptrdiff_t>(row) * newSize * 4);
    m_pixels = std::move(pixels);
    auto bigger = std::make_unique<sf::Texture>();
    bigger->create(newSize, newSize);
    m_texture = std::move(bigger);
    m_dirtyTop = 0;
    m_dirtyBottom = newSize;
}

void GlyphAtlas::flush()
{
    if (!m_texture || m_dirtyTop >= m_dirtyBottom)
        return;
    const unsigned side = size().x;
    m_texture->update(m_pixels.data() + static_cast<std::size_t>(m_dirtyTop) * side * 4, side,
                      m_dirtyBottom - m_dirtyTop, 0, m_dirtyTop);
    m_dirtyTop = side;
    m_dirtyBottom = 0;
}

void GlyphAtlas::write(const FT_Bitmap& bitmap, sf::Vector2u at)
{
    const unsigned side = size().x;
    for (unsigned row = 0; row < bitmap.rows; ++row)
    {
        const unsigned char* source =
            bitmap.buffer + static_cast<std::ptrdiff_t>(row) * bitmap.pitch;
        sf::Uint8* target =
            m_pixels.data() + (static_cast<std::size_t>(at.y + row) * side + at.x) * 4;
        for (unsigned col = 0; col < bitmap.width; ++col)
            target[col * 4 + 3] =
                bitmap.pixel_mode == FT_PIXEL_MODE_MONO
                    ? static_cast<sf::Uint8>(((source[col / 8] >> (7 - col % 8)) & 1) * 255)
                    : source[col];
    }
    m_dirtyTop = std::min(m_dirtyTop, at.y);
    m_dirtyBottom = std::max(m_dirtyBottom, at.y + bitmap.rows);
}

bool GlyphAtlas::reserve(unsigned width, unsigned height, sf::Vector2u& at)
{
    const unsigned side = size().x;
    if (m_shelfX + width + kPadding > side)
    {
        m_shelfY += m_shelfHeight;
        m_shelfX = 0;
        m_shelfHeight = 0;
    }
    if (m_shelfY + height + kPadding > side || width + kPadding > side)
        return false;
    at = {m_shelfX + kPadding, m_shelfY + kPadding};
    m_shelfX += width + kPadding;
    m_shelfHeight = std::max(m_shelfHeight, height + kPadding);
    return true;
}

const AtlasGlyph& GlyphAtlas::glyph(FontChain& fonts, FaceId face, std::uint32_t glyph,
                                    std::int32_t size26_6)
{
    const auto key = keyOf(face, glyph, size26_6);
    if (const auto found = m_glyphs.find(key); found != m_glyphs.end())
        return found->second;
    AtlasGlyph entry;
    if (size().x == 0)
        grow(m_initialSize); // the first glyph: the texture needs an OpenGL context from here
    if (fonts.usable(face))
    {
        FontFace& font = fonts.face(face);
        font.useSize(size26_6);
        FT_FaceRec_* ft = font.freeType();
        if (FT_Load_Glyph(ft, glyph, FT_LOAD_RENDER | FT_LOAD_TARGET_LIGHT) == 0)
        {
            const FT_Bitmap& bitmap = ft->glyph->bitmap;
            entry.left = static_cast<float>(ft->glyph->bitmap_left);
            entry.top = static_cast<float>(ft->glyph->bitmap_top);
            sf::Vector2u at;
            bool placed = bitmap.width == 0 || bitmap.rows == 0;
            while (!placed && bitmap.width + kPadding <= m_maxSize &&
                   bitmap.rows + kPadding <= m_maxSize)
            {
                placed = reserve(bitmap.width, bitmap.rows, at);
                if (placed)
                {
                    write(bitmap, at);
                    entry.rect = {static_cast<int>(at.x), static_cast<int>(at.y),
                                  static_cast<int>(bitmap.width), static_cast<int>(bitmap.rows)};
                }
                else if (size().x * 2 <= m_maxSize)
                    grow(size().x * 2);
                else
                {
                    // Full at the largest size: start again (rare: thousands of big glyphs).
                    m_glyphs.clear();
                    m_shelfX = m_shelfY = m_shelfHeight = 0;
                    ++m_generation;
                }
            }
        }
    }
    return m_glyphs.emplace(key, entry).first->second;
}

} // namespace kompis::ui::text
