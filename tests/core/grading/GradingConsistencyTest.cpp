// Issue 14 point 7: "almost" is for slips, not for another real answer; a slip of an anticipated
// mistake gets that mistake's feedback; what "almost" earns is set per item.
#include "ItemBuilders.hpp"
#include "core/grading/Grader.hpp"
#include "core/grading/KnownWords.hpp"

#include <catch2/catch.hpp>

using namespace kompis;
using core::DifferenceKind;
using core::Outcome;

namespace
{

core::Mistake mistake(std::string answer, std::string feedback, double points = 0)
{
    return {std::move(answer), test::en(std::move(feedback)), points};
}

std::string feedbackOf(const core::GradeResult& result)
{
    const auto* text = result.feedback.find("en");
    return text ? *text : std::string();
}

} // namespace

TEST_CASE("tre written for två is another number, so it is wrong, not almost")
{
    const auto item = test::typed({"klockan två"});
    const auto result = core::grade(item, test::texts({"klockan tre"}));
    CHECK(result.outcome == Outcome::Wrong);
    CHECK(result.points == 0);
    REQUIRE_FALSE(result.differences.empty());
    CHECK(result.differences.front().kind == DifferenceKind::WrongPart);
}

TEST_CASE("fire written for fem in Norwegian is another number, so it is wrong")
{
    const auto item = test::typed({"Vi har fem barn"});
    CHECK(core::grade(item, test::texts({"Vi har fire barn"})).outcome == Outcome::Wrong);
}

TEST_CASE("a one-letter slip that makes another number is wrong even within the typo allowance")
{
    // "tio" and "tre" are two letters apart, which a sentence this long allows as slips.
    const auto item = test::typed({"Jag jobbar tre dagar i veckan"});
    CHECK(core::grade(item, test::texts({"Jag jobbar tio dagar i veckan"})).outcome ==
          Outcome::Wrong);
    // A real slip in the same sentence is still almost.
    CHECK(core::grade(item, test::texts({"Jag jobar tre dagar i veckan"})).outcome ==
          Outcome::Almost);
}

TEST_CASE("the same number in the other Scandinavian language is a spelling slip, still almost")
{
    // åtte is Norwegian for åtta: the learner knows the number, not the Swedish spelling.
    const auto item = test::typed({"klockan åtta"});
    CHECK(core::grade(item, test::texts({"klockan åtte"})).outcome == Outcome::Almost);
}

TEST_CASE("a missing ring on the number två is still a Nordic-letter slip, almost")
{
    const auto item = test::typed({"två"});
    const auto result = core::grade(item, test::texts({"tva"}));
    CHECK(result.outcome == Outcome::Almost);
    REQUIRE_FALSE(result.differences.empty());
    CHECK(result.differences.front().kind == DifferenceKind::NordicLetter);
}

TEST_CASE("a gap answered with what another gap accepts is wrong, not almost")
{
    // "jobbar" is one letter from "jobba": a slip, unless the item itself offers "jobbar".
    auto item = test::gaps({test::key({"jobba"}), test::key({"jobbar"})});
    const auto result = core::grade(item, test::texts({"jobbar", "jobbar"}));
    CHECK(result.outcome == Outcome::Wrong);
    REQUIRE_FALSE(result.differences.empty());
    CHECK(result.differences.front().kind == DifferenceKind::WrongPart);
    CHECK(result.differences.front().part == 0);

    // Without the other gap the same letters are a slip.
    const auto alone = test::gaps({test::key({"jobba"})});
    CHECK(core::grade(alone, test::texts({"jobbar"})).outcome == Outcome::Almost);
}

TEST_CASE("a gap answered with another word of its word bank is wrong, not almost")
{
    auto item = test::gaps({test::key({"hade"})});
    std::get<core::GapFill>(item.body).wordBank = {"hade", "hette", "har"};
    // "hate" would be a slip of "hade"; "har" is a bank word the learner picked.
    CHECK(core::grade(item, test::texts({"hate"})).outcome == Outcome::Almost);
    auto bank = test::gaps({test::key({"hette"})});
    std::get<core::GapFill>(bank.body).wordBank = {"hette", "hetta"};
    CHECK(core::grade(bank, test::texts({"hetta"})).outcome == Outcome::Wrong);
}

TEST_CASE("a typo of an anticipated mistake gets that mistake's feedback")
{
    const auto item = test::typed({"en bil"}, {mistake("ett bil", "bil is an en-word: en bil.")});
    const auto exact = core::grade(item, test::texts({"ett bil"}));
    const auto slip = core::grade(item, test::texts({"ettt bil"}));
    CHECK(exact.outcome == Outcome::Wrong);
    CHECK(slip.outcome == Outcome::Wrong);
    CHECK(feedbackOf(slip) == "bil is an en-word: en bil.");
    REQUIRE_FALSE(slip.differences.empty());
    CHECK(slip.differences.front().kind == DifferenceKind::AnticipatedMistake);
}

TEST_CASE("a slip of a mistake that earns points earns the mistake's points")
{
    const auto item =
        test::typed({"Jag har arbetat"},
                    {mistake("Jag har jobbat", "Right, but the text uses arbetat.", 0.75)});
    const auto result = core::grade(item, test::texts({"Jag har jobat"}));
    CHECK(result.outcome == Outcome::Almost);
    CHECK(result.points == Approx(0.75));
    CHECK(feedbackOf(result) == "Right, but the text uses arbetat.");
}

TEST_CASE("an answer nearer an accepted answer than a mistake stays a slip of the accepted one")
{
    const auto item = test::typed({"arbetar"}, {mistake("arbetat", "Present tense, please.")});
    const auto result = core::grade(item, test::texts({"arbeta r"}));
    CHECK(result.outcome == Outcome::Almost);
    CHECK(feedbackOf(result) != "Present tense, please.");
}

TEST_CASE("an item's almost-credit sets what an almost-right typed answer earns")
{
    auto item = test::typed({"Jag heter Omar"});
    item.points = 2;
    CHECK(core::grade(item, test::texts({"Jag hetter Omar"})).points == Approx(1.0));
    item.almostCredit = 0.25;
    const auto quarter = core::grade(item, test::texts({"Jag hetter Omar"}));
    CHECK(quarter.outcome == Outcome::Almost);
    CHECK(quarter.points == Approx(0.5));
    item.almostCredit = 0.0;
    CHECK(core::grade(item, test::texts({"Jag hetter Omar"})).points == 0);
    // Right answers keep their full points whatever the almost credit.
    CHECK(core::grade(item, test::texts({"Jag heter Omar"})).points == Approx(2.0));
}

TEST_CASE("without an almost-credit of its own an item takes the session's")
{
    const auto item = test::typed({"Jag heter Omar"});
    core::GradingPolicy policy;
    policy.almostCredit = 0.4;
    CHECK(core::grade(item, test::texts({"Jag hetter Omar"}), policy).points == Approx(0.4));
}

TEST_CASE("number words are known in Swedish, bokmål and nynorsk, and one is left out")
{
    using core::grading::numberWordValue;
    CHECK(numberWordValue("två") == 2);
    CHECK(numberWordValue("to") == 2);
    CHECK(numberWordValue("fire") == 4);
    CHECK(numberWordValue("fyra") == 4);
    CHECK(numberWordValue("sju") == numberWordValue("syv"));
    CHECK(numberWordValue("tjuge") == 20);
    CHECK_FALSE(numberWordValue("en").has_value());
    CHECK_FALSE(numberWordValue("ett").has_value());
    CHECK_FALSE(numberWordValue("bil").has_value());
}
