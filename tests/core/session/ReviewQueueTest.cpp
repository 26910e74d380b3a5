#include "core/session/ReviewQueue.hpp"

#include "SessionTestSupport.hpp"

#include <catch2/catch.hpp>

using namespace kompis;
namespace session = kompis::core::session;
using core::store::CardKind;

namespace
{

core::store::DueCard card(const std::string& course, CardKind kind, const std::string& ref,
                          int reps = 1)
{
    core::store::DueCard c;
    c.courseId = course;
    c.kind = kind;
    c.refId = ref;
    c.state.reps = reps;
    return c;
}

session::CourseShelf shelf()
{
    session::CourseShelf out;
    out.push_back(test::courseEntry(
        "sv", {test::lessonSlot("l1", {test::choiceStep("q1"), test::wordsStep("w", {"lön"})}),
               test::lessonSlot("l2", {test::choiceStep("q2"), test::choiceStep("q3")})}));
    out.push_back(
        test::courseEntry("nb", {test::lessonSlot("n1", {test::choiceStep("n1")})}, {"nb"}));
    return out;
}

} // namespace

TEST_CASE("item reviews come in the store's order of urgency, across courses")
{
    test::FakeProgress progress;
    auto courses = shelf();
    progress.due = {card("sv", CardKind::Item, "q3"), card("nb", CardKind::Item, "n1"),
                    card("sv", CardKind::Item, "q1")};
    const auto steps = session::dueItemSteps(progress, 1, 0, courses);
    REQUIRE(steps.size() == 3);
    CHECK(steps[0].step->id == "q3");
    CHECK(steps[0].lessonId == "l2");
    CHECK(steps[1].step->id == "n1");
    CHECK(steps[1].course == courses[1].get());
    CHECK(steps[2].step->id == "q1");
    CHECK(session::reviewTarget(steps) == "sv");
}

TEST_CASE("new cards, words, items gone from their course and unknown courses are no item reviews")
{
    test::FakeProgress progress;
    auto courses = shelf();
    progress.due = {card("sv", CardKind::Item, "q1", 0), card("sv", CardKind::Vocabulary, "lön"),
                    card("sv", CardKind::Item, "removed"), card("gone", CardKind::Item, "q2"),
                    card("sv", CardKind::Item, "q2")};
    const auto steps = session::dueItemSteps(progress, 1, 0, courses);
    REQUIRE(steps.size() == 1);
    CHECK(steps[0].step->id == "q2");
    const auto counts = session::countDueItems(progress.due);
    CHECK(counts.total == 3);
    CHECK(counts.perCourse.at("sv") == 2);
    CHECK(counts.perCourse.at("gone") == 1);
}

TEST_CASE("practising mistakes takes the named items of one course in lesson order")
{
    auto courses = shelf();
    const auto steps = session::itemSteps(*courses[0], {"q3", "q1", "n1"});
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].step->id == "q1");
    CHECK(steps[1].step->id == "q3");
    CHECK(steps[1].lessonId == "l2");
}

TEST_CASE("due words are found in their course's vocabulary, at most as many as asked")
{
    test::FakeProgress progress;
    auto courses = shelf();
    progress.due = {card("sv", CardKind::Vocabulary, "lön"), card("sv", CardKind::Item, "q1"),
                    card("sv", CardKind::Vocabulary, "unknown"),
                    card("sv", CardKind::Vocabulary, "lön")};
    const auto words = session::dueWords(progress, 1, 0, courses, 5);
    REQUIRE(words.size() == 2);
    CHECK(words[0].word->lemma == "lön");
    CHECK(words[0].course == courses[0].get());
    CHECK(session::dueWords(progress, 1, 0, courses, 1).size() == 1);
}
