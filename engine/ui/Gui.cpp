#include "ui/Gui.hpp"

#include "core/text/Unicode.hpp"
#include "ui/TextWrap.hpp"

#include <algorithm>
#include <cmath>

namespace kompis::ui
{
namespace
{

constexpr float kPad = 14;

// Decodes one UTF-8 code point; invalid bytes become U+FFFD.
char32_t nextCodePoint(std::string_view s, std::size_t& i)
{
    const auto b = static_cast<unsigned char>(s[i]);
    int extra = b < 0x80 ? 0 : (b >> 5) == 6 ? 1 : (b >> 4) == 14 ? 2 : (b >> 3) == 30 ? 3 : -1;
    if (extra < 0)
    {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = extra == 0 ? b : extra == 1 ? (b & 0x1F) : extra == 2 ? (b & 0x0F) : (b & 0x07);
    ++i;
    for (int k = 0; k < extra; ++k, ++i)
    {
        if (i >= s.size())
            return 0xFFFD;
        cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
    }
    return cp;
}

std::string utf8Of(char32_t cp)
{
    std::string out;
    if (cp < 0x80)
        out += char(cp);
    else if (cp < 0x800)
    {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    }
    else if (cp < 0x10000)
    {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
    else
    {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
    return out;
}

} // namespace

Gui::Gui(const sf::Font& regular, const sf::Font& bold)
    : m_regular(regular)
    , m_bold(bold)
    , m_theme(makeTheme(false, TextSize::Normal))
{
}

float Gui::measure(const std::string& utf8, float scale, bool bold) const
{
    const sf::Font& font = bold ? m_bold : m_regular;
    const unsigned size = px(scale);
    float width = 0;
    char32_t previous = 0;
    for (std::size_t i = 0; i < utf8.size();)
    {
        const char32_t cp = nextCodePoint(utf8, i);
        if (previous)
            width += font.getKerning(previous, cp, size);
        width += font.getGlyph(cp, size, false).advance;
        previous = cp;
    }
    return width;
}

const std::vector<std::string>& Gui::wrapped(const std::string& utf8, unsigned size, bool bold,
                                             float width)
{
    std::string key = utf8;
    key += '\x1f';
    key += std::to_string(size) + (bold ? "b" : "r") + std::to_string(int(width));
    auto found = m_wrapCache.find(key);
    if (found != m_wrapCache.end())
        return found->second;
    if (m_wrapCache.size() > 4000)
        m_wrapCache.clear();
    const float scale = float(size) / float(m_theme.bodySize);
    auto lines = wrapText(
        core::text::nfc(utf8), width,
        [&](std::string_view s) { return measure(std::string(s), scale, bold); }, m_locale);
    return m_wrapCache.emplace(std::move(key), std::move(lines)).first->second;
}

void Gui::begin(sf::Vector2u windowSize, bool withFooter)
{
    m_window = windowSize;
    m_footer = withFooter;
    m_widgets.clear();
    m_draws.clear();
    m_richLines.clear();
    m_cards.clear();
    m_row.reset();
    const float w = float(windowSize.x);
    m_headerH = lineHeight(1.0f) + 2 * kPad;
    m_footerH = withFooter ? lineHeight(1.0f) + 4 * kPad : 0;
    m_colW = std::min(std::max(m_theme.contentWidth, float(m_theme.bodySize) * 36), w - 2 * 24);
    m_colX = std::floor((w - m_colW) / 2);
    m_y = m_headerH + 2 * kPad - m_scroll;
    m_headerLeft = 16;
    m_headerRight = w - 16;
    m_footerRight = m_colX + m_colW;
    m_footerTextX = m_colX;
    addRect(Region::Header, {0, 0, w, m_headerH}, m_theme.surface);
    addRect(Region::Header, {0, m_headerH - 1, w, 1}, m_theme.border);
    if (withFooter)
    {
        const float top = float(windowSize.y) - m_footerH;
        addRect(Region::Footer, {0, top, w, m_footerH}, m_theme.surface);
        addRect(Region::Footer, {0, top, w, 1}, m_theme.border);
    }
}

void Gui::end()
{
    if (m_row)
        endRow();
    const float bodyTop = m_headerH;
    const float bodyH = float(m_window.y) - m_headerH - m_footerH;
    m_contentH = m_y + m_scroll - bodyTop + 2 * kPad;
    const float maxScroll = std::max(0.0f, m_contentH - bodyH);
    if (m_scrollToFocus)
    {
        m_scrollToFocus = false;
        for (const Widget& w : m_widgets)
            if (w.id == m_focus && w.region == Region::Body)
            {
                const float top = w.rect.y + m_scroll - bodyTop - kPad;
                m_scroll = scrollToShow(m_scroll, top, top + w.rect.h + 2 * kPad, bodyH);
            }
    }
    m_scroll = std::clamp(m_scroll, 0.0f, maxScroll);
    // The title goes between the header buttons, placed now that they are known.
    if (!m_title.empty())
    {
        const unsigned size = px(1.05f);
        const float width = std::max(50.0f, m_headerRight - m_headerLeft - 24);
        std::string title = m_title;
        if (measure(title, 1.05f, true) > width)
        {
            // Cut between graphemes and say so with an ellipsis.
            auto letters = core::text::graphemes(title);
            while (!letters.empty())
            {
                letters.pop_back();
                title.clear();
                for (const auto& g : letters)
                    title += g;
                title += "…";
                if (measure(title, 1.05f, true) <= width)
                    break;
            }
        }
        addText(Region::Header, title, m_headerLeft + 8, (m_headerH - lineHeight(1.05f)) / 2 + 2,
                size, true, m_theme.text);
        m_title.clear();
    }
    const bool focusHere = std::any_of(m_widgets.begin(), m_widgets.end(),
                                       [&](const Widget& w) { return w.id == m_focus; });
    if (focusHere)
        m_focusPending = false;
    else if (!m_focus.empty() && !m_focusPending)
        m_focus.clear();
    // Draw the focus ring last so nothing covers it.
    if (m_showFocus)
        for (const Widget& w : m_widgets)
            if (w.id == m_focus)
                addRect(w.region, {w.rect.x - 4, w.rect.y - 4, w.rect.w + 8, w.rect.h + 8},
                        sf::Color::Transparent, m_theme.focus, 3);
    m_lastWidgets = m_widgets;
}

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

Rect Gui::placeInBody(float w, float h)
{
    if (m_row)
        return m_row->place(w, h);
    Rect r{m_colX, m_y, std::min(w, m_colW), h};
    m_y += h + m_theme.spacing;
    return r;
}

void Gui::headerTitle(const std::string& text)
{
    m_title = text;
}

bool Gui::headerButton(const std::string& id, const std::string& label, bool rightSide)
{
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
    const auto& lines = wrapped(utf8, size, style.bold, m_colW);
    const sf::Color colour = this->colour(style.ink);
    for (const std::string& line : lines)
    {
        float x = m_colX;
        if (style.centred)
            x += (m_colW - measure(line, style.scale, style.bold)) / 2;
        addText(Region::Body, line, x, m_y, size, style.bold, colour);
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
    std::size_t searchFrom = 0;
    for (const std::string& line : wrapped(whole, size, style.bold, m_colW))
    {
        m_richLines.push_back(line);
        // The wrapped lines are pieces of `whole` in order (only the spaces between them are
        // dropped), so each is found after the one before.
        const std::size_t start = whole.find(line, searchFrom);
        if (start == std::string::npos)
        {
            addText(Region::Body, line, m_colX, m_y, size, style.bold, colour);
            m_y += lh;
            continue;
        }
        searchFrom = start + line.size();
        std::vector<std::size_t> cuts{start, start + line.size()};
        for (const auto& m : marked)
            for (const std::size_t cut : {m.from, m.to})
                if (cut > start && cut < start + line.size())
                    cuts.push_back(cut);
        std::sort(cuts.begin(), cuts.end());
        float x = m_colX;
        for (std::size_t i = 0; i + 1 < cuts.size(); ++i)
        {
            const std::string piece = whole.substr(cuts[i], cuts[i + 1] - cuts[i]);
            if (piece.empty())
                continue;
            const auto mark =
                std::find_if(marked.begin(), marked.end(),
                             [&](const Marked& m) { return cuts[i] >= m.from && cuts[i] < m.to; });
            const bool isMarked = mark != marked.end();
            const float w = measure(piece, style.scale, style.bold);
            addText(Region::Body, piece, x, m_y, size, style.bold,
                    isMarked ? m_theme.accent : colour);
            if (isMarked)
                addRect(Region::Body, {x, m_y + float(size) * 1.2f, w, underline}, m_theme.accent);
            if (isMarked && !mark->id.empty())
            {
                m_widgets.push_back({mark->id, {x, m_y, w, lh}, false, false, Region::Body});
                if (m_clicked == mark->id)
                {
                    clicked = mark->id;
                    m_clicked.clear();
                }
            }
            x += w;
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
    const bool tile = style.look == Look::Tile;
    const float scale = style.look == Look::Quiet ? 0.9f : tile ? 1.15f : 1.0f;
    const bool bold = style.look == Look::Primary || tile;
    const unsigned size = px(scale);
    const float innerW = w.rect.w - 2 * kPad;
    const auto& lines = wrapped(label, size, bold, std::max(20.0f, innerW));
    const float lh = lineHeight(scale);
    float textH = lh * float(lines.size());
    std::vector<std::string> subLines;
    if (!style.subtitle.empty())
    {
        subLines = wrapped(style.subtitle, px(0.82f), false, std::max(20.0f, innerW));
        textH += lineHeight(0.82f) * float(subLines.size()) + 4;
    }
    float y = tile ? w.rect.y + kPad : w.rect.y + (w.rect.h - textH) / 2 + 2;
    for (const std::string& line : lines)
    {
        const float lw = measure(line, scale, bold);
        // Answers read left to right like text; actions sit centred in their button.
        const bool leftAligned = tile || lines.size() > 1 || !style.subtitle.empty() ||
                                 style.look == Look::Option || style.look == Look::Selected ||
                                 style.look == Look::Right || style.look == Look::Almost ||
                                 style.look == Look::Wrong;
        const float x = leftAligned ? w.rect.x + kPad + 6 : w.rect.x + (w.rect.w - lw) / 2;
        addText(region, line, x, y, size, bold, ink);
        y += lh;
    }
    y += 4;
    for (const std::string& line : subLines)
    {
        addText(region, line, w.rect.x + kPad, y, px(0.82f), false,
                style.look == Look::Primary ? ink : m_theme.mutedText);
        y += lineHeight(0.82f);
    }
    if (style.progress >= 0)
    {
        const Rect track{w.rect.x + kPad, w.rect.bottom() - kPad - 10, innerW, 10};
        addRect(region, track, m_theme.barTrack);
        addRect(region,
                {track.x, track.y, track.w * std::clamp(style.progress, 0.0f, 1.0f), track.h},
                m_theme.right);
    }
}

bool Gui::button(const std::string& id, const std::string& label, const ButtonStyle& style)
{
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
        const auto lines = wrapped(label, px(scale), bold, std::max(20.0f, innerW)).size();
        h = lineHeight(scale) * float(std::max<std::size_t>(1, lines)) + 2 * kPad - 4;
        if (!style.subtitle.empty())
            h +=
                lineHeight(0.82f) *
                    float(
                        wrapped(style.subtitle, px(0.82f), false, std::max(20.0f, innerW)).size()) +
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

bool Gui::textField(const std::string& id, std::string& value, float width, bool secret)
{
    const float w = width > 0 ? std::min(width, m_colW) : m_colW;
    const float h = lineHeight(1.1f) + 2 * kPad - 6;
    Widget widget{id, placeInBody(w, h), true, true, Region::Body};
    m_widgets.push_back(widget);
    const bool focused = m_focus == id;
    if (focused)
    {
        for (; m_backspaces > 0 && !value.empty(); --m_backspaces)
        {
            auto g = core::text::graphemes(value);
            g.pop_back();
            value.clear();
            for (const auto& s : g)
                value += s;
        }
        m_backspaces = 0;
        if (!m_typed.empty())
        {
            value = core::text::nfc(value + m_typed);
            m_typed.clear();
        }
    }
    addRect(Region::Body, {widget.rect.x + 2, widget.rect.y + 2, w - 4, h - 4}, m_theme.surface,
            focused ? m_theme.accent : m_theme.border, focused ? 3.0f : 2.0f);
    // Show the end of long input: the learner is typing there.
    std::string shown;
    if (secret)
        for (std::size_t i = 0; i < core::text::graphemeCount(value); ++i)
            shown += "•";
    else
        shown = value;
    const float innerW = w - 2 * kPad - 12;
    while (!shown.empty() && measure(shown, 1.1f, false) > innerW)
    {
        std::size_t i = 0;
        nextCodePoint(shown, i);
        shown.erase(0, i);
    }
    const float ty = widget.rect.y + (h - lineHeight(1.1f)) / 2 + 2;
    addText(Region::Body, shown, widget.rect.x + kPad, ty, px(1.1f), false, m_theme.text);
    if (focused)
    {
        const float cx = widget.rect.x + kPad + measure(shown, 1.1f, false) + 2;
        addRect(Region::Body, {cx, ty + 2, 2, lineHeight(1.1f) - 6}, m_theme.text);
    }
    const bool hit = m_clicked == id;
    if (hit)
        m_clicked.clear();
    return hit;
}

void Gui::progressBar(float fraction, float height, std::optional<sf::Color> colour)
{
    const Rect r = placeInBody(m_colW, height);
    addRect(Region::Body, r, m_theme.barTrack);
    addRect(Region::Body, {r.x, r.y, r.w * std::clamp(fraction, 0.0f, 1.0f), r.h},
            colour.value_or(m_theme.accent));
}

void Gui::image(const sf::Texture& texture, float maxHeight)
{
    const auto size = texture.getSize();
    if (size.x == 0 || size.y == 0)
        return;
    const float scale = std::min({m_colW / float(size.x), maxHeight / float(size.y), 2.0f});
    const Rect r = placeInBody(float(size.x) * scale, float(size.y) * scale);
    sf::Sprite sprite(texture);
    sprite.setScale(scale, scale);
    sprite.setPosition(r.x + (m_colW - r.w) / 2, r.y);
    m_draws.push_back({Region::Body, std::nullopt, std::nullopt, std::move(sprite)});
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

void Gui::space(float pixels)
{
    if (m_row)
        endRow();
    m_y += pixels;
}

void Gui::beginRow()
{
    if (m_row)
        endRow();
    m_row.emplace(m_colX, m_y, m_colW, 12.0f);
}

void Gui::endRow()
{
    if (!m_row)
        return;
    if (!m_row->empty())
        m_y = m_row->bottom() + m_theme.spacing;
    m_row.reset();
}

void Gui::beginCard(std::optional<sf::Color> border)
{
    if (m_row)
        endRow();
    addRect(Region::Body, {}, m_theme.surface, border.value_or(m_theme.border),
            border ? 3.0f : 1.0f);
    m_cards.emplace_back(m_draws.size() - 1, m_y);
    m_y += kPad;
    m_colX += kPad + 4;
    m_colW -= 2 * (kPad + 4);
}

void Gui::endCard()
{
    if (m_row)
        endRow();
    if (m_cards.empty())
        return;
    m_colX -= kPad + 4;
    m_colW += 2 * (kPad + 4);
    const auto [index, top] = m_cards.back();
    m_cards.pop_back();
    const float bottom = m_y - m_theme.spacing * 0.6f + kPad;
    auto& shape = *m_draws[index].shape;
    shape.setPosition(m_colX, top);
    shape.setSize({m_colW, bottom - top});
    m_y = bottom + m_theme.spacing;
}

bool Gui::footerButton(const std::string& id, const std::string& label, Look look)
{
    const float h = lineHeight(1.0f) + 2 * kPad - 4;
    const float w = std::max(measure(label, 1.0f, look == Look::Primary) + 3 * kPad, 140.0f);
    const float x = m_footerRight - w;
    m_footerRight -= w + 12;
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
    const auto& lines =
        wrapped(utf8, px(1.0f), true, std::max(40.0f, m_footerRight - m_footerTextX - 20));
    if (!lines.empty())
        addText(Region::Footer, lines.front(), m_footerTextX, y, px(1.0f), true, colour);
}

const Gui::Widget* Gui::widgetAt(float x, float y) const
{
    const float bodyTop = m_headerH;
    const float bodyBottom = float(m_window.y) - m_footerH;
    for (const Widget& w : m_lastWidgets)
    {
        if (w.region == Region::Body && (y < bodyTop || y >= bodyBottom))
            continue;
        if (w.rect.contains(x, y))
            return &w;
    }
    return nullptr;
}

void Gui::moveFocus(int delta)
{
    std::vector<const Widget*> order;
    for (const Widget& w : m_lastWidgets)
        if (w.focusable)
            order.push_back(&w);
    if (order.empty())
        return;
    // Keyboard order: header, body, footer, as people scan a screen.
    std::stable_sort(order.begin(), order.end(),
                     [](const Widget* a, const Widget* b)
                     { return int(a->region) < int(b->region); });
    int index = -1;
    for (std::size_t i = 0; i < order.size(); ++i)
        if (order[i]->id == m_focus)
            index = int(i);
    const int n = int(order.size());
    index = index < 0 ? (delta > 0 ? 0 : n - 1) : ((index + delta) % n + n) % n;
    m_focus = order[std::size_t(index)]->id;
    if (order[std::size_t(index)]->textField)
        m_lastTextField = m_focus;
    m_showFocus = true;
    m_scrollToFocus = true;
}

void Gui::focus(const std::string& id)
{
    m_focus = id;
    m_focusPending = !id.empty();
    for (const Widget& w : m_lastWidgets)
        if (w.id == id && w.textField)
            m_lastTextField = id;
}

bool Gui::textFieldFocused() const
{
    for (const Widget& w : m_lastWidgets)
        if (w.id == m_focus)
            return w.textField;
    return false;
}

void Gui::handleEvent(const sf::Event& event)
{
    switch (event.type)
    {
    case sf::Event::MouseMoved:
        m_mouse = {float(event.mouseMove.x), float(event.mouseMove.y)};
        break;
    case sf::Event::MouseButtonPressed:
        if (event.mouseButton.button == sf::Mouse::Left)
        {
            m_mouse = {float(event.mouseButton.x), float(event.mouseButton.y)};
            if (const Widget* w = widgetAt(m_mouse.x, m_mouse.y))
            {
                m_clicked = w->id;
                if (w->focusable)
                {
                    m_focus = w->id;
                    if (w->textField)
                        m_lastTextField = w->id;
                }
                m_showFocus = false;
            }
        }
        break;
    case sf::Event::MouseWheelScrolled:
        m_scroll -= event.mouseWheelScroll.delta * 60;
        break;
    case sf::Event::TextEntered:
        if (textFieldFocused() && event.text.unicode >= 32 && event.text.unicode != 127)
            m_typed += utf8Of(event.text.unicode);
        break;
    case sf::Event::KeyPressed:
        switch (event.key.code)
        {
        case sf::Keyboard::Tab:
            moveFocus(event.key.shift ? -1 : 1);
            break;
        case sf::Keyboard::Down:
        case sf::Keyboard::Right:
            moveFocus(1);
            break;
        case sf::Keyboard::Up:
        case sf::Keyboard::Left:
            moveFocus(-1);
            break;
        case sf::Keyboard::PageDown:
            m_scroll += float(m_window.y) * 0.7f;
            break;
        case sf::Keyboard::PageUp:
            m_scroll -= float(m_window.y) * 0.7f;
            break;
        case sf::Keyboard::BackSpace:
            if (textFieldFocused())
                ++m_backspaces;
            else
                m_keys.push_back(event.key.code);
            break;
        case sf::Keyboard::Enter:
        case sf::Keyboard::Space:
        {
            const bool onButton = !m_focus.empty() && m_showFocus && !textFieldFocused();
            if (onButton)
                m_clicked = m_focus;
            else if (event.key.code == sf::Keyboard::Enter)
                m_keys.push_back(event.key.code);
            break;
        }
        default:
            m_keys.push_back(event.key.code);
            break;
        }
        break;
    default:
        break;
    }
}

bool Gui::keyPressed(sf::Keyboard::Key key) const
{
    return std::find(m_keys.begin(), m_keys.end(), key) != m_keys.end();
}

int Gui::numberPressed() const
{
    if (textFieldFocused())
        return 0;
    for (sf::Keyboard::Key k : m_keys)
    {
        if (k >= sf::Keyboard::Num1 && k <= sf::Keyboard::Num9)
            return int(k - sf::Keyboard::Num1) + 1;
        if (k >= sf::Keyboard::Numpad1 && k <= sf::Keyboard::Numpad9)
            return int(k - sf::Keyboard::Numpad1) + 1;
    }
    return 0;
}

void Gui::clearInput()
{
    m_clicked.clear();
    m_keys.clear();
}

void Gui::insertText(const std::string& utf8)
{
    if (m_lastTextField.empty())
        return;
    m_focus = m_lastTextField;
    m_typed += utf8;
}

bool Gui::hasWidget(const std::string& id) const
{
    return std::any_of(m_lastWidgets.begin(), m_lastWidgets.end(),
                       [&](const Widget& w) { return w.id == id; });
}

std::vector<std::string> Gui::textsIn(sf::Color colour) const
{
    std::vector<std::string> out;
    for (const Draw& d : m_draws)
        if (d.text && d.text->getFillColor() == colour)
        {
            const auto s = d.text->getString().toUtf8();
            out.emplace_back(s.begin(), s.end());
        }
    return out;
}

bool Gui::showsText(const std::string& utf8) const
{
    const std::string wanted = core::text::nfc(utf8);
    for (const std::string& line : m_richLines)
        if (line.find(wanted) != std::string::npos)
            return true;
    for (const Draw& d : m_draws)
        if (d.text)
        {
            const auto s = d.text->getString().toUtf8();
            if (std::string(s.begin(), s.end()).find(wanted) != std::string::npos)
                return true;
        }
    return false;
}

std::vector<std::string> Gui::widgetIds() const
{
    std::vector<std::string> ids;
    for (const Widget& w : m_lastWidgets)
        ids.push_back(w.id);
    return ids;
}

} // namespace kompis::ui
