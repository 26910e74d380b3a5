// A picture the learner can pick: a button holding an image scaled to fit, with its number in
// the corner. Without a texture (the image failed) it shows the alt text instead.
#include "ui/Gui.hpp"

#include <algorithm>

namespace kompis::ui
{

bool Gui::pictureButton(const std::string& id, const sf::Texture* texture,
                        const std::string& number, const std::string& alt, float width,
                        float height, Look look)
{
    const float w = std::min(width, m_colW);
    Widget widget{id, placeInBody(w, height), false, true, Region::Body};
    m_widgets.push_back(widget);
    const auto size = texture ? texture->getSize() : sf::Vector2u{};
    const bool showPicture = size.x > 0 && size.y > 0;
    drawButton(Region::Body, widget, showPicture ? std::string() : number + "   " + alt,
               ButtonStyle{look, w, height, true, {}, -1});
    if (showPicture)
    {
        constexpr float inset = 14;
        const Rect& r = widget.rect;
        const float scale =
            std::min((r.w - 2 * inset) / float(size.x), (r.h - 2 * inset) / float(size.y));
        sf::Sprite sprite(*texture);
        sprite.setScale(scale, scale);
        sprite.setPosition(r.x + (r.w - float(size.x) * scale) / 2,
                           r.y + (r.h - float(size.y) * scale) / 2);
        m_draws.push_back({Region::Body, std::nullopt, std::nullopt, std::move(sprite)});
        addText(Region::Body, number, r.x + 10, r.y + 6, px(0.9f), true, m_theme.text);
    }
    const bool hit = m_clicked == id;
    if (hit)
        m_clicked.clear();
    return hit;
}

} // namespace kompis::ui
