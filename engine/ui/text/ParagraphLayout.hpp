#pragma once

#include "core/text/Bidi.hpp"
#include "ui/text/FontChain.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace kompis::ui::text
{

/// What to lay out: UTF-8 text (NFC, as the rest of Kompis keeps it), a box width to wrap at
/// (0: never wrap), a font size in pixels, weight, base direction (or auto, per paragraph) and
/// the language for line breaking and language-specific glyphs.
struct LayoutRequest
{
    std::string text;
    float maxWidth = 0;
    float pixelSize = 16;
    bool bold = false;
    core::text::Direction direction = core::text::Direction::Auto;
    std::string language;

    bool operator==(const LayoutRequest&) const = default;
};

/// A glyph placed on its line: `x` from the line's left edge, `y` from the baseline (down is
/// positive, as on screen); `cluster` is the byte offset in the request's text of the first
/// character it shows (for carets and hit tests).
struct PositionedGlyph
{
    FaceId face = 0;
    std::uint32_t glyph = 0;
    std::size_t cluster = 0;
    float x = 0;
    float y = 0;
    float advance = 0;
};

/// One laid-out line: bytes [begin, end) of the text (end includes trailing spaces and the
/// newline; `visibleEnd` does not), glyphs left to right, its visual runs (for carets), and
/// its paragraph's direction (for alignment).
struct TextLine
{
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t visibleEnd = 0;
    bool rightToLeft = false;
    /// The font size the glyphs were shaped at, in 1/64 pixel (the atlas renders at it).
    std::int32_t size26_6 = 0;
    float width = 0;
    float ascent = 0;
    float descent = 0; // negative: below the baseline
    float lineGap = 0;
    std::vector<PositionedGlyph> glyphs;
    std::vector<core::text::VisualRun> runs;

    [[nodiscard]] float height() const { return ascent - descent + lineGap; }
};

/// A laid-out text: its lines top to bottom. `width` is the widest line.
struct TextLayout
{
    std::vector<TextLine> lines;
    float width = 0;
    float height = 0;
    /// Whether the first paragraph runs right to left (a right-to-left text aligns right).
    bool rightToLeft = false;
    std::int32_t size26_6 = 0;
};

/// Lays out text: hard paragraphs at newlines, each with its own bidi paragraph (ICU), shaped
/// by item (HarfBuzz), wrapped greedily at ICU's line break opportunities measured with the
/// shaped advances (a word wider than the box is cut between graphemes), each line reordered
/// visually. Needs no display.
TextLayout layoutText(FontChain& fonts, const LayoutRequest& request);

/// Where a line starts inside a box of `boxWidth`: `Start` is the left edge for left-to-right
/// text and the right edge for right-to-left text.
enum class Align
{
    Start,
    End,
    Centre,
    Left,
    Right,
};
float alignedX(const TextLine& line, float boxWidth, Align align);

} // namespace kompis::ui::text
