// Feedback a learner can trust: in the learner's language, with marks beside the colours, and
// saying which options of a multiple choice were ticked wrongly or missed.
#include "ui/e2e/E2eSandbox.hpp"

#include <catch2/catch.hpp>

using namespace kompis::test::e2e;

TEST_CASE("a true/false answer is named in the learner's language, and right and wrong carry "
          "a mark beside their colour")
{
    Sandbox box("feedback-fi");
    // The way to the first item, with Finnish chosen as the interface language.
    std::string script = kToFirstItem;
    script.replace(script.find("click ui-en"), 11, "click ui-fi");
    for (int item = 1; item <= 2; ++item)
        script += "key 1\nclick check\nclick next\n";
    script += R"(expect-screen lesson/hello-q3
key 1
click check
expect-text ✗ Ei aivan
expect-text Oikea vastaus: Tarua
expect-no-text false
expect-text ✗ 1
expect-text ✓ 2
screenshot truefalse-fi.png
quit
)";
    CHECK(box.run("feedback-fi", script) == 0);
    INFO(box.errors("feedback-fi"));
}

TEST_CASE("a multiple choice names the options ticked wrongly, and none as missed when all "
          "right ones were ticked")
{
    Sandbox box("feedback-multiple");
    // Every option ticked, in whatever order they are shown: only "Hej då!" is ticked wrongly.
    const std::string script = std::string(kToFirstItem) + R"(key 1
click check
click next
expect-screen lesson/hello-q2
key 1
key 2
key 3
key 4
click check
expect-text Ticked but not right: Hej då!
expect-no-text Right but not ticked
screenshot multiple-feedback.png
quit
)";
    CHECK(box.run("feedback-multiple", script) == 0);
    INFO(box.errors("feedback-multiple"));
}

TEST_CASE("a word order answered wrongly says which word does not belong and which is missing")
{
    Sandbox box("feedback-word-order");
    // "I morgon börjar jag klockan sju.": the learner picks the distractor "börja" for "börjar".
    const std::string script = std::string(kToFirstItem) + R"(key 1
key Enter
key Enter
key 1
key Enter
key Enter
key 1
key Enter
key Enter
expect-screen lesson/hello-q4
type en
key Tab
type jobbar
key Enter
key Enter
expect-screen lesson/hello-q5
click token-1
click token-5
click token-3
click token-4
click check
expect-text Not in this sentence: börja
expect-text Missing: börjar
expect-no-text In the wrong place
screenshot word-order-feedback.png
quit
)";
    CHECK(box.run("feedback-word-order", script) == 0);
    INFO(box.errors("feedback-word-order"));
}
