#pragma once

#include <SFML/System/Vector2.hpp>
#include <algorithm>

namespace kompis::app
{

/// The window's first size on a screen of `desktop` pixels: up to 1100×720, and small enough to
/// leave room for the desktop's panel and the window's title bar (a 1366×768 laptop gets
/// 1100×658), never below 640×480.
[[nodiscard]] inline sf::Vector2u defaultWindowSize(sf::Vector2u desktop)
{
    constexpr unsigned kMarginX = 40, kMarginY = 110;
    const unsigned w = desktop.x > kMarginX ? desktop.x - kMarginX : 0;
    const unsigned h = desktop.y > kMarginY ? desktop.y - kMarginY : 0;
    return {std::clamp(w, 640u, 1100u), std::clamp(h, 480u, 720u)};
}

} // namespace kompis::app
