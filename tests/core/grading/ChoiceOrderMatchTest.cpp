// Choices, true/false, word order and match pairs, and reading responses typed by teachers.
#include "ItemBuilders.hpp"
#include "core/grading/Grader.hpp"

#include <catch2/catch.hpp>

using namespace kompis;
using core::DifferenceKind;
using core::Outcome;
using test::order;
using test::picks;

namespace
{

core::Item greetingChoice()
{
    auto opts = test::options({{"Jag heter Anna.", true},
                               {"Jag \xC3\xA4r heter Anna.", false},
                               {"Heter jag Anna.", false}});
    opts[1].explanation = test::en("\"heter\" is already the verb.");
    return test::withFeedback(core::SingleChoice{opts});
}

core::Item greetingsMultiple(core::Scoring scoring = core::Scoring::Partial)
{
    core::MultipleChoice multiple{test::options({{"Hej!", true},
                                                 {"God morgon!", true},
                                                 {"Hej d\xC3\xA5!", false},
                                                 {"Hall\xC3\xA5!", true}}),
                                  scoring};
    return test::withFeedback(std::move(multiple), 3);
}

core::Response matches(std::vector<int> chosen)
{
    core::Response response;
    response.matches = std::move(chosen);
    return response;
}

} // namespace

TEST_CASE("a single choice is right only for the right option and explains a wrong pick",
          "[grading]")
{
    const auto item = greetingChoice();
    CHECK(core::grade(item, picks({0})).outcome == Outcome::Right);
    const auto wrong = core::grade(item, picks({1}));
    CHECK(wrong.outcome == Outcome::Wrong);
    CHECK(wrong.points == 0);
    CHECK(wrong.differences.at(0).kind == DifferenceKind::WrongPart);
    CHECK(wrong.expected == "Jag heter Anna.");
    CHECK(wrong.feedback.pick("en") == "\"heter\" is already the verb. Not quite.");
}

TEST_CASE("a choice left out or out of range is missing, not a crash", "[grading]")
{
    const auto item = greetingChoice();
    CHECK(core::grade(item, picks({})).differences.at(0).kind == DifferenceKind::MissingPart);
    CHECK(core::grade(item, picks({7})).outcome == Outcome::Wrong);
    CHECK(core::grade(item, picks({-3})).outcome == Outcome::Wrong);
}

TEST_CASE("multiple choice gives partial credit, and wrong picks cancel right ones", "[grading]")
{
    const auto item = greetingsMultiple();
    auto result = core::grade(item, picks({0, 1, 3}));
    CHECK(result.outcome == Outcome::Right);
    CHECK(result.points == Approx(3));

    result = core::grade(item, picks({0, 1}));
    CHECK(result.outcome == Outcome::Almost);
    CHECK(result.points == Approx(2));
    CHECK(result.differences.at(0).kind == DifferenceKind::MissingPart);

    result = core::grade(item, picks({0, 2}));
    CHECK(result.outcome == Outcome::Wrong);
    CHECK(result.points == Approx(0));

    result = core::grade(item, picks({2}));
    CHECK(result.points == 0); // never below zero
}

TEST_CASE("multiple choice scored all-or-nothing gives nothing for a partly right answer",
          "[grading]")
{
    const auto item = greetingsMultiple(core::Scoring::AllOrNothing);
    CHECK(core::grade(item, picks({0, 1})).outcome == Outcome::Wrong);
    CHECK(core::grade(item, picks({0, 1})).points == 0);
    CHECK(core::grade(item, picks({3, 1, 0})).outcome == Outcome::Right);
}

