#include "ui/gui/FocusRules.hpp"

namespace kompis::ui
{

KeyRoute routeKey(sf::Keyboard::Key key, bool shift, FocusState focus)
{
    switch (key)
    {
    case sf::Keyboard::Tab:
        return shift ? KeyRoute::FocusBack : KeyRoute::FocusForward;
    case sf::Keyboard::Left:
    case sf::Keyboard::Right:
        if (focus.inTextField)
            return KeyRoute::Edit;
        return key == sf::Keyboard::Right ? KeyRoute::FocusForward : KeyRoute::FocusBack;
    case sf::Keyboard::Home:
    case sf::Keyboard::End:
    case sf::Keyboard::Delete:
    case sf::Keyboard::BackSpace:
        return focus.inTextField ? KeyRoute::Edit : KeyRoute::Screen;
    case sf::Keyboard::Up:
    case sf::Keyboard::Down:
        if (focus.inTextField)
            return KeyRoute::Nothing;
        return key == sf::Keyboard::Down ? KeyRoute::FocusForward : KeyRoute::FocusBack;
    case sf::Keyboard::Enter:
        return focus.onButton ? KeyRoute::Press : KeyRoute::Screen;
    case sf::Keyboard::Space:
        if (focus.onButton)
            return KeyRoute::Press;
        return focus.inTextField ? KeyRoute::Nothing : KeyRoute::Screen;
    default:
        return KeyRoute::Screen;
    }
}

bool clickTakesFocus(bool focusable, bool isTextField, bool textFieldFocused)
{
    return focusable && (isTextField || !textFieldFocused);
}

} // namespace kompis::ui
