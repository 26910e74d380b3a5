#include "core/session/CourseProgress.hpp"

#include "SessionTestSupport.hpp"
#include "core/session/LessonScore.hpp"

#include <catch2/catch.hpp>

using namespace kompis;
namespace session = kompis::core::session;
using core::store::LessonStatus;

namespace
{

core::store::LessonProgress row(const std::string& lesson, LessonStatus status,
                                std::int64_t updatedAt = 0, std::optional<double> best = {})
{
    core::store::LessonProgress p;
    p.courseId = "c";
    p.lessonId = lesson;
    p.status = status;
    p.updatedAt = updatedAt;
    // A finished lesson always has a score in the store; "done" rows pass unless told otherwise.
    p.bestScore = status == LessonStatus::Done && !best ? std::optional<double>(1.0) : best;
    return p;
}

/// l1; l2 needs l1; l3 needs l1 and l2; `broken` never loaded.
std::unique_ptr<session::CourseEntry> chain()
{
    auto broken = test::lessonSlot("broken", {});
    broken.lesson.reset();
    return test::courseEntry("c", {test::lessonSlot("l1", {test::choiceStep("a")}),
                                   test::lessonSlot("l2", {test::choiceStep("b")}, {"l1"}), broken,
                                   test::lessonSlot("l3", {test::choiceStep("c")}, {"l2", "l1"})});
}

} // namespace

TEST_CASE("a lesson opens only when every lesson it requires is done, naming those missing")
{
    const auto entry = chain();
    const auto& lessons = entry->course()->lessons;
    const session::CourseProgress fresh(*entry->course(), {});
    CHECK(fresh.unlocked(lessons[0]));
    CHECK_FALSE(fresh.unlocked(lessons[1]));
    CHECK(fresh.missingPrerequisites(lessons[3]) == std::vector<std::string>{"l2", "l1"});

    const session::CourseProgress some(
        *entry->course(), {row("l1", LessonStatus::Done), row("l2", LessonStatus::InProgress)});
    CHECK(some.unlocked(lessons[1]));
    CHECK(some.missingPrerequisites(lessons[3]) == std::vector<std::string>{"l2"});
    CHECK_FALSE(some.unlocked(lessons[2])); // a lesson that could not be read never opens
}

TEST_CASE("the next lesson is the first open one not yet done, and none when all are done")
{
    const auto entry = chain();
    const auto& course = *entry->course();
    CHECK(session::CourseProgress(course, {}).nextLesson()->id == "l1");
    CHECK(session::CourseProgress(course, {row("l1", LessonStatus::Done)}).nextLesson()->id ==
          "l2");
    const session::CourseProgress midway(
        course, {row("l1", LessonStatus::Done), row("l2", LessonStatus::InProgress)});
    CHECK(midway.nextLesson()->id == "l2");
    CHECK(midway.resumes(course.lessons[1]));
    CHECK_FALSE(midway.resumes(course.lessons[0]));
    const session::CourseProgress all(course,
                                      {row("l1", LessonStatus::Done), row("l2", LessonStatus::Done),
                                       row("l3", LessonStatus::Done)});
    CHECK(all.nextLesson() == nullptr);
    CHECK(all.doneCount() == 3);
}

TEST_CASE("course progress reads the store once and reports best scores and the latest pass")
{
    test::FakeProgress progress;
    const auto entry = chain();
    progress.lessons[{1, "c", "l1"}] = row("l1", LessonStatus::Done, 100, 0.8);
    progress.lessons[{1, "c", "l2"}] = row("l2", LessonStatus::InProgress, 300);
    progress.lessons[{2, "c", "l3"}] = row("l3", LessonStatus::InProgress, 900);
    const auto mine = session::CourseProgress::load(progress, 1, *entry->course());
    CHECK(mine.bestScore("l1") == Approx(0.8));
    CHECK_FALSE(mine.bestScore("l2"));
    CHECK(mine.status("l3") == LessonStatus::New);
    CHECK(mine.lastInProgressAt() == 300);
    CHECK(mine.doneCount() == 1);
    CHECK_FALSE(session::CourseProgress(*entry->course(), {}).lastInProgressAt());
}

TEST_CASE("a lesson finished below the course's pass mark is tried: not done, offered again, and "
          "the lessons that require it stay locked")
{
    auto entry = chain();
    auto strict = *entry->course();
    strict.passMark = 0.8;
    const auto& lessons = strict.lessons;
    const session::CourseProgress below(strict, {row("l1", LessonStatus::Done, 100, 0.7)});
    CHECK(below.tried("l1"));
    CHECK_FALSE(below.done("l1"));
    CHECK_FALSE(below.unlocked(lessons[1]));
    CHECK(below.nextLesson()->id == "l1");
    CHECK(below.doneCount() == 0);
    CHECK(below.passMark() == Approx(0.8));
    const session::CourseProgress at(strict, {row("l1", LessonStatus::Done, 100, 0.8)});
    CHECK(at.done("l1"));
    CHECK_FALSE(at.tried("l1"));
    CHECK(at.unlocked(lessons[1]));
    CHECK(at.nextLesson()->id == "l2");
    // The default pass mark is 0.6.
    CHECK(session::CourseProgress(*entry->course(), {row("l1", LessonStatus::Done, 100, 0.59)})
              .tried("l1"));
    CHECK(session::CourseProgress(*entry->course(), {row("l1", LessonStatus::Done, 100, 0.6)})
              .done("l1"));
}

TEST_CASE("a lesson's score is the latest points of its items over all their points")
{
    CHECK(session::lessonScore({{"a", 1}, {"b", 0.5}}, {{"a", 1}, {"b", 1}}) == Approx(0.75));
    // An item not answered counts 0; an answer to an item not in the lesson counts nothing.
    CHECK(session::lessonScore({{"a", 2}, {"x", 5}}, {{"a", 2}, {"b", 2}}) == Approx(0.5));
    // Items weigh by their points.
    CHECK(session::lessonScore({{"a", 3}}, {{"a", 3}, {"b", 1}}) == Approx(0.75));
    // A lesson without items is fully done.
    CHECK(session::lessonScore({}, {}) == Approx(1));
}

TEST_CASE("a score shows as a whole percentage, rounded half up and kept within 0 to 100")
{
    CHECK(session::scorePercent(2.0 / 3) == 67);
    CHECK(session::scorePercent(0.125) == 13);
    CHECK(session::scorePercent(1.2) == 100);
    CHECK(session::scorePercent(-0.1) == 0);
}