TEST_CASE("true or false is graded with the explanation attached", "[grading]")
{
    core::TrueFalse statement{core::LocalText::single("sv", "Omar \xC3\xA4r ny p\xC3\xA5 jobbet."),
                              false, test::en("Anna is the new one.")};
    const auto item = test::withFeedback(statement);
    core::Response no;
    no.truth = false;
    core::Response yes;
    yes.truth = true;
    CHECK(core::grade(item, no).outcome == Outcome::Right);
    const auto wrong = core::grade(item, yes);
    CHECK(wrong.outcome == Outcome::Wrong);
    CHECK(wrong.feedback.pick("en") == "Not quite. Anna is the new one.");
    CHECK(core::grade(item, core::Response{}).differences.at(0).kind ==
          DifferenceKind::MissingPart);
}

TEST_CASE("listen-and-choose is graded like a single choice", "[grading]")
{
    core::ListenChoose listen;
    listen.options =
        test::options({{"Where is the coffee room?", true}, {"When is lunch?", false}});
    const auto item = test::withFeedback(listen);
    CHECK(core::grade(item, picks({0})).outcome == Outcome::Right);
    CHECK(core::grade(item, picks({1})).outcome == Outcome::Wrong);
}

TEST_CASE("word order accepts every listed order and points at the first misplaced word",
          "[grading]")
{
    // I morgon | börjar | jag | klockan sju | (börja)
    const auto item =
        test::wordOrder({"I morgon", "b\xC3\xB6rjar", "jag", "klockan sju", "b\xC3\xB6rja"},
                        {{0, 1, 2, 3}, {2, 1, 3, 0}}, {4});
    CHECK(core::grade(item, order({0, 1, 2, 3})).outcome == Outcome::Right);
    CHECK(core::grade(item, order({2, 1, 3, 0})).outcome == Outcome::Right);

    // The V2 mistake learners make: "I morgon jag börjar klockan sju".
    const auto v3 = core::grade(item, order({0, 2, 1, 3}));
    CHECK(v3.outcome == Outcome::Wrong);
    REQUIRE_FALSE(v3.differences.empty());
    CHECK(v3.differences.back().kind == DifferenceKind::WrongOrder);
    CHECK(v3.differences.back().position == 1);
    CHECK(v3.differences.back().expected == "b\xC3\xB6rjar");
    CHECK(v3.differences.back().given == "jag");
    CHECK(v3.expected == "I morgon b\xC3\xB6rjar jag klockan sju");
}

TEST_CASE("word order with a distractor or a missing token is wrong and says so", "[grading]")
{
    const auto item = test::wordOrder(
        {"I morgon", "b\xC3\xB6rjar", "jag", "klockan sju", "b\xC3\xB6rja"}, {{0, 1, 2, 3}}, {4});
    const auto distractor = core::grade(item, order({0, 4, 2, 3}));
    CHECK(distractor.outcome == Outcome::Wrong);
    CHECK(distractor.differences.front().kind == DifferenceKind::WrongPart);
    CHECK(distractor.differences.front().given == "b\xC3\xB6rja");
    const auto shortAnswer = core::grade(item, order({0, 1, 2}));
    CHECK(shortAnswer.differences.back().kind == DifferenceKind::MissingPart);
    CHECK(shortAnswer.differences.back().expected == "klockan sju");
    CHECK(core::grade(item, order({9, -1})).outcome == Outcome::Wrong);
}

TEST_CASE("word order tokens with the same text are interchangeable", "[grading]")
{
    const auto item = test::wordOrder({"Det", "\xC3\xA4r", "det"}, {{0, 1, 2}});
    CHECK(core::grade(item, order({2, 1, 0})).outcome == Outcome::Right);
}

TEST_CASE("match pairs give partial credit per right pair", "[grading]")
{
    const auto item = test::matchPairs({{"en kollega", "a colleague"},
                                        {"en chef", "a boss"},
                                        {"ett kontor", "an office"},
                                        {"en lön", "a salary"}});
    CHECK(core::grade(item, matches({0, 1, 2, 3})).outcome == Outcome::Right);
    const auto half = core::grade(item, matches({1, 0, 2, 3}));
    CHECK(half.outcome == Outcome::Almost);
    CHECK(half.points == Approx(0.5));
    CHECK(half.differences.size() == 2);
    CHECK(half.differences[0].expected == "a colleague");
    CHECK(half.differences[0].given == "a boss");
    const auto little = core::grade(item, matches({1, 0, 3, -1}));
    CHECK(little.outcome == Outcome::Wrong);
    CHECK(little.differences.back().kind == DifferenceKind::MissingPart);
}

