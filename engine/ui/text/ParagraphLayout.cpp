#include "ui/text/ParagraphLayout.hpp"

#include "core/text/TextBoundaries.hpp"
#include "ui/text/Shaper.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace kompis::ui::text
{

namespace
{

/// The end of [begin, end) without its trailing white space (spaces, tabs, the newline).
std::size_t trimEnd(std::string_view text, std::size_t begin, std::size_t end)
{
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    auto at = static_cast<std::int32_t>(end);
    while (at > static_cast<std::int32_t>(begin))
    {
        std::int32_t previous = at;
        UChar32 c = 0;
        U8_PREV_OR_FFFD(bytes, static_cast<std::int32_t>(begin), previous, c);
        if (!u_isUWhiteSpace(c))
            break;
        at = previous;
    }
    return static_cast<std::size_t>(at);
}

/// One hard paragraph being laid out: its text, bidi paragraph, shaped items and the advance
/// of every byte range (prefix sums of glyph advances by cluster).
class Segment
{
public:
    Segment(FontChain& fonts, std::string_view text, const LayoutRequest& request,
            std::int32_t size26_6)
        : m_text(text)
        , m_bidi(text, request.direction)
        , m_items(shapeParagraph(fonts, text, m_bidi, {size26_6, request.bold, request.language}))
        , m_prefix(text.size() + 1, 0.0f)
    {
        std::vector<float> byCluster(text.size() + 1, 0.0f);
        for (const ShapedItem& item : m_items)
            for (const ShapedGlyph& glyph : item.glyphs)
                byCluster[std::min(glyph.cluster, text.size())] += glyph.advance;
        for (std::size_t i = 0; i < text.size(); ++i)
            m_prefix[i + 1] = m_prefix[i] + byCluster[i];
    }

    /// The width of [begin, end) without trailing white space.
    [[nodiscard]] float width(std::size_t begin, std::size_t end) const
    {
        return m_prefix[trimEnd(m_text, begin, end)] - m_prefix[begin];
    }

    /// Where each line of the segment ends, wrapping greedily at `opportunities` (offsets in
    /// the segment, the last one its end) within `maxWidth` (0: no wrapping).
    [[nodiscard]] std::vector<std::size_t> wrap(const std::vector<std::size_t>& opportunities,
                                                float maxWidth) const
    {
        const float limit = maxWidth > 0 ? maxWidth + 0.01f : std::numeric_limits<float>::max();
        std::vector<std::size_t> ends;
        std::size_t start = 0;
        std::vector<std::size_t> graphemes;
        while (start < m_text.size())
        {
            auto next = std::upper_bound(opportunities.begin(), opportunities.end(), start);
            std::size_t best = 0;
            for (; next != opportunities.end() && width(start, *next) <= limit; ++next)
                best = *next;
            if (best == 0)
            {
                // A word wider than the box: cut it between letters, at least one per line.
                if (graphemes.empty())
                    graphemes = core::text::graphemeBoundaries(m_text);
                const std::size_t wordEnd = next == opportunities.end() ? m_text.size() : *next;
                auto g = std::upper_bound(graphemes.begin(), graphemes.end(), start);
                best = *g;
                for (; g != graphemes.end() && *g <= wordEnd && width(start, *g) <= limit; ++g)
                    best = *g;
            }
            ends.push_back(best);
            start = best;
        }
        return ends;
    }

    /// Builds the line [begin, end): glyphs in visual order, from the items' shaped glyphs.
    [[nodiscard]] TextLine line(FontChain& fonts, std::size_t begin, std::size_t end,
                                std::size_t offset, std::int32_t size26_6) const
    {
        TextLine line;
        line.begin = offset + begin;
        line.end = offset + end;
        const std::size_t visible = trimEnd(m_text, begin, end);
        line.visibleEnd = offset + visible;
        line.rightToLeft = m_bidi.rightToLeft();
        line.size26_6 = size26_6;
        std::set<FaceId> faces;
        float x = 0;
        for (core::text::VisualRun run : m_bidi.visualRuns(begin, end))
        {
            std::vector<const ShapedItem*> overlapping;
            for (const ShapedItem& item : m_items)
                if (item.begin < run.end && item.end > run.begin)
                    overlapping.push_back(&item);
            if (run.rightToLeft())
                std::reverse(overlapping.begin(), overlapping.end());
            for (const ShapedItem* item : overlapping)
                for (const ShapedGlyph& glyph : item->glyphs)
                {
                    if (glyph.cluster < run.begin || glyph.cluster >= run.end ||
                        glyph.cluster >= visible)
                        continue;
                    line.glyphs.push_back({glyph.face, glyph.glyph, offset + glyph.cluster,
                                           x + glyph.offsetX, -glyph.offsetY, glyph.advance});
                    x += glyph.advance;
                    faces.insert(glyph.face);
                }
            run.begin += offset;
            run.end += offset;
            line.runs.push_back(run);
        }
        line.width = x;
        if (faces.empty())
            faces.insert(fonts.primary(Family::Sans, false));
        for (const FaceId id : faces)
        {
            if (!fonts.usable(id))
                continue;
            const FaceMetrics metrics = fonts.face(id).metrics(size26_6);
            line.ascent = std::max(line.ascent, metrics.ascent);
            line.descent = std::min(line.descent, metrics.descent);
            line.lineGap = std::max(line.lineGap, metrics.lineGap);
        }
        return line;
    }

    [[nodiscard]] bool rightToLeft() const { return m_bidi.rightToLeft(); }

private:
    std::string_view m_text;
    core::text::BidiParagraph m_bidi;
    std::vector<ShapedItem> m_items;
    std::vector<float> m_prefix;
};

} // namespace

TextLayout layoutText(FontChain& fonts, const LayoutRequest& request)
{
    TextLayout layout;
    layout.size26_6 = static_cast<std::int32_t>(std::lround(request.pixelSize * 64.0f));
    const std::string_view text = request.text;
    const auto breaks =
        core::text::lineBreaks(text, request.language.empty() ? "en" : request.language);
    std::size_t segmentStart = 0;
    std::vector<std::size_t> opportunities;
    for (const core::text::LineBreak& lineBreak : breaks)
    {
        opportunities.push_back(lineBreak.offset - segmentStart);
        if (!lineBreak.mandatory && lineBreak.offset != text.size())
            continue;
        const auto segmentText = text.substr(segmentStart, lineBreak.offset - segmentStart);
        const Segment segment(fonts, segmentText, request, layout.size26_6);
        if (layout.lines.empty())
            layout.rightToLeft = segment.rightToLeft();
        std::size_t lineStart = 0;
        const auto ends = segment.wrap(opportunities, request.maxWidth);
        for (const std::size_t end : ends)
        {
            layout.lines.push_back(
                segment.line(fonts, lineStart, end, segmentStart, layout.size26_6));
            lineStart = end;
        }
        if (ends.empty()) // an empty paragraph is still one (empty) line
            layout.lines.push_back(segment.line(fonts, 0, 0, segmentStart, layout.size26_6));
        segmentStart = lineBreak.offset;
        opportunities.clear();
    }
    for (const TextLine& line : layout.lines)
    {
        layout.width = std::max(layout.width, line.width);
        layout.height += line.height();
    }
    return layout;
}

float alignedX(const TextLine& line, float boxWidth, Align align)
{
    const float rest = boxWidth - line.width;
    switch (align)
    {
    case Align::Start:
        return line.rightToLeft ? rest : 0.0f;
    case Align::End:
        return line.rightToLeft ? 0.0f : rest;
    case Align::Centre:
        return rest / 2.0f;
    case Align::Left:
        return 0.0f;
    case Align::Right:
        return rest;
    }
    return 0.0f;
}

} // namespace kompis::ui::text
