#pragma once

#include <SFML/Window/Keyboard.hpp>

namespace kompis::ui
{

/// What has the keyboard focus when a key is pressed.
struct FocusState
{
    bool inTextField = false; ///< a text field has the focus
    bool onButton = false;    ///< a button has the focus and its ring is shown
};

/// Where a key press goes.
enum class KeyRoute
{
    Edit,         ///< to the focused text field (caret keys, deletion)
    FocusForward, ///< the focus moves to the next widget
    FocusBack,
    Press,   ///< the focused button is pressed
    Screen,  ///< the screen may use it (Enter checks, Escape closes, Space turns a card)
    Nothing, ///< used up: Space in a text field arrives as typed text
};

/// The keyboard rules of every screen. Only Tab leaves a text field: arrows and caret keys act
/// inside it, and Enter goes to the screen (which checks the answer), so a habit from another
/// program never carries a typed answer's focus to a button that the next Enter would press.
[[nodiscard]] KeyRoute routeKey(sf::Keyboard::Key key, bool shift, FocusState focus);

/// Whether a click on a widget moves the focus to it. A click on a button beside a text field
/// that has the focus (Listen, a letter, a word from the bank) acts, and the focus stays in the
/// field, so typing goes on where it was.
[[nodiscard]] bool clickTakesFocus(bool focusable, bool isTextField, bool textFieldFocused);

} // namespace kompis::ui
