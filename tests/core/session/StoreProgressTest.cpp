#include "SessionTestSupport.hpp"
#include "core/session/CourseProgress.hpp"
#include "core/session/LessonSession.hpp"
#include "core/session/ReviewQueue.hpp"
#include "core/store/StoreTestSupport.hpp"

#include <catch2/catch.hpp>

using namespace kompis;
namespace session = kompis::core::session;

TEST_CASE("through the real store a lesson resumes after a restart on the answered item, and a "
          "score below the pass mark leaves the next lesson locked")
{
    test::TempDir dir;
    session::ManualClock clock;
    auto entry = test::courseEntry(
        "svenska", {test::lessonSlot("l1", {test::choiceStep("q1"), test::choiceStep("q2"),
                                            test::wordsStep("w", {"lön"})}),
                    test::lessonSlot("l2", {test::choiceStep("q3")}, {"l1"})});
    const auto& course = *entry->course();
    std::int64_t learner = 0;
    {
        core::store::ProgressStore store(test::testOptions(dir / "p.sqlite"));
        learner = store.createLearner({"Amal", "#3a7bd5", "sv", {}}, clock.unixSeconds()).id;
        session::StoreProgress progress(store);
        REQUIRE(progress.syncCourse(session::courseOutline(course)).saved);
        auto s = session::LessonSession::startLesson({&progress, &clock, learner, {}}, *entry,
                                                     course.lessons[0], "sv");
        REQUIRE(s);
        s->draft().choices = {0};
        REQUIRE(s->check());
        CHECK(s->saved());
    } // the player closes on the feedback of q1
    clock.advance(std::chrono::minutes(10));
    core::store::ProgressStore store(test::testOptions(dir / "p.sqlite"));
    session::StoreProgress progress(store);
    const session::SessionContext context{&progress, &clock, learner, {}};
    auto s = session::LessonSession::startLesson(context, *entry, course.lessons[0], "sv");
    REQUIRE(s);
    REQUIRE(s->current().step->id == "q1");
    CHECK(s->phase() == session::LessonSession::Phase::Feedback);
    CHECK(s->result()->outcome == core::Outcome::Right);
    CHECK(s->draft().choices == std::vector<int>{0});
    s->next();
    REQUIRE(s->current().step->id == "q2");
    s->draft().choices = {1};
    REQUIRE(s->check());
    s->next();
    s->next();
    REQUIRE(s->finished());
    CHECK(s->score() == Approx(0.5));

    const auto map = session::CourseProgress::load(progress, learner, course);
    CHECK(map.tried("l1"));
    CHECK_FALSE(map.done("l1"));
    CHECK(map.bestScore("l1") == Approx(s->score()));
    CHECK_FALSE(map.unlocked(course.lessons[1]));
    CHECK(map.nextLesson()->id == "l1");
    // The word met in the lesson is due as a new card.
    auto shelf = session::CourseShelf{};
    shelf.push_back(std::move(entry));
    const auto words = session::dueWords(progress, learner, clock.unixSeconds(), shelf);
    REQUIRE(words.size() == 1);
    CHECK(words[0].word->id == "lön");
}
