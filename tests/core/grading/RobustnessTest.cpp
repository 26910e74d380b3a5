// Whatever a learner, a teacher or a damaged store hands the grader, it answers and never crashes.
#include "ItemBuilders.hpp"
#include "core/grading/Grader.hpp"
#include "core/text/Unicode.hpp"

#include <catch2/catch.hpp>
#include <random>

using namespace kompis;
using core::DifferenceKind;
using core::Outcome;

namespace
{

std::vector<core::Item> everyKind()
{
    std::vector<core::Item> items;
    items.push_back(
        test::withFeedback(core::SingleChoice{test::options({{"en", true}, {"ett", false}})}));
    items.push_back(test::withFeedback(
        core::MultipleChoice{test::options({{"Hej", true}, {"Hej d\xC3\xA5", false}})}));
    items.push_back(test::withFeedback(core::TrueFalse{}));
    items.push_back(test::gaps({test::key({"en"}), test::key({"jobbar", "arbetar"})}));
    items.push_back(test::wordOrder({"Jeg", "heter", "Kari"}, {{0, 1, 2}}, {}));
    items.push_back(test::matchPairs({{"en kollega", "a colleague"}, {"en chef", "a boss"}}));
    items.push_back(test::typed({"Vi ses p\xC3\xA5 m\xC3\xA5ndag"}));
    items.push_back(test::withFeedback(core::ListenChoose{{}, test::options({{"sju", true}})}));
    // Items a broken course could hold: nothing to choose, no gaps, no accepted answer.
    items.push_back(test::withFeedback(core::SingleChoice{}));
    items.push_back(test::withFeedback(core::MultipleChoice{}));
    items.push_back(test::withFeedback(core::GapFill{}));
    items.push_back(test::withFeedback(core::WordOrder{}));
    items.push_back(test::withFeedback(core::MatchPairs{}));
    items.push_back(test::withFeedback(core::Dictation{}));
    return items;
}

std::string randomBytes(std::mt19937& random, std::size_t most)
{
    std::uniform_int_distribution<int> length(0, static_cast<int>(most));
    std::uniform_int_distribution<int> byte(0, 255);
    std::string text(static_cast<std::size_t>(length(random)), '\0');
    for (auto& c : text)
        c = static_cast<char>(byte(random));
    return text;
}

std::vector<int> randomIndices(std::mt19937& random)
{
    std::uniform_int_distribution<int> count(0, 6);
    std::uniform_int_distribution<int> value(-3, 8);
    std::vector<int> indices(static_cast<std::size_t>(count(random)));
    for (auto& index : indices)
        index = value(random);
    return indices;
}

} // namespace

TEST_CASE("random bytes and out-of-range indices are graded without a crash, and the words shown "
          "are valid UTF-8",
          "[grading]")
{
    std::mt19937 random(20261123);
    const auto items = everyKind();
    for (int round = 0; round < 300; ++round)
        for (const auto& item : items)
        {
            core::Response response;
            response.choices = randomIndices(random);
            response.order = randomIndices(random);
            response.matches = randomIndices(random);
            response.truth = round % 3 == 0 ? std::nullopt : std::optional<bool>(round % 2 == 0);
            for (int i = round % 4; i > 0; --i)
                response.texts.push_back(randomBytes(random, 24));
            const auto result = core::grade(item, response);
            REQUIRE(result.points >= 0);
            REQUIRE(result.points <= result.maxPoints);
            REQUIRE(core::text::validUtf8(core::responseText(item, response)));
            for (const auto& [lang, words] : result.message.variants)
                REQUIRE(core::text::validUtf8(words));
            for (const auto& difference : result.differences)
                REQUIRE(core::text::validUtf8(difference.given));

            std::string error;
            const auto typed = randomBytes(random, 16);
            if (const auto parsed = core::parseResponse(item, typed, error))
                REQUIRE(core::grade(item, *parsed).points <= item.points);
            else
                REQUIRE_FALSE(error.empty());
        }
}

TEST_CASE("an answer in invalid UTF-8 is wrong and shown with replacement characters", "[grading]")
{
    const auto result = core::grade(test::typed({"m\xC3\xA5ndag"}), test::texts({"m\xC3ndag\xFF"}));
    CHECK(result.outcome != Outcome::Right);
    REQUIRE_FALSE(result.differences.empty());
    for (const auto& difference : result.differences)
        CHECK(core::text::validUtf8(difference.given));
}

TEST_CASE("a pasted essay against a long transcript is wrong without exhausting memory",
          "[grading]")
{
    std::string transcript, essay;
    for (int i = 0; i < 400; ++i)
    {
        transcript += "Vi b\xC3\xB6rjar klockan sju. ";
        essay += "Jeg liker \xC3\xA5 jobbe her. ";
    }
    const auto result = core::grade(test::typed({transcript}), test::texts({essay}));
    CHECK(result.outcome == Outcome::Wrong);
    REQUIRE(result.differences.size() == 1);
    CHECK(result.differences.front().kind == DifferenceKind::WrongPart);
}

TEST_CASE("an alternative within its allowance beats an equally close one outside it", "[grading]")
{
    // "bile" is one slip from both; "bil" (3 letters) allows none, "bilen" (5) allows one.
    const auto result = core::grade(test::typed({"bil", "bilen"}), test::texts({"bile"}));
    CHECK(result.outcome == Outcome::Almost);
    REQUIRE_FALSE(result.differences.empty());
    CHECK(result.differences.front().kind == DifferenceKind::Typo);
    CHECK(result.expected == "bilen");
}
