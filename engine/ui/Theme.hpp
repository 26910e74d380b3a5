#pragma once

#include <SFML/Graphics/Color.hpp>

namespace kompis::ui
{

/// Colours and sizes of the whole interface; one value, passed to the Gui, never global.
struct Theme
{
    sf::Color background;
    sf::Color surface; ///< cards and tiles
    sf::Color text;
    sf::Color mutedText;
    sf::Color accent; ///< the obvious next action
    sf::Color accentText;
    sf::Color border;
    sf::Color focus; ///< keyboard focus ring
    sf::Color selected;
    sf::Color right;
    sf::Color almost;
    sf::Color wrong;
    sf::Color barTrack;
    unsigned bodySize = 22;   ///< body text, pixels
    float spacing = 14;       ///< vertical gap between blocks
    float contentWidth = 860; ///< widest column of text, for comfortable reading

    [[nodiscard]] unsigned size(float scale) const { return unsigned(float(bodySize) * scale); }
};

/// Text size steps offered in the settings.
enum class TextSize
{
    Normal,
    Large,
    Largest,
};

/// The calm default theme, or the high-contrast one, at one of three text sizes.
Theme makeTheme(bool highContrast, TextSize size);

} // namespace kompis::ui
