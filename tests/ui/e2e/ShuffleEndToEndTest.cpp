// Issue 14 point 1 through the real player: a learner who always presses 1 on a course whose
// right answers are all written first scores what chance gives, because options are shuffled.
#include "core/loader/CourseLoader.hpp"
#include "core/package/PackageFiles.hpp"
#include "core/session/ChoiceShuffle.hpp"
#include "ui/e2e/E2eSandbox.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace kompis;
using namespace kompis::test::e2e;

TEST_CASE("a learner who always picks the first option shown scores near chance on a course whose "
          "right answers are all written first")
{
    Sandbox box("shuffle");
    std::string script = R"(expect-screen profiles
click new-learner
type Ayaan
click ui-en
click create
expect-screen library
click course-right-first
expect-screen course-map
click start
expect-screen lesson/q01
)";
    // The habit the issue found: 1, Enter (check), Enter (next) on every item.
    for (int item = 0; item < 12; ++item)
        script += "key 1\nkey Enter\nkey Enter\n";
    script += "expect-screen results\nquit\n";
    const std::string extra = std::string("--course '") + KOMPIS_UI_DATA + "/right-first-course'";
    REQUIRE(box.run("shuffle", script, extra) == 0);
    INFO(box.errors("shuffle"));

    const auto rows = attemptsIn(box.store());
    REQUIRE(rows.size() == 12);
    double points = 0, maxPoints = 0;
    for (const auto& row : rows)
    {
        points += row.attempt.points;
        maxPoints += row.attempt.maxPoints;
    }
    // Four options each: chance is 25 %. Twelve items reach 70 % by luck about once in 2500 runs
    // (the learner's UUID, and so the order, is new on every run).
    REQUIRE(maxPoints == Approx(12));
    CHECK(points / maxPoints < 0.7);

    // Key 1 took the option shown first, which is the learner's own order: the saved answer is
    // the author's option number of what was on screen first, not "1".
    core::store::StoreOptions options;
    options.path = box.store();
    core::store::ProgressStore store(options);
    const auto learner = store.learners().at(0);
    const core::DirectoryPackage package(std::string(KOMPIS_UI_DATA) + "/right-first-course");
    const auto load = core::loadCourse(package);
    REQUIRE(load.usable());
    const auto& lesson = *load.course->lessons.at(0).lesson;
    int firstShownIsRight = 0;
    for (const auto& row : rows)
    {
        const auto step = std::find_if(lesson.steps.begin(), lesson.steps.end(),
                                       [&](const auto& s) { return s.id == row.attempt.itemId; });
        REQUIRE(step != lesson.steps.end());
        const auto order = core::session::shownOptionOrder(
            *step->item(), core::session::shuffleSeed(
                               core::session::learnerKey(learner.uuid, learner.id), step->id));
        REQUIRE_FALSE(order.empty());
        CHECK(row.attempt.response == std::to_string(order.front() + 1));
        firstShownIsRight += order.front() == 0 ? 1 : 0;
    }
    CHECK(points == Approx(firstShownIsRight));
}
