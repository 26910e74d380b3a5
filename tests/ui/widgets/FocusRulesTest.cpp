#include "ui/gui/FocusRules.hpp"

#include <catch2/catch.hpp>

using kompis::ui::clickTakesFocus;
using kompis::ui::FocusState;
using kompis::ui::KeyRoute;
using kompis::ui::routeKey;
using Key = sf::Keyboard::Key;

namespace
{
constexpr FocusState kInField{true, false};
constexpr FocusState kOnButton{false, true};
constexpr FocusState kNowhere{false, false};
} // namespace

TEST_CASE("in a text field the caret and delete keys edit the field instead of moving the focus")
{
    for (Key key : {Key::Left, Key::Right, Key::Home, Key::End, Key::BackSpace, Key::Delete})
        CHECK(routeKey(key, false, kInField) == KeyRoute::Edit);
}

TEST_CASE("arrows never carry the focus out of a text field; Tab and Shift+Tab still do")
{
    CHECK(routeKey(Key::Up, false, kInField) == KeyRoute::Nothing);
    CHECK(routeKey(Key::Down, false, kInField) == KeyRoute::Nothing);
    CHECK(routeKey(Key::Tab, false, kInField) == KeyRoute::FocusForward);
    CHECK(routeKey(Key::Tab, true, kInField) == KeyRoute::FocusBack);
}

TEST_CASE("Enter in a text field goes to the screen, which checks the answer")
{
    CHECK(routeKey(Key::Enter, false, kInField) == KeyRoute::Screen);
}

TEST_CASE("Space in a text field is only the typed space, never a press or a screen key")
{
    CHECK(routeKey(Key::Space, false, kInField) == KeyRoute::Nothing);
}

TEST_CASE("on a focused button Enter and Space press it, as on a focused course or lesson tile")
{
    CHECK(routeKey(Key::Enter, false, kOnButton) == KeyRoute::Press);
    CHECK(routeKey(Key::Space, false, kOnButton) == KeyRoute::Press);
}

TEST_CASE("with no focus Space reaches the screen, so a word card can turn")
{
    CHECK(routeKey(Key::Space, false, kNowhere) == KeyRoute::Screen);
    CHECK(routeKey(Key::Enter, false, kNowhere) == KeyRoute::Screen);
}

TEST_CASE("outside text fields the arrows move the focus between buttons")
{
    CHECK(routeKey(Key::Right, false, kOnButton) == KeyRoute::FocusForward);
    CHECK(routeKey(Key::Down, false, kOnButton) == KeyRoute::FocusForward);
    CHECK(routeKey(Key::Left, false, kOnButton) == KeyRoute::FocusBack);
    CHECK(routeKey(Key::Up, false, kNowhere) == KeyRoute::FocusBack);
    CHECK(routeKey(Key::BackSpace, false, kNowhere) == KeyRoute::Screen);
}

TEST_CASE("a click on a button beside a focused text field leaves the focus in the field")
{
    CHECK_FALSE(clickTakesFocus(true, false, true));
    CHECK(clickTakesFocus(true, true, true)); // another field takes it
    CHECK(clickTakesFocus(true, false, false));
    CHECK_FALSE(clickTakesFocus(false, false, false)); // on-screen letters never take it
}
