#include "ui/Gui.hpp"

#include "core/text/Unicode.hpp"

#include <algorithm>

namespace kompis::ui
{

Gui::Gui(text::TextEngine& engine)
    : m_engine(engine)
    , m_theme(makeTheme(false, TextSize::Normal))
{
}

std::shared_ptr<const text::TextLayout> Gui::laidOut(const std::string& utf8, unsigned size,
                                                     bool bold,
                                                     core::text::Direction direction) const
{
    // One line, never wrapped: the engine's cache makes the second frame a hash lookup.
    return m_engine.layout({utf8, 0, float(size), bold, direction, m_locale});
}

float Gui::measure(const std::string& utf8, float scale, bool bold) const
{
    return laidOut(utf8, px(scale), bold)->width;
}

const Gui::Wrapped& Gui::wrapped(const std::string& utf8, unsigned size, bool bold, float width)
{
    std::string key = utf8;
    key += '\x1f';
    key += std::to_string(size) + (bold ? "b" : "r") + std::to_string(int(width));
    auto found = m_wrapCache.find(key);
    if (found != m_wrapCache.end())
        return found->second;
    if (m_wrapCache.size() > 4000)
        m_wrapCache.clear();
    const std::string text = core::text::nfc(utf8);
    const auto layout =
        m_engine.layout({text, width, float(size), bold, core::text::Direction::Auto, m_locale});
    Wrapped result;
    result.layout = layout;
    result.direction = layout->rightToLeft ? core::text::Direction::RightToLeft
                                           : core::text::Direction::LeftToRight;
    for (const text::TextLine& line : layout->lines)
        result.lines.push_back(text.substr(line.begin, line.visibleEnd - line.begin));
    // A text that ends in a newline has no last line to show (as before the engine).
    while (!result.lines.empty() && result.lines.back().empty())
        result.lines.pop_back();
    return m_wrapCache.emplace(std::move(key), std::move(result)).first->second;
}

} // namespace kompis::ui
