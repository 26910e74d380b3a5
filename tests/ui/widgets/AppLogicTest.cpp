#include "app/CourseShelf.hpp"
#include "app/LessonRun.hpp"
#include "app/Settings.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace kompis;

TEST_CASE("the bundled course folder yields the example course, read without its lessons")
{
    const auto locations = app::courseLocations({KOMPIS_COURSES_DIR}, {});
    auto found = std::find_if(locations.begin(), locations.end(),
                              [](const fs::path& p) { return p.filename() == "example"; });
    REQUIRE(found != locations.end());
    auto courses = app::openCourses({*found});
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
    const auto locations = app::courseLocations({KOMPIS_COURSES_DIR}, {example, example});
    CHECK(std::count_if(locations.begin(), locations.end(),
                        [](const fs::path& p) { return p.filename() == "example"; }) == 1);
}

TEST_CASE("a broken course is marked broken with its first diagnostic and its rule id")
{
    auto courses = app::openCourses({fs::path(KOMPIS_UI_DATA) / "broken-course"});
    REQUIRE(courses.size() == 1);
    CHECK(courses[0]->broken());
    const auto problems = courses[0]->firstProblems(3);
    REQUIRE_FALSE(problems.empty());
    CHECK(problems.front().find("error:") != std::string::npos);
    CHECK(problems.front().find("[xml.malformed]") != std::string::npos);
}

TEST_CASE("a path that is no course at all cannot be opened, and says so")
{
    auto courses = app::openCourses({fs::path(KOMPIS_UI_DATA) / "no-such-course"});
    REQUIRE(courses.size() == 1);
    CHECK(courses[0]->broken());
    CHECK_FALSE(courses[0]->firstProblems(1).empty());
}

TEST_CASE("word order and match pairs are shuffled the same way every time, never in written order")
{
    core::Item item;
    core::WordOrder w;
    for (const char* t : {"I morgon", "börjar", "jag", "klockan sju"})
        w.tokens.push_back({t, false});
    item.body = w;
    const auto a = app::AnswerDraft::forItem(item, "hello-q5");
    const auto b = app::AnswerDraft::forItem(item, "hello-q5");
    CHECK(a.tokenOrder == b.tokenOrder);
    CHECK(a.tokenOrder != std::vector<int>{0, 1, 2, 3});
    CHECK_FALSE(a.ready(item));
}

TEST_CASE("a draft is ready only when the learner has given something, and becomes the response")
{
    core::Item item;
    core::GapFill g;
    g.gaps.resize(2);
    item.body = g;
    auto d = app::AnswerDraft::forItem(item, "q");
    CHECK_FALSE(d.ready(item));
    d.texts[1] = "jobbar";
    CHECK(d.ready(item));
    CHECK(d.response(item).texts == std::vector<std::string>{"", "jobbar"});

    core::Item choice;
    choice.body = core::MultipleChoice{};
    auto c = app::AnswerDraft::forItem(choice, "m");
    c.choices = {3, 0};
    CHECK(c.response(choice).choices == std::vector<int>{0, 3});
}

TEST_CASE("a learner following one variant of a parallel course skips steps written for the other")
{
    core::Lesson lesson;
    lesson.id = "l";
    for (const auto& [id, lang] : std::vector<std::pair<std::string, std::string>>{
             {"both", ""}, {"sv-only", "sv"}, {"nb-only", "nb"}})
    {
        core::Step s;
        s.id = id;
        s.lang = lang;
        s.body = core::TextStep{};
        lesson.steps.push_back(s);
    }
    app::CourseEntry entry;
    const auto steps = app::LessonRun::visibleSteps(entry, lesson, "nb");
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].step->id == "both");
    CHECK(steps[1].step->id == "nb-only");
}

TEST_CASE("settings survive a save and load, and bad values keep their defaults")
{
    const fs::path file =
        fs::temp_directory_path() / ("kompis-settings-" + std::to_string(::getpid()) + ".txt");
    app::Settings s;
    s.uiLanguage = "nb";
    s.textSize = ui::TextSize::Largest;
    s.highContrast = true;
    s.volume = 40;
    REQUIRE(app::saveSettings(s, file));
    const auto back = app::loadSettings(file);
    CHECK(back.uiLanguage == "nb");
    CHECK(back.textSize == ui::TextSize::Largest);
    CHECK(back.highContrast);
    CHECK(back.volume == 40);
    {
        std::ofstream out(file);
        out << "language=xx\nvolume=loud\n";
    }
    const auto defaults = app::loadSettings(file);
    CHECK(defaults.uiLanguage == "sv");
    CHECK(defaults.volume == 80);
    fs::remove(file);
}
