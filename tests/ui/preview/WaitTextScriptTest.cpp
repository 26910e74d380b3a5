#include "ui/Script.hpp"

#include <catch2/catch.hpp>

using Kind = kompis::ui::ScriptCommand::Kind;

TEST_CASE("a script waits for text with wait-text, keeping the text's inner spaces")
{
    const auto parsed = kompis::ui::parseScript("wait-text Jag heter Omar.  \n");
    REQUIRE(parsed.error.empty());
    REQUIRE(parsed.commands.size() == 1);
    CHECK(parsed.commands[0].kind == Kind::WaitText);
    CHECK(parsed.commands[0].argument == "Jag heter Omar.");
}

TEST_CASE("wait-text without the text to wait for is refused with its line")
{
    CHECK(kompis::ui::parseScript("quit\nwait-text\n").error ==
          "line 2: 'wait-text' needs an argument");
}
