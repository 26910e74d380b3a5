#include "core/grading/Grader.hpp"
#include "core/review/RatingPolicy.hpp"

#include <catch2/catch.hpp>

using namespace kompis::core;

TEST_CASE("a learner's own rating of a spoken try becomes again, hard or good, never easy")
{
    CHECK(review::ratingForSelf(SelfRating::Again) == review::Rating::Again);
    CHECK(review::ratingForSelf(SelfRating::Almost) == review::Rating::Hard);
    CHECK(review::ratingForSelf(SelfRating::Good) == review::Rating::Good);
}

TEST_CASE("a spoken item is graded by the learner's own rating and says so")
{
    Item item;
    item.points = 0;
    SpeakAloud speak;
    speak.model.transcript = "Hej, jag heter Ali.";
    item.body = speak;
    Response response;
    response.selfRating = SelfRating::Almost;
    const auto result = grade(item, response);
    CHECK(result.outcome == Outcome::Almost);
    CHECK(result.points == 0);
    CHECK(result.message.variants.front().second == "Your own rating: almost.");
    CHECK(review::ratingFor(result.outcome, false) == review::Rating::Hard);
}

TEST_CASE("a spoken item's rating is stored as a word and read back")
{
    Item item;
    item.body = SpeakAloud{};
    for (const auto rating : {SelfRating::Again, SelfRating::Almost, SelfRating::Good})
    {
        Response response;
        response.selfRating = rating;
        std::string error;
        const auto back = parseResponse(item, responseText(item, response), error);
        REQUIRE(back);
        CHECK(back->selfRating == rating);
    }
    std::string error;
    CHECK_FALSE(parseResponse(item, "great", error));
    CHECK_FALSE(error.empty());
}

TEST_CASE("a finished writing task comes back in reviews as a good answer would")
{
    CHECK(review::ratingFor(Outcome::Done, false) == review::Rating::Good);
    CHECK(review::ratingFor(Outcome::Done, true) == review::Rating::Good);
    CHECK(outcomeName(Outcome::Done) == "done");
    CHECK(parseOutcome("done") == Outcome::Done);
}
