// A true resume and a pass mark that means something (issue 14, points 2 and 3), judged as a
// learner sees them: through the real player, its screens and its store.
#include "core/store/ProgressStore.hpp"
#include "ui/e2e/E2eSandbox.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace kompis::core;
using kompis::test::e2e::attemptsIn;
using kompis::test::e2e::kToFirstItem;
using kompis::test::e2e::replaceInFile;
using kompis::test::e2e::Sandbox;

namespace
{

/// The example lesson's first three items answered, and the fourth (two gaps) filled with
/// `gap1` and `gap2` and checked.
std::string toFourthItemChecked(const std::string& gap1, const std::string& gap2)
{
    return std::string(kToFirstItem) + R"(click option-1
click check
click next
click option-3
click check
click next
click answer-false
click check
click next
expect-screen lesson/hello-q4
type )" + gap1 +
           R"(
click gap-2
type )" + gap2 +
           R"(
click check
)";
}

constexpr const char* kBackToTheLesson = R"(expect-screen profiles
click profile-1
click course-example
expect-text In progress
click start
)";

} // namespace

TEST_CASE("a player closed on an answered item shows that answer and its feedback when the learner "
          "comes back, and the first answer keeps counting")
{
    Sandbox box("true-resume");
    REQUIRE(box.run("first", toFourthItemChecked("en", "jobar") + R"(expect-text Almost right
quit
)") == 0);
    INFO(box.errors("first"));
    REQUIRE(attemptsIn(box.store()).size() == 4);

    // Back again: the almost-right answer is there with its feedback; the one retry is offered.
    REQUIRE(box.run("second", std::string(kBackToTheLesson) + R"(expect-screen lesson/hello-q4
expect-text Almost right
screenshot resumed-almost.png
click retry
click gap-2
key Backspace
key Backspace
type bar
click check
expect-text Right!
quit
)") == 0);
    INFO(box.errors("second"));
    auto rows = attemptsIn(box.store());
    REQUIRE(rows.size() == 5);
    CHECK(rows[3].attempt.response == "en | jobar");
    CHECK(rows[4].attempt.response == "en | jobbar");

    // A third time: the retry is the answer that counts, shown as right; it cannot be answered
    // again, so the learner goes on without a new attempt.
    REQUIRE(box.run("third", std::string(kBackToTheLesson) + R"(expect-screen lesson/hello-q4
expect-text Right!
key Enter
expect-screen lesson/hello-q5
quit
)") == 0);
    INFO(box.errors("third"));
    CHECK(attemptsIn(box.store()).size() == 5);
}

TEST_CASE("a lesson finished below its course's pass mark is only tried: results offer to repeat "
          "it, the map says so and the lesson that requires it stays locked")
{
    Sandbox box("pass-mark");
    // A copy of the example course that asks for 95 % of the points.
    const fs::path strict = box.dir / "strict";
    fs::copy(fs::path(KOMPIS_COURSES_DIR) / "example", strict, fs::copy_options::recursive);
    REQUIRE(
        replaceInFile(strict / "course.xml", "id=\"example\"", "id=\"strict\" pass-mark=\"0.95\""));

    std::string script = R"(expect-screen profiles
click new-learner
type Kim Ådahl
click ui-en
click create
expect-screen library
click course-strict
expect-screen course-map
click start
expect-screen lesson/hello-intro
click next
click next
click next
click next
click next
click next
expect-screen lesson/hello-q1
click option-1
click check
click next
click option-3
click check
click next
click answer-false
click check
click next
type xyz
click gap-2
type xyz
click check
expect-text Not quite
click next
click token-1
click token-2
click token-3
click token-4
click check
click next
click left-1
click right-1
click right-2
click right-3
click check
click next
type Jag heter Omar
click check
click next
click option-2
click check
click next
expect-screen results
expect-text Not passed yet
expect-text You need 95 % to pass this lesson. Try it again!
screenshot tried-results.png
click repeat-lesson
expect-screen lesson/hello-intro
click close-lesson
expect-screen course-map
expect-text Tried · best score
expect-text 95 % to pass
expect-text Locked: finish Saying hello first
expect-text Repeat the lesson
screenshot tried-map.png
quit
)";
    REQUIRE(box.run("strict", script, "--course '" + strict.string() + "'") == 0);
    INFO(box.errors("strict"));

    store::StoreOptions options;
    options.path = box.store();
    store::ProgressStore store(options);
    const auto learner = store.learners().at(0);
    const auto hello = store.lessonProgress(learner.id, "strict", "hello");
    REQUIRE(hello.bestScore);
    CHECK(*hello.bestScore < 0.95);
    CHECK(store.lessonProgress(learner.id, "strict", "time").status == store::LessonStatus::New);
}
