// Widgets: text, rich text, buttons, bars, images, charts, header and footer items.
#include "core/text/Isolation.hpp"
#include "core/text/Unicode.hpp"
#include "ui/Gui.hpp"
#include "ui/gui/Metrics.hpp"

#include <algorithm>
#include <cmath>

namespace kompis::ui
{

void Gui::headerTitle(const std::string& text)
{
    m_title = text;
}

bool Gui::headerButton(const std::string& id, const std::string& label, bool endSide)
{
    const bool rightSide = endSide != m_mirrored;
    const float h = lineHeight(0.9f) + 8;
    const float w = measure(label, 0.9f, false) + 2 * kPad;
    const float x = rightSide ? m_headerRight - w : m_headerLeft;
    if (rightSide)
        m_headerRight -= w + 10;
    else
        m_headerLeft += w + 10;
    Widget widget{id, {x, (m_headerH - h) / 2, w, h}, false, true, Region::Header};
    m_widgets.push_back(widget);
    drawButton(Region::Header, widget, label, {Look::Quiet, w, h, true, {}, -1});
    const bool hit = m_clicked == id;
    if (hit)
        m_clicked.clear();
    return hit;
}

sf::Color Gui::colour(Ink ink) const
{
    switch (ink)
    {
    case Ink::Muted:
        return m_theme.mutedText;
    case Ink::Accent:
        return m_theme.accent;
    case Ink::Right:
        return m_theme.right;
    case Ink::Almost:
        return m_theme.almost;
    case Ink::Wrong:
        return m_theme.wrong;
    case Ink::Text:
        break;
    }
    return m_theme.text;
}

void Gui::text(const std::string& utf8, const TextStyle& style)
{
    if (m_row)
        endRow();
    const unsigned size = px(style.scale);
    const float lh = lineHeight(style.scale);
    const Wrapped& paragraph = wrapped(utf8, size, style.bold, m_colW);
    const sf::Color colour = this->colour(style.ink);
    for (std::size_t i = 0; i < paragraph.lines.size(); ++i)
    {
        // A paragraph starts on the side its own direction reads from, whatever the interface.
        const float width = paragraph.layout->lines[i].width;
        float x = m_colX;
        if (style.centred)
            x += (m_colW - width) / 2;
        else if (paragraph.rightToLeft())
            x += m_colW - width;
        addLine(Region::Body, paragraph, i, x, m_y, size, colour);
        m_y += lh;
    }
    m_y += m_theme.spacing * 0.6f;
}

std::string Gui::richText(const std::vector<TextRun>& runs, const TextStyle& style)
{
    if (m_row)
        endRow();
    std::string whole;
    struct Marked
    {
        std::size_t from, to; // byte range in `whole`
        std::string id;
    };
    std::vector<Marked> marked;
    for (const auto& run : runs)
    {
        const std::string piece = core::text::nfc(run.text);
        // Spaces at a term's edges (the loader keeps the one between words on either side)
        // are not part of the word: not coloured, not underlined.
        const std::size_t first = piece.find_first_not_of(' ');
        if (run.marked && first != std::string::npos)
            marked.push_back(
                {whole.size() + first, whole.size() + piece.find_last_not_of(' ') + 1, run.id});
        whole += piece;
    }
    const unsigned size = px(style.scale);
    const float lh = lineHeight(style.scale);
    const sf::Color colour = this->colour(style.ink);
    const float underline = std::max(1.0f, float(size) / 14.0f);
    std::string clicked;
    const Wrapped& paragraph = wrapped(whole, size, style.bold, m_colW);
    std::vector<text::TintedRange> tints;
    for (const auto& m : marked)
        tints.push_back({m.from, m.to, m_theme.accent});
    for (std::size_t i = 0; i < paragraph.lines.size(); ++i)
    {
        m_richLines.push_back(paragraph.lines[i]);
        const text::TextLine& laid = paragraph.layout->lines[i];
        const float x = paragraph.rightToLeft() ? m_colX + m_colW - laid.width : m_colX;
        // The whole line is drawn from the paragraph's layout, so right-to-left words and
        // mixed lines keep their order; a term is the glyphs whose clusters it covers.
        addLine(Region::Body, paragraph, i, x, m_y, size, colour, tints);
        const auto markOf = [&](const text::PositionedGlyph& glyph)
        {
            return std::find_if(marked.begin(), marked.end(),
                                [&](const Marked& m)
                                { return glyph.cluster >= m.from && glyph.cluster < m.to; });
        };
        // A term split by the bidi order (a Swedish term inside an Arabic line stays whole,
        // but a term holding both directions may not) gets one underline per visual piece.
        for (std::size_t g = 0; g < laid.glyphs.size();)
        {
            const auto mark = markOf(laid.glyphs[g]);
            std::size_t end = g + 1;
            while (end < laid.glyphs.size() && markOf(laid.glyphs[end]) == mark)
                ++end;
            if (mark != marked.end())
            {
                const float from = x + laid.glyphs[g].x;
                const float to = x + laid.glyphs[end - 1].x + laid.glyphs[end - 1].advance;
                const float w = std::max(0.0f, to - from);
                addRect(Region::Body, {from, m_y + float(size) * 1.2f, w, underline},
                        m_theme.accent);
                if (!mark->id.empty())
                {
                    m_widgets.push_back({mark->id, {from, m_y, w, lh}, false, false, Region::Body});
                    if (m_clicked == mark->id)
                    {
                        clicked = mark->id;
                        m_clicked.clear();
                    }
                }
            }
            g = end;
        }
        m_y += lh;
    }
    m_y += m_theme.spacing * 0.6f;
    return clicked;
}

void Gui::drawButton(Region region, const Widget& w, const std::string& label,
                     const ButtonStyle& style)
{
    const bool hover = w.rect.contains(m_mouse.x, m_mouse.y);
    sf::Color fill = m_theme.surface, border = m_theme.border, ink = m_theme.text;
    float borderW = 2;
    switch (style.look)
    {
    case Look::Primary:
        fill = m_theme.accent;
        border = m_theme.accent;
        ink = m_theme.accentText;
        break;
    case Look::Selected:
        fill = m_theme.selected;
        border = m_theme.accent;
        borderW = 3;
        break;
    case Look::Right:
        border = m_theme.right;
        borderW = 4;
        break;
    case Look::Almost:
        border = m_theme.almost;
        borderW = 4;
        break;
    case Look::Wrong:
        border = m_theme.wrong;
        borderW = 4;
        break;
    case Look::Quiet:
        fill = m_theme.background;
        borderW = 1;
        break;
    default:
        break;
    }
    if (hover && style.look != Look::Primary)
        border = m_theme.accent;
    addRect(
        region,
        {w.rect.x + borderW, w.rect.y + borderW, w.rect.w - 2 * borderW, w.rect.h - 2 * borderW},
        fill, border, borderW);
    float textLeft = w.rect.x;
    if (style.stripe)
    {
        addRect(region, {w.rect.x + borderW, w.rect.y + borderW, 12, w.rect.h - 2 * borderW},
                *style.stripe);
        textLeft += 12;
    }
    const bool tile = style.look == Look::Tile;
    const float scale = style.look == Look::Quiet ? 0.9f : tile ? 1.15f : 1.0f;
    const bool bold = style.look == Look::Primary || tile;
    const unsigned size = px(scale);
    const float innerW = w.rect.w - 2 * kPad;
    const Wrapped& wrappedLabel = wrapped(label, size, bold, std::max(20.0f, innerW));
    const auto& lines = wrappedLabel.lines;
    const float lh = lineHeight(scale);
    float textH = lh * float(lines.size());
    Wrapped sub;
    if (!style.subtitle.empty())
    {
        sub = wrapped(style.subtitle, px(0.82f), false, std::max(20.0f, innerW));
        textH += lineHeight(0.82f) * float(sub.lines.size()) + 4;
    }
    // A tile with a subtitle or a bar starts at its top; a name alone sits in the middle, as
    // it does when the same tile is chosen.
    const bool fromTop = tile && (!style.subtitle.empty() || style.progress >= 0);
    float y = fromTop ? w.rect.y + kPad : w.rect.y + (w.rect.h - textH) / 2 + 2;
    for (const std::string& line : lines)
    {
        const float lw = measure(line, scale, bold);
        // Answers read left to right like text; actions sit centred in their button.
        const bool leftAligned = tile || lines.size() > 1 || !style.subtitle.empty() ||
                                 style.look == Look::Option || style.look == Look::Selected ||
                                 style.look == Look::Right || style.look == Look::Almost ||
                                 style.look == Look::Wrong;
        // (from the right edge when the label itself reads right to left)
        const float x = !leftAligned                 ? w.rect.x + (w.rect.w - lw) / 2
                        : wrappedLabel.rightToLeft() ? w.rect.right() - kPad - 6 - lw
                                                     : textLeft + kPad + 6;
        addText(region, line, x, y, size, bold, ink, wrappedLabel.direction);
        y += lh;
    }
    y += 4;
    for (const std::string& line : sub.lines)
    {
        const float x = sub.rightToLeft() ? w.rect.right() - kPad - measure(line, 0.82f, false)
                                          : textLeft + kPad;
        addText(region, line, x, y, px(0.82f), false,
                style.look == Look::Primary ? ink : m_theme.mutedText, sub.direction);
        y += lineHeight(0.82f);
    }
    if (style.progress >= 0)
    {
        const Rect track{w.rect.x + kPad, w.rect.bottom() - kPad - 10, innerW, 10};
        addRect(region, track, m_theme.barTrack);
        addRect(region, filledPart(track, style.progress), m_theme.right);
    }
}

bool Gui::button(const std::string& id, const std::string& plainLabel, const ButtonStyle& style)
{
    // Right and wrong are said by a mark as well as a colour: not every learner tells red from
    // green, and a classroom projector or a grey print may not show them.
    const std::string label = style.look == Look::Right   ? "✓ " + plainLabel
                              : style.look == Look::Wrong ? "✗ " + plainLabel
                                                          : plainLabel;
    const float scale = style.look == Look::Quiet ? 0.9f : style.look == Look::Tile ? 1.15f : 1.0f;
    const bool bold = style.look == Look::Primary || style.look == Look::Tile;
    float w = style.width > 0   ? style.width
              : style.width < 0 ? m_colW
                                : measure(label, scale, bold) + 2 * kPad + 8;
    w = std::min(w, m_colW);
    float h = style.height;
    if (h <= 0)
    {
        const float innerW = w - 2 * kPad;
        const auto lines = wrapped(label, px(scale), bold, std::max(20.0f, innerW)).lines.size();
        h = lineHeight(scale) * float(std::max<std::size_t>(1, lines)) + 2 * kPad - 4;
        if (!style.subtitle.empty())
            h += lineHeight(0.82f) *
                     float(wrapped(style.subtitle, px(0.82f), false, std::max(20.0f, innerW))
                               .lines.size()) +
                 4;
        if (style.progress >= 0)
            h += 18;
    }
    Widget widget{id, placeInBody(w, h), false, style.takesFocus, Region::Body};
    m_widgets.push_back(widget);
    drawButton(Region::Body, widget, label, style);
    const bool hit = m_clicked == id;
    if (hit)
        m_clicked.clear();
    return hit;
}

void Gui::progressBar(float fraction, float height, std::optional<sf::Color> colour,
                      bool mirrorable)
{
    const Rect r = placeInBody(m_colW, height);
    addRect(Region::Body, r, m_theme.barTrack);
    addRect(Region::Body, filledPart(r, fraction, mirrorable), colour.value_or(m_theme.accent));
}

Rect Gui::filledPart(Rect track, float fraction, bool mirrorable) const
{
    const float w = track.w * std::clamp(fraction, 0.0f, 1.0f);
    return {m_mirrored && mirrorable ? track.right() - w : track.x, track.y, w, track.h};
}

void Gui::image(const sf::Texture& texture, float maxHeight)
{
    const auto size = texture.getSize();
    if (size.x == 0 || size.y == 0)
        return;
    const float scale = std::min({m_colW / float(size.x), maxHeight / float(size.y), 2.0f});
    const Rect r = placeInBody(float(size.x) * scale, float(size.y) * scale);
    // Centred in the column (placeInBody starts it on the reading side; in a row it stays put).
    const float x = m_row ? r.x : m_colX + (m_colW - r.w) / 2;
    sf::Sprite sprite(texture);
    sprite.setScale(scale, scale);
    sprite.setPosition(x, r.y);
    m_draws.push_back({Region::Body, std::nullopt, std::nullopt, std::move(sprite)});
    // Not focusable or clickable: only named, so scripts can check where pictures are.
    m_widgets.push_back({"picture-" + std::to_string(++m_pictures),
                         {x, r.y, r.w, r.h},
                         false,
                         false,
                         Region::Body});
}

void Gui::columnChart(const std::vector<float>& values, const std::vector<std::string>& labels,
                      const std::vector<std::string>& counts, float height, sf::Color colour)
{
    if (values.empty())
        return;
    const float labelH = lineHeight(0.75f);
    const Rect r = placeInBody(m_colW, height + 2 * labelH);
    const float slot = r.w / float(values.size());
    const float barW = std::min(slot * 0.6f, 80.0f);
    addRect(Region::Body, {r.x, r.y + labelH + height, r.w, 2}, m_theme.border);
    for (std::size_t i = 0; i < values.size(); ++i)
    {
        const float h = std::max(2.0f, height * std::clamp(values[i], 0.0f, 1.0f));
        const float x = r.x + slot * float(i) + (slot - barW) / 2;
        const float top = r.y + labelH + height - h;
        addRect(Region::Body, {x, top, barW, h}, values[i] > 0 ? colour : m_theme.barTrack);
        if (i < counts.size() && !counts[i].empty())
            addText(Region::Body, counts[i], x + (barW - measure(counts[i], 0.75f, true)) / 2,
                    top - labelH, px(0.75f), true, m_theme.text);
        if (i < labels.size())
            addText(Region::Body, labels[i],
                    r.x + slot * float(i) + (slot - measure(labels[i], 0.75f, false)) / 2,
                    r.y + labelH + height + 4, px(0.75f), false, m_theme.mutedText);
    }
}

bool Gui::footerButton(const std::string& id, const std::string& label, Look look)
{
    const float h = lineHeight(1.0f) + 2 * kPad - 4;
    const float w = std::max(measure(label, 1.0f, look == Look::Primary) + 3 * kPad, 140.0f);
    const float x = m_mirrored ? m_footerRight : m_footerRight - w;
    m_footerRight += m_mirrored ? w + 12 : -(w + 12);
    const float y = float(m_window.y) - m_footerH + (m_footerH - h) / 2;
    Widget widget{id, {x, y, w, h}, false, true, Region::Footer};
    m_widgets.push_back(widget);
    drawButton(Region::Footer, widget, label, {look, w, h, true, {}, -1});
    const bool hit = m_clicked == id;
    if (hit)
        m_clicked.clear();
    return hit;
}

void Gui::footerText(const std::string& utf8, sf::Color colour)
{
    const float y = float(m_window.y) - m_footerH + (m_footerH - lineHeight(1.0f)) / 2;
    const Wrapped& lines = wrapped(utf8, px(1.0f), true,
                                   std::max(40.0f, std::abs(m_footerRight - m_footerTextX) - 20));
    if (lines.lines.empty())
        return;
    const std::string& line = lines.lines.front();
    const float x = m_mirrored ? m_footerTextX - measure(line, 1.0f, true) : m_footerTextX;
    addText(Region::Footer, line, x, y, px(1.0f), true, colour, lines.direction);
}

} // namespace kompis::ui
