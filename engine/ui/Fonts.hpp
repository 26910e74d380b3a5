#pragma once

#include <SFML/Graphics/Font.hpp>
#include <string>

namespace kompis::ui
{

/// The interface fonts, found at run time among the system's fonts (no font files ship with
/// Kompis): Noto Sans or DejaVu Sans from Debian packages, or $KOMPIS_FONT.
struct Fonts
{
    sf::Font regular;
    sf::Font bold;
    std::string regularPath;
};

/// Loads the first usable font pair; false with `error` set when none is installed.
bool loadFonts(Fonts& fonts, std::string& error);

} // namespace kompis::ui
