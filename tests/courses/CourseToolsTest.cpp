// What a teacher gets from kompis-author on the bundled courses: validate finds nothing to fix,
// spelling included, and tts has nothing to make or re-voice, so every clip is the one tts makes
// from the text and the speakers the course has now.
#include "ToolRun.hpp"

#include <algorithm>
#include <vector>

namespace fs = std::filesystem;
using kompis::test::runTool;
using kompis::test::ScratchFolder;

namespace
{

const std::string kAuthor = KOMPIS_AUTHOR;

std::vector<fs::path> bundledCourses()
{
    std::vector<fs::path> courses;
    for (const auto& entry : fs::directory_iterator(KOMPIS_COURSES_DIR))
        if (fs::exists(entry.path() / "course.xml"))
            courses.push_back(entry.path());
    std::sort(courses.begin(), courses.end());
    return courses;
}

} // namespace

TEST_CASE("kompis-author validate finds no error and no warning in any bundled course, spelling "
          "included",
          "[courses][tools]")
{
    const auto courses = bundledCourses();
    REQUIRE(courses.size() >= 5);
    std::string arguments = "validate";
    for (const auto& course : courses)
        arguments += " '" + course.string() + "'";
    const auto run = runTool(kAuthor, arguments);
    INFO(run.out);
    CHECK(run.exit == 0);
    CHECK(run.out.find("0 errors, 0 warnings") != std::string::npos);
}

TEST_CASE("kompis-author tts has nothing to make or re-voice in any bundled course: every clip "
          "was made from the course's text and speakers as they are now",
          "[courses][tools]")
{
    for (const auto& course : bundledCourses())
        DYNAMIC_SECTION(course.filename().string())
        {
            // A copy, so a stale clip is reported here rather than re-voiced in the sources.
            const ScratchFolder scratch("bundled-" + course.filename().string());
            const auto copy = scratch.path / course.filename();
            fs::copy(course, copy, fs::copy_options::recursive);
            const auto run = runTool(kAuthor, "tts '" + copy.string() + "'");
            INFO(run.out);
            CHECK(run.exit == 0);
            CHECK(run.out.find("nothing to do") != std::string::npos);
            CHECK(run.out.find(", 0 not made by tts)") != std::string::npos);
        }
}
