// The engine's own words for a result in English, Swedish and bokmål, and the stable text form
// of responses.
#include "core/grading/Messages.hpp"

#include "ItemBuilders.hpp"
#include "core/grading/Grader.hpp"

#include <catch2/catch.hpp>

using namespace kompis;
using core::DifferenceKind;
using core::Outcome;

namespace
{

const std::string aRing = "\xC3\xA5"; // å

std::string words(const core::GradeResult& result, const char* lang)
{
    const auto* text = result.message.find(lang);
    return text ? *text : std::string("(no ") + lang + " message)";
}

} // namespace

TEST_CASE("a missing å is told in English, Swedish and Norwegian, naming the letter", "[grading]")
{
    const auto result =
        core::grade(test::typed({"p" + aRing + " jobbet"}), test::texts({"pa jobbet"}));
    REQUIRE(result.outcome == Outcome::Almost);
    CHECK(words(result, "en") == "Almost: you wrote a where the answer has " + aRing + ".");
    CHECK(words(result, "sv") == "N\xC3\xA4stan: du skrev a d\xC3\xA4r svaret har " + aRing + ".");
    CHECK(words(result, "nb") == "Nesten: du skrev a der svaret har " + aRing + ".");
}

TEST_CASE("a right answer in nynorsk says it was nynorsk", "[grading]")
{
    const auto result =
        core::grade(test::typed({"nb:Jeg snakker ikke norsk", "nn:Eg snakkar ikkje norsk"}),
                    test::texts({"eg snakkar ikkje norsk"}));
    REQUIRE(result.outcome == Outcome::Right);
    CHECK(words(result, "en") == "Right, in nynorsk.");
    CHECK(words(result, "sv") == "R\xC3\xA4tt, p\xC3\xA5 nynorska.");
    CHECK(words(result, "nb") == "Riktig, p\xC3\xA5 nynorsk.");
}

TEST_CASE("a wrong gap is named by its number with the answer quoted", "[grading]")
{
    const auto result = core::grade(test::gaps({test::key({"en"}), test::key({"jobbar"})}),
                                    test::texts({"en", "sover"}));
    REQUIRE(result.outcome == Outcome::Wrong);
    REQUIRE_FALSE(result.differences.empty());
    CHECK(result.differences.front().kind == DifferenceKind::WrongPart);
    CHECK(words(result, "en") ==
          "Not right: gap 2: \xE2\x80\x9Csover\xE2\x80\x9D is not right; the answer is "
          "\xE2\x80\x9Cjobbar\xE2\x80\x9D.");
    CHECK(words(result, "nb") == "Ikke riktig: luke 2: \xC2\xABsover\xC2\xBB er ikke riktig; "
                                 "svaret er \xC2\xABjobbar\xC2\xBB.");
}

TEST_CASE("a letter too many in a long word is worded as extra", "[grading]")
{
    const auto result =
        core::grade(test::typed({"arbetsplatsen"}), test::texts({"arbetssplatsen"}));
    REQUIRE(result.outcome == Outcome::Almost);
    REQUIRE(result.differences.size() == 1);
    CHECK(result.differences.front().kind == DifferenceKind::Typo);
    CHECK(words(result, "en") == "Almost: \xE2\x80\x9Cs\xE2\x80\x9D is too much.");
    CHECK(words(result, "sv") ==
          "N\xC3\xA4stan: \xE2\x80\x9Ds\xE2\x80\x9D \xC3\xA4r f\xC3\xB6r mycket.");
}

TEST_CASE("a word in the wrong place is named by its position", "[grading]")
{
    const auto item = test::wordOrder({"I morgon", "b\xC3\xB6rjar", "jag"}, {{0, 1, 2}});
    core::Response response;
    response.order = {0, 2, 1};
    const auto result = core::grade(item, response);
    REQUIRE(result.outcome == Outcome::Wrong);
    CHECK(words(result, "en") == "Not right: word 2 should be \xE2\x80\x9C"
                                 "b\xC3\xB6rjar\xE2\x80\x9D, not \xE2\x80\x9Cjag\xE2\x80\x9D.");
    CHECK(words(result, "sv") == "Inte r\xC3\xA4tt: ord 2 ska vara \xE2\x80\x9D"
                                 "b\xC3\xB6rjar\xE2\x80\x9D, inte \xE2\x80\x9Djag\xE2\x80\x9D.");
}

