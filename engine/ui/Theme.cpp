#include "ui/Theme.hpp"

namespace kompis::ui
{

Theme makeTheme(bool highContrast, TextSize size)
{
    Theme t;
    if (highContrast)
    {
        t.background = sf::Color::Black;
        t.surface = sf::Color(20, 20, 20);
        t.text = sf::Color::White;
        t.mutedText = sf::Color(230, 230, 230);
        t.accent = sf::Color(255, 230, 0);
        t.accentText = sf::Color::Black;
        t.border = sf::Color::White;
        t.focus = sf::Color(0, 255, 255);
        t.selected = sf::Color(0, 90, 200);
        t.right = sf::Color(0, 200, 80);
        t.almost = sf::Color(255, 170, 0);
        t.wrong = sf::Color(255, 80, 80);
        t.barTrack = sf::Color(80, 80, 80);
    }
    else
    {
        t.background = sf::Color(246, 244, 239);
        t.surface = sf::Color::White;
        t.text = sf::Color(33, 37, 41);
        t.mutedText = sf::Color(96, 102, 110);
        t.accent = sf::Color(31, 111, 139);
        t.accentText = sf::Color::White;
        t.border = sf::Color(214, 210, 200);
        t.focus = sf::Color(230, 140, 20);
        t.selected = sf::Color(214, 234, 242);
        t.right = sf::Color(46, 125, 50);
        t.almost = sf::Color(191, 120, 0);
        t.wrong = sf::Color(183, 28, 28);
        t.barTrack = sf::Color(226, 222, 214);
    }
    switch (size)
    {
    case TextSize::Normal:
        t.bodySize = 22;
        break;
    case TextSize::Large:
        t.bodySize = 26;
        break;
    case TextSize::Largest:
        t.bodySize = 31;
        break;
    }
    t.spacing = float(t.bodySize) * 0.65f;
    return t;
}

} // namespace kompis::ui
