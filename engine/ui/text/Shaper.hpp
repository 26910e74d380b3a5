#pragma once

#include "ui/text/FontChain.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kompis::core::text
{
class BidiParagraph;
}

namespace kompis::ui::text
{

/// One glyph as HarfBuzz placed it: `cluster` is the byte offset (in the shaped text) of the
/// first character it shows; distances are pixels.
struct ShapedGlyph
{
    FaceId face = 0;
    std::uint32_t glyph = 0;
    std::size_t cluster = 0;
    float advance = 0;
    float offsetX = 0;
    float offsetY = 0;
};

/// A maximal stretch of text with one bidi level, one script and one face, shaped as a whole:
/// bytes [begin, end) of the text; glyphs left to right on screen (HarfBuzz's order).
struct ShapedItem
{
    std::size_t begin = 0;
    std::size_t end = 0;
    std::uint8_t level = 0;
    FaceId face = 0;
    /// ISO 15924 script code HarfBuzz was told ("Arab", "Latn", "Ethi", …).
    std::string script;
    std::vector<ShapedGlyph> glyphs;

    [[nodiscard]] bool rightToLeft() const { return (level & 1) != 0; }
};

/// What shaping needs besides the text.
struct ShapeStyle
{
    std::int32_t size26_6 = 16 * 64;
    bool bold = false;
    /// BCP 47 language for HarfBuzz's language-specific forms (e.g. "fa" for Persian digits);
    /// empty: none.
    std::string language;
};

/// Splits one bidi paragraph into items (level, script, then face by coverage, so an item never
/// mixes fonts) and shapes each with HarfBuzz. Characters of no script of their own (spaces,
/// punctuation, ZWNJ, combining marks) join the item around them.
std::vector<ShapedItem> shapeParagraph(FontChain& fonts, std::string_view utf8,
                                       const core::text::BidiParagraph& bidi,
                                       const ShapeStyle& style);

} // namespace kompis::ui::text
