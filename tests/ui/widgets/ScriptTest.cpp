#include "ui/Script.hpp"

#include <catch2/catch.hpp>

using Kind = kompis::ui::ScriptCommand::Kind;

TEST_CASE("a script reads every command with its argument and skips comments")
{
    const auto parsed =
        kompis::ui::parseScript("# start\nclick new-learner\ntype Åsa Øberg\n\nkey Enter\n"
                                "wait 250\nscreenshot a.png\nexpect-screen library\n"
                                "expect-text Dina kurser\nkill\nquit\n");
    REQUIRE(parsed.error.empty());
    REQUIRE(parsed.commands.size() == 9);
    CHECK(parsed.commands[0].kind == Kind::Click);
    CHECK(parsed.commands[0].argument == "new-learner");
    CHECK(parsed.commands[1].kind == Kind::Type);
    CHECK(parsed.commands[1].argument == "Åsa Øberg");
    CHECK(parsed.commands[1].line == 3);
    CHECK(parsed.commands[2].argument == "Enter");
    CHECK(parsed.commands[3].kind == Kind::Wait);
    CHECK(parsed.commands[5].kind == Kind::ExpectScreen);
    CHECK(parsed.commands[6].argument == "Dina kurser");
    CHECK(parsed.commands[7].kind == Kind::Kill);
    CHECK(parsed.commands[8].kind == Kind::Quit);
}

TEST_CASE("typed text keeps its spaces, and other arguments are trimmed")
{
    const auto parsed = kompis::ui::parseScript("type  två ord \nclick  ok  \n");
    REQUIRE(parsed.error.empty());
    CHECK(parsed.commands[0].argument == " två ord ");
    CHECK(parsed.commands[1].argument == "ok");
}

TEST_CASE("an unknown command or a bad wait is reported with its line")
{
    CHECK(kompis::ui::parseScript("click a\njump b\n").error == "line 2: unknown command 'jump'");
    CHECK(kompis::ui::parseScript("wait soon\n").error == "line 1: wait takes milliseconds");
    CHECK(kompis::ui::parseScript("click\n").error == "line 1: 'click' needs an argument");
}
