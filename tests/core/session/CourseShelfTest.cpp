#include "core/session/CourseShelf.hpp"

#include "SessionTestSupport.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

namespace fs = std::filesystem;
using namespace kompis;
namespace session = kompis::core::session;

TEST_CASE("the bundled course folder yields the example course, read without its lessons")
{
    const auto locations = session::courseLocations({KOMPIS_COURSES_DIR}, {});
    auto found = std::find_if(locations.begin(), locations.end(),
                              [](const fs::path& p) { return p.filename() == "example"; });
    REQUIRE(found != locations.end());
    auto courses = session::openCourses({*found});
    REQUIRE(courses.size() == 1);
    CHECK_FALSE(courses[0]->broken());
    const core::Course* course = courses[0]->course();
    REQUIRE(course);
    CHECK(course->id == "example");
    CHECK(course->lessons.front().lesson == nullptr); // lazily: only course.xml so far
    courses[0]->loadFully();
    CHECK(courses[0]->course()->lessons.front().lesson != nullptr);
}

TEST_CASE("a course path named twice, or inside a named folder, is listed once")
{
    const fs::path example = fs::path(KOMPIS_COURSES_DIR) / "example";
    const auto locations = session::courseLocations({KOMPIS_COURSES_DIR}, {example, example});
    CHECK(std::count_if(locations.begin(), locations.end(),
                        [](const fs::path& p) { return p.filename() == "example"; }) == 1);
}

TEST_CASE("a broken course is marked broken with its first diagnostic and its rule id")
{
    auto courses =
        session::openCourses({fs::path(KOMPIS_SOURCE_DIR) / "tests/ui/data/broken-course"});
    REQUIRE(courses.size() == 1);
    CHECK(courses[0]->broken());
    const auto problems = courses[0]->firstProblems(3);
    REQUIRE_FALSE(problems.empty());
    CHECK(problems.front().find("error:") != std::string::npos);
    CHECK(problems.front().find("[xml.malformed]") != std::string::npos);
}

TEST_CASE("a path that is no course at all cannot be opened, and says so")
{
    auto courses =
        session::openCourses({fs::path(KOMPIS_SOURCE_DIR) / "tests/ui/data/no-such-course"});
    REQUIRE(courses.size() == 1);
    CHECK(courses[0]->broken());
    CHECK_FALSE(courses[0]->firstProblems(1).empty());
}

TEST_CASE("a course outline lists each lesson's items and the words of its vocabulary steps")
{
    const auto entry =
        test::courseEntry("c", {test::lessonSlot("l1", {test::textStep("t"), test::choiceStep("q1"),
                                                        test::wordsStep("w", {"arbete", "lön"})}),
                                test::lessonSlot("l2", {test::choiceStep("q2")})});
    const auto outline = session::courseOutline(*entry->course());
    CHECK(outline.courseId == "c");
    CHECK(outline.version == "1.0.0");
    REQUIRE(outline.lessons.size() == 2);
    CHECK(outline.lessons[0].itemIds == std::vector<std::string>{"q1"});
    CHECK(outline.lessons[0].vocabularyIds == std::vector<std::string>{"arbete", "lön"});
    CHECK(outline.lessons[1].itemIds == std::vector<std::string>{"q2"});
}