TEST_CASE("many differences are cut after four with an ellipsis", "[grading]")
{
    core::Difference slip{DifferenceKind::Typo, -1, "a", "e", 0};
    core::GradeResult result;
    result.outcome = Outcome::Wrong;
    result.differences.assign(6, slip);
    const auto message = core::grading::resultMessage(result);
    const auto& en = *message.find("en");
    CHECK(en.ends_with("; \xE2\x80\xA6."));
    std::size_t count = 0;
    for (auto at = en.find("you wrote"); at != std::string::npos; at = en.find("you wrote", at + 1))
        ++count;
    CHECK(count == 4);
}

TEST_CASE("every difference kind has words in all three languages", "[grading]")
{
    for (auto kind :
         {DifferenceKind::NordicLetter, DifferenceKind::Typo, DifferenceKind::Case,
          DifferenceKind::OtherStandard, DifferenceKind::AnticipatedMistake,
          DifferenceKind::WrongOrder, DifferenceKind::WrongPart, DifferenceKind::MissingPart})
    {
        const auto message = core::grading::differenceMessage({kind, 1, "x", "y", 0}, "gapfill");
        for (const char* lang : {"en", "sv", "nb"})
        {
            INFO(static_cast<int>(kind) << " " << lang);
            REQUIRE(message.find(lang));
            CHECK(message.find(lang)->size() > std::string("gap 2: ").size());
        }
    }
}

TEST_CASE("choices are stored as 1-based numbers even when an option text is a number", "[grading]")
{
    const auto item = test::withFeedback(core::MultipleChoice{
        test::options({{"7", false}, {"sju", true}, {"1, 2", true}}), core::Scoring::Partial});
    core::Response response;
    response.choices = {1, 2, 9};
    const auto text = core::responseText(item, response);
    CHECK(text == "2,3");
    std::string error;
    const auto back = core::parseResponse(item, text, error);
    REQUIRE(back);
    CHECK(back->choices == std::vector<int>{1, 2});
    CHECK(core::grade(item, *back).outcome == Outcome::Right);
}

TEST_CASE("true/false, gaps and pairs have the documented text form", "[grading]")
{
    core::Response truth;
    truth.truth = false;
    CHECK(core::responseText(test::withFeedback(core::TrueFalse{}), truth) == "false");
    CHECK(core::responseText(test::withFeedback(core::TrueFalse{}), {}).empty());

    const auto gapItem = test::gaps({test::key({"en"}), test::key({"jobbar"})});
    CHECK(core::responseText(gapItem, test::texts({"ett", "jobbar"})) == "ett | jobbar");

    core::Response pairs;
    pairs.matches = {1, -1, 0};
    const auto matchItem = test::matchPairs(
        {{"en kollega", "a colleague"}, {"en chef", "a boss"}, {"ett m\xC3\xB6te", "a meeting"}});
    CHECK(core::responseText(matchItem, pairs) == "1-2,3-1");
}

TEST_CASE("an empty response reads back as unanswered for every item kind", "[grading]")
{
    const std::vector<core::Item> items{
        test::withFeedback(core::SingleChoice{test::options({{"en", true}, {"ett", false}})}),
        test::withFeedback(core::MultipleChoice{test::options({{"Hej", true}})}),
        test::withFeedback(core::TrueFalse{}),
        test::gaps({test::key({"en"})}),
        test::wordOrder({"Jeg", "heter", "Kari"}, {{0, 1, 2}}),
        test::matchPairs({{"en kollega", "a colleague"}}),
        test::typed({"god morgon"})};
    for (const auto& item : items)
    {
        INFO(core::itemKindName(item.body));
        CHECK(core::responseText(item, {}).empty());
        std::string error;
        const auto back = core::parseResponse(item, "  ", error);
        REQUIRE(back);
        const auto result = core::grade(item, *back);
        CHECK(result.outcome == Outcome::Wrong);
        REQUIRE_FALSE(result.differences.empty());
        CHECK(result.differences.front().kind == DifferenceKind::MissingPart);
    }
}

TEST_CASE("gaps typed with a bare bar are read like gaps with spaced bars", "[grading]")
{
    const auto item = test::gaps({test::key({"en"}), test::key({"jobbar"})});
    std::string error;
    const auto response = core::parseResponse(item, "en|jobbar ", error);
    REQUIRE(response);
    CHECK(response->texts == std::vector<std::string>{"en", "jobbar"});
    CHECK(core::grade(item, *response).outcome == Outcome::Right);
    CHECK_FALSE(core::parseResponse(item, "en | jobbar | sover", error));
    CHECK_FALSE(error.empty());
}
