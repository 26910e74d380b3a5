// Both tools through their real command lines: the shared parser's errors as a teacher sees them.
#include "authoring/ToolRun.hpp"

using kompis::test::runTool;

TEST_CASE("kompis-author names an unknown option and shows the command's usage")
{
    const auto run = runTool(KOMPIS_AUTHOR, "validate --frobnicate course");
    CHECK(run.exit == 2);
    CHECK(run.out.find("kompis-author validate: unknown option --frobnicate") != std::string::npos);
    CHECK(run.out.find("Usage: kompis-author validate PATH...") != std::string::npos);
}

TEST_CASE("kompis-author names an option whose value is missing")
{
    const auto run = runTool(KOMPIS_AUTHOR, "pack course -o");
    CHECK(run.exit == 2);
    CHECK(run.out.find("kompis-author pack: -o needs a value") != std::string::npos);
    CHECK(run.out.find("Usage: kompis-author pack DIR -o FILE.kompis") != std::string::npos);
}

TEST_CASE("kompis-author reads a package path after -- even when it starts with a dash")
{
    const auto run = runTool(KOMPIS_AUTHOR, "info -- -no-such-course");
    CHECK(run.exit == 2);
    CHECK(run.out.find("unknown option") == std::string::npos);
    CHECK(run.out.find("-no-such-course") != std::string::npos);
}

TEST_CASE("kompis-admin names an unknown option and shows the command's usage")
{
    const auto run = runTool(KOMPIS_ADMIN, "learners --stor /tmp/x.sqlite");
    CHECK(run.exit == 2);
    CHECK(run.out.find("kompis-admin learners: unknown option --stor") != std::string::npos);
    CHECK(run.out.find("Usage: kompis-admin learners [--store PATH]") != std::string::npos);
}

TEST_CASE("kompis-admin names an option whose value is missing")
{
    const auto run = runTool(KOMPIS_ADMIN, "export --format csv --store");
    CHECK(run.exit == 2);
    CHECK(run.out.find("kompis-admin export: --store needs a value") != std::string::npos);
}

TEST_CASE("kompis-admin learners add is its own command, with its own help")
{
    const auto run = runTool(KOMPIS_ADMIN, "learners add --help");
    CHECK(run.exit == 0);
    CHECK(run.out.starts_with("Usage: kompis-admin learners add --from class.csv"));
}

TEST_CASE("an unknown command is named, with a pointer to the tool's help")
{
    const auto run = runTool(KOMPIS_AUTHOR, "frobnicate");
    CHECK(run.exit == 2);
    CHECK(run.out.find("unknown command 'frobnicate'; see kompis-author --help") !=
          std::string::npos);
}
