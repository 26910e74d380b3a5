#include "core/session/WordReview.hpp"

#include "SessionTestSupport.hpp"

#include <catch2/catch.hpp>

using namespace kompis;
namespace session = kompis::core::session;
using core::review::Rating;

TEST_CASE("a word is rated only after its meaning shows, and the rating is saved before the next")
{
    test::FakeProgress progress;
    session::ManualClock clock;
    auto entry =
        test::courseEntry("sv", {test::lessonSlot("l", {test::wordsStep("w", {"lön", "chef"})})});
    const core::Course& course = *entry->course();
    session::WordReview review(
        {&progress, &clock, 1, {}},
        {{entry.get(), course.findWord("lön")}, {entry.get(), course.findWord("chef")}});
    REQUIRE(review.count() == 2);
    CHECK_FALSE(review.revealed());
    CHECK_FALSE(review.rate(Rating::Good).saved);
    CHECK(progress.reviews.empty());
    CHECK(review.index() == 0);

    review.reveal();
    CHECK(review.rate(Rating::Hard).saved);
    REQUIRE(progress.reviews.size() == 1);
    CHECK(progress.reviews[0] == std::pair<std::string, Rating>{"lön", Rating::Hard});
    CHECK(review.index() == 1);
    CHECK_FALSE(review.revealed());
    CHECK(review.practised() == 1);

    review.stop();
    CHECK(review.finished());
    CHECK(review.practised() == 1);
}

TEST_CASE("a word rating the store could not save still moves on, and says it was not saved")
{
    test::FakeProgress progress;
    progress.failWrites = true;
    session::ManualClock clock;
    auto entry = test::courseEntry("sv", {test::lessonSlot("l", {test::wordsStep("w", {"lön"})})});
    session::WordReview review({&progress, &clock, 1, {}},
                               {{entry.get(), entry->course()->findWord("lön")}});
    review.reveal();
    CHECK_FALSE(review.rate(Rating::Easy).saved);
    CHECK(review.finished());
}
