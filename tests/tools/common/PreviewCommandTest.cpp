// `kompis-author preview` before any window opens: what it refuses, and how it says so.
#include "authoring/ToolRun.hpp"

#include <cstdlib>

using kompis::test::runTool;

TEST_CASE("preview refuses a folder that is not a course, saying what a course folder has")
{
    const auto run = runTool(KOMPIS_AUTHOR, "preview /");
    CHECK(run.exit == 2);
    CHECK(run.out.find("is not a course folder (no course.xml") != std::string::npos);
}

TEST_CASE("preview without a player to start says how to get one")
{
    ::setenv("KOMPIS_PLAYER", "/nonexistent/kompis", 1);
    const auto run =
        runTool(KOMPIS_AUTHOR, std::string("preview '") + KOMPIS_COURSES_DIR + "/example'");
    ::unsetenv("KOMPIS_PLAYER");
    CHECK(run.exit == 127);
    CHECK(run.out.find("cannot start the player /nonexistent/kompis") != std::string::npos);
    CHECK(run.out.find("KOMPIS_PLAYER") != std::string::npos);
}
