// The keyboard on screens without text fields: Space turns a word card, Enter opens what has
// the focus.
#include "ui/e2e/E2eSandbox.hpp"

#include <catch2/catch.hpp>

using namespace kompis::test::e2e;

TEST_CASE("Space turns a word card to show its meaning")
{
    Sandbox box("space-card");
    // The lesson's word list introduces the words; leaving it makes them due for practice.
    const std::string script = std::string(kToFirstItem) + R"(click close-lesson
expect-screen course-map
click back
expect-screen library
click practise-words
expect-screen words
expect-no-text How well did you know it?
key Space
expect-text How well did you know it?
screenshot word-card-turned.png
quit
)";
    CHECK(box.run("space-card", script) == 0);
    INFO(box.errors("space-card"));
}