TEST_CASE("match pairs scored all-or-nothing", "[grading]")
{
    const auto item = test::matchPairs({{"en kollega", "a colleague"}, {"en chef", "a boss"}},
                                       core::Scoring::AllOrNothing);
    CHECK(core::grade(item, matches({0, -1})).points == 0);
    CHECK(core::grade(item, matches({0, 1})).points == Approx(1));
}

TEST_CASE("responses typed by a teacher are read for every item kind", "[grading]")
{
    std::string error;
    const auto single = greetingChoice();
    CHECK(core::parseResponse(single, "2", error)->choices == std::vector<int>{1});
    CHECK(core::parseResponse(single, "heter jag anna", error)->choices == std::vector<int>{2});
    CHECK_FALSE(core::parseResponse(single, "5", error));
    CHECK_FALSE(error.empty());

    CHECK(core::parseResponse(greetingsMultiple(), "1,4", error)->choices ==
          std::vector<int>{0, 3});

    const auto truth = test::withFeedback(core::TrueFalse{});
    CHECK(*core::parseResponse(truth, "sant", error)->truth);
    CHECK_FALSE(*core::parseResponse(truth, "nei", error)->truth);
    CHECK_FALSE(core::parseResponse(truth, "kanske", error));

    const auto gapItem = test::gaps({test::key({"en"}), test::key({"jobbar"})});
    CHECK(core::parseResponse(gapItem, "en | jobbar", error)->texts ==
          std::vector<std::string>{"en", "jobbar"});

    const auto orderItem =
        test::wordOrder({"I morgon", "b\xC3\xB6rjar", "jag", "klockan sju"}, {{0, 1, 2, 3}});
    CHECK(core::parseResponse(orderItem, "i morgon b\xC3\xB6rjar jag klockan sju.", error)->order ==
          std::vector<int>{0, 1, 2, 3});
    CHECK_FALSE(core::parseResponse(orderItem, "i morgon jobbar jag", error));

    const auto matchItem = test::matchPairs({{"en kollega", "a colleague"}, {"en chef", "a boss"}});
    CHECK(core::parseResponse(matchItem, "1-2,2-1", error)->matches == std::vector<int>{1, 0});
    CHECK_FALSE(core::parseResponse(matchItem, "1-3", error));
}

TEST_CASE("a response written as text and read back grades the same", "[grading]")
{
    const std::vector<std::pair<core::Item, core::Response>> cases{
        {greetingChoice(), picks({1})},
        {greetingsMultiple(), picks({0, 3})},
        {test::gaps({test::key({"en"}), test::key({"jobbar"})}), test::texts({"ett", "jobar"})},
        {test::wordOrder({"I morgon", "b\xC3\xB6rjar", "jag"}, {{0, 1, 2}}), order({0, 2, 1})},
        {test::matchPairs({{"en kollega", "a colleague"}, {"en chef", "a boss"}}), matches({1, 0})},
    };
    for (const auto& [item, response] : cases)
    {
        const auto text = core::responseText(item, response);
        std::string error;
        const auto back = core::parseResponse(item, text, error);
        INFO(text << " / " << error);
        REQUIRE(back);
        CHECK(core::grade(item, *back).points == core::grade(item, response).points);
        CHECK(core::responseText(item, *back) == text);
    }
}

TEST_CASE("outcome names are the stable words the store and exports use", "[grading]")
{
    CHECK(core::outcomeName(Outcome::Right) == "right");
    CHECK(core::outcomeName(Outcome::Almost) == "almost");
    CHECK(core::outcomeName(Outcome::Wrong) == "wrong");
}
