#include "core/grading/Checklist.hpp"

#include "core/grading/Grader.hpp"

#include <catch2/catch.hpp>

using namespace kompis::core;
using grading::passes;

namespace
{
AutoCheck contains(std::vector<std::string> words)
{
    AutoCheck check;
    check.kind = AutoCheck::Kind::Contains;
    check.words = std::move(words);
    return check;
}

AutoCheck wordRange(int low, int high)
{
    AutoCheck check;
    check.kind = AutoCheck::Kind::WordCount;
    check.minWords = low;
    check.maxWords = high;
    return check;
}

AutoCheck of(AutoCheck::Kind kind)
{
    AutoCheck check;
    check.kind = kind;
    return check;
}

const std::string kMessage = "Hej Anna!\nJag är sjuk i dag och kommer inte till jobbet. Jag "
                             "ringer dig i morgon.\nHälsningar\nAli";
} // namespace

TEST_CASE("a contains check finds a whole word whatever its case and the punctuation around it")
{
    CHECK(passes(contains({"sjuk"}), kMessage, "sv"));
    CHECK(passes(contains({"SJUK"}), "Jag är Sjuk, tyvärr.", "sv"));
    CHECK_FALSE(passes(contains({"sjuk"}), "Jag har en sjukdom.", "sv"));
    CHECK_FALSE(passes(contains({"sjuk"}), "Jag kommer i morgon.", "sv"));
}

TEST_CASE("a contains check with several words passes on any one of them, and phrases need their "
          "words in order")
{
    CHECK(passes(contains({"sjuk", "förkyld"}), "Jag är förkyld.", "sv"));
    CHECK(passes(contains({"i morgon"}), kMessage, "sv"));
    CHECK_FALSE(passes(contains({"morgon i"}), kMessage, "sv"));
}

TEST_CASE("contains compares composed and decomposed letters as the same text")
{
    // "förkyld" with ö written as o + combining diaeresis (U+0308).
    CHECK(passes(contains({"förkyld"}), "Jag är fo\xCC\x88rkyld.", "sv"));
}

TEST_CASE("a word range counts words, not letters or punctuation")
{
    CHECK(grading::wordCount("Hej! Jag är sjuk – ring mig.", "sv") == 6);
    CHECK(passes(wordRange(5, 40), kMessage, "sv"));
    CHECK_FALSE(passes(wordRange(5, 10), kMessage, "sv"));
    CHECK_FALSE(passes(wordRange(5, 0), "Hej då", "sv"));
    CHECK(passes(wordRange(2, 0), "Hej då", "sv"));
}

TEST_CASE("a text starting with a Swedish or Norwegian greeting passes, one starting elsewhere "
          "does not")
{
    const auto greeting = of(AutoCheck::Kind::StartsWithGreeting);
    CHECK(passes(greeting, kMessage, "sv"));
    CHECK(passes(greeting, "God morgon Eva, jag är sjuk.", "sv"));
    CHECK(passes(greeting, "Hei Kari! Jeg er syk i dag.", "nb"));
    CHECK_FALSE(passes(greeting, "Jag är sjuk i dag. Hej!", "sv"));
    CHECK_FALSE(passes(greeting, "Hejdå", "sv"));
}

TEST_CASE("a text ending with a capitalised word passes the name check, with or without a full "
          "stop")
{
    const auto name = of(AutoCheck::Kind::EndsWithName);
    CHECK(passes(name, kMessage, "sv"));
    CHECK(passes(name, "Vänliga hälsningar, Åsa.", "sv"));
    CHECK_FALSE(passes(name, "Jag ringer i morgon.", "sv"));
    CHECK_FALSE(passes(name, "", "sv"));
}

TEST_CASE("in a message of several lines the name is looked for at the end of the last line "
          "with words, and a sign-off alone is not a name")
{
    const auto name = of(AutoCheck::Kind::EndsWithName);
    CHECK(passes(name, "Hej Anna!\n\nJag är sjuk.\nHälsningar\nAli\n\n", "sv"));
    CHECK(passes(name, "Hei Kari!\nJeg er syk.\nHilsen\nAli :-)\n", "nb"));
    // Alone on its line a sign-off starts with a capital, as a name does.
    CHECK_FALSE(passes(name, "Hej Anna!\nJag är sjuk.\nHälsningar\n", "sv"));
    CHECK_FALSE(passes(name, "Hej Anna!\nJag är sjuk.\nMvh", "sv"));
    CHECK_FALSE(passes(name, "Hei Kari!\nJeg er syk.\nTakk!", "nb"));
    CHECK_FALSE(passes(name, "Hej Anna!\nAli\nJag ringer i morgon.", "sv"));
}

TEST_CASE("greeting, words and contains read a message of several lines as one text")
{
    const std::string lines = "\n\nHej Anna!\nJag är sjuk\ni dag.\n\nHälsningar\nAli\n";
    CHECK(passes(of(AutoCheck::Kind::StartsWithGreeting), lines, "sv"));
    CHECK(grading::wordCount(lines, "sv") == 9);
    CHECK(passes(contains({"i dag"}), lines, "sv"));
    CHECK(passes(wordRange(8, 60), lines, "sv"));
}

TEST_CASE("checklist hints give nothing for a point without a check and the result for the others")
{
    WriteTask task;
    task.checklist.push_back({LocalText::single("en", "You are polite"), std::nullopt, {}});
    task.checklist.push_back(
        {LocalText::single("en", "You say you are ill"), contains({"sjuk"}), {}});
    task.checklist.push_back(
        {LocalText::single("en", "You sign"), of(AutoCheck::Kind::EndsWithName), {}});
    const auto hints = grading::checklistHints(task, "Hej, jag är sjuk i dag.", "sv");
    REQUIRE(hints.size() == 3);
    CHECK_FALSE(hints[0].has_value());
    CHECK(hints[1] == std::optional<bool>(true));
    CHECK(hints[2] == std::optional<bool>(false));
}

TEST_CASE("a written message is graded done, never right or wrong, and earns no points")
{
    Item item;
    item.points = 0;
    WriteTask task;
    task.modelAnswer = "Hej! Jag är sjuk i dag.";
    item.body = task;
    Response response;
    response.texts = {"hej jag e sjuk"};
    const auto result = grade(item, response);
    CHECK(result.outcome == Outcome::Done);
    CHECK(result.points == 0);
    CHECK(result.maxPoints == 0);
    CHECK(result.expected == task.modelAnswer);
    CHECK(result.message.variants.front().second == "Done.");
}

TEST_CASE("a written response is stored as the text with its lines, and ticks as point numbers")
{
    Item item;
    item.body = WriteTask{};
    Response response;
    response.texts = {"Hej Anna!\nJag är sjuk.\nAli"};
    response.ticked = {2, 0};
    CHECK(responseText(item, response) == "Hej Anna!\nJag är sjuk.\nAli");
    CHECK(checklistText(response) == "1,3");
    std::string error;
    const auto back = parseResponse(item, responseText(item, response), error);
    REQUIRE(back);
    CHECK(back->texts == response.texts);
}
