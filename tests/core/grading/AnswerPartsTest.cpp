// Issue 14 point 6, the data side: a result says which options were ticked wrongly and which
// missed, and which placed words are misplaced or do not belong, so feedback can name them.
#include "ItemBuilders.hpp"
#include "core/grading/Grader.hpp"

#include <catch2/catch.hpp>

using namespace kompis;
using core::TokenPlace;

namespace
{

core::Item morningWords()
{
    core::MultipleChoice multiple{test::options({{"Hej!", true},
                                                 {"God morgon!", true},
                                                 {"Hej då!", false},
                                                 {"Hallå!", true},
                                                 {"God natt!", false}}),
                                  core::Scoring::Partial};
    return test::withFeedback(std::move(multiple));
}

} // namespace

TEST_CASE("multiple choice names the options ticked wrongly and the right ones missed")
{
    const auto result = core::grade(morningWords(), test::picks({0, 2, 4}));
    CHECK(result.tickedWrongly == std::vector<int>{2, 4});
    CHECK(result.missed == std::vector<int>{1, 3});
}

TEST_CASE("a multiple-choice answer with every right option ticked misses nothing")
{
    const auto result = core::grade(morningWords(), test::picks({3, 1, 0}));
    CHECK(result.tickedWrongly.empty());
    CHECK(result.missed.empty());
}

TEST_CASE("word order marks each placed word right, misplaced or not in the sentence")
{
    // I morgon börjar jag klockan sju; "börja" is a distractor.
    const auto item =
        test::wordOrder({"I morgon", "börjar", "jag", "klockan sju", "börja"}, {{0, 1, 2, 3}}, {4});
    const auto result = core::grade(item, test::order({0, 2, 1, 4}));
    CHECK(result.tokenPlaces == std::vector<TokenPlace>{TokenPlace::Right, TokenPlace::Misplaced,
                                                        TokenPlace::Misplaced,
                                                        TokenPlace::NotInSentence});
    CHECK(result.tokensLeftOut == std::vector<int>{3});
}

TEST_CASE("a right word order has every word in its place and none left out")
{
    const auto item = test::wordOrder({"jag", "jobbar", "i dag"}, {{0, 1, 2}, {2, 1, 0}});
    const auto result = core::grade(item, test::order({2, 1, 0}));
    CHECK(result.tokenPlaces == std::vector<TokenPlace>(3, TokenPlace::Right));
    CHECK(result.tokensLeftOut.empty());
}

TEST_CASE("two tokens with the same text stand in for each other when places are marked")
{
    // "en kopp och en kaka": both "en" are interchangeable.
    const auto item = test::wordOrder({"en", "kopp", "och", "en", "kaka"}, {{0, 1, 2, 3, 4}});
    const auto result = core::grade(item, test::order({3, 1, 2, 0, 4}));
    CHECK(result.outcome == core::Outcome::Right);
    const auto swapped = core::grade(item, test::order({1, 0, 2, 3, 4}));
    CHECK(swapped.tokenPlaces == std::vector<TokenPlace>{TokenPlace::Misplaced,
                                                         TokenPlace::Misplaced, TokenPlace::Right,
                                                         TokenPlace::Right, TokenPlace::Right});
}
