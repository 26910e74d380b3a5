#include "ui/Gui.hpp"

#include "core/text/Unicode.hpp"
#include "core/text/Utf8.hpp"
#include "ui/TextWrap.hpp"

#include <algorithm>

namespace kompis::ui
{

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
        const char32_t cp = core::text::decodeUtf8(utf8, i);
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

} // namespace kompis::ui
