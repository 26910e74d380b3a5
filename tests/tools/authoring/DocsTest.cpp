// Documentation where teachers look: the man pages, the format and rules installed with the
// program, and a new course that follows FORMAT.md's own advice.
#include "ToolRun.hpp"

#include <sstream>
#include <vector>

namespace fs = std::filesystem;
using kompis::test::runTool;
using kompis::test::slurp;

TEST_CASE("the kompis-admin man page describes every command and option that --help lists",
          "[docs]")
{
    std::string page = slurp(KOMPIS_ADMIN_MAN);
    REQUIRE_FALSE(page.empty());
    // roff writes a hyphen as \-; compare as a reader sees the page.
    for (std::size_t at = 0; (at = page.find("\\-", at)) != std::string::npos;)
        page.replace(at, 2, "-");
    const auto help = runTool(KOMPIS_ADMIN, "--help");
    REQUIRE(help.exit == 0);
    std::vector<std::string> commands;
    std::istringstream lines(help.out.substr(help.out.find("Commands:")));
    std::string header;
    std::getline(lines, header);
    for (std::string line; std::getline(lines, line) && !line.empty();)
        if (line.rfind("  ", 0) == 0)
            commands.push_back(line.substr(2, line.find(' ', 2) - 2));
    CHECK(commands.size() >= 8);
    for (const auto& command : commands)
    {
        INFO("command " << command);
        CHECK(page.find(".B " + command) != std::string::npos);
        const auto usage = runTool(KOMPIS_ADMIN, command + " --help");
        std::istringstream words(usage.out);
        for (std::string word; words >> word;)
        {
            const auto dash = word.find("--");
            if (dash == std::string::npos || word == "--help")
                continue;
            const auto option = word.substr(dash, word.find_first_of("=],)`'", dash) - dash);
            INFO("option " << option);
            if (option.size() > 2)
                CHECK(page.find(option) != std::string::npos);
        }
    }
}

TEST_CASE("a new course names its schema, has a media folder and validates against the schema",
          "[docs]")
{
    kompis::test::ScratchFolder scratch("new");
    for (const std::string lang : {"sv", "nb", "nn"})
    {
        const auto run =
            runTool(KOMPIS_AUTHOR, "new kurs-" + lang + " --lang " + lang + " --title 'Min kurs'",
                    scratch.path);
        REQUIRE(run.exit == 0);
        const auto dir = scratch.path / ("kurs-" + lang);
        CHECK(fs::is_directory(dir / "media"));
        REQUIRE(fs::exists(dir / "schema" / "kompis-course-1.xsd"));
        CHECK(slurp(dir / "course.xml")
                  .find("xsi:noNamespaceSchemaLocation=\"schema/kompis-course-1.xsd\"") !=
              std::string::npos);
        CHECK(slurp(dir / "lessons" / "first.xml")
                  .find("xsi:noNamespaceSchemaLocation=\"../schema/kompis-course-1.xsd\"") !=
              std::string::npos);
        const auto schema = runTool("xmllint",
                                    "--noout --schema schema/kompis-course-1.xsd "
                                    "course.xml lessons/first.xml",
                                    dir);
        INFO(schema.out);
        CHECK(schema.exit == 0);
        const auto validate = runTool(KOMPIS_AUTHOR, "validate kurs-" + lang, scratch.path);
        INFO(validate.out);
        CHECK(validate.out.find("0 errors, 0 warnings") != std::string::npos);
    }
}

TEST_CASE("installing puts FORMAT.md, RULES.md, the schema and both man pages where teachers "
          "look",
          "[docs]")
{
    kompis::test::ScratchFolder scratch("install");
    const auto run = runTool("cmake", "--install '" + std::string(KOMPIS_BINARY_DIR) +
                                          "' --prefix '" + scratch.path.string() + "'");
    INFO(run.out);
    REQUIRE(run.exit == 0);
    const auto share = scratch.path / "share";
    CHECK(slurp(share / "doc" / "kompis" / "FORMAT.md") ==
          slurp(fs::path(KOMPIS_SOURCE_DIR) / "courses" / "FORMAT.md"));
    CHECK(fs::exists(share / "doc" / "kompis" / "RULES.md"));
    CHECK(fs::exists(share / "kompis" / "schema" / "kompis-course-1.xsd"));
    CHECK(fs::exists(share / "man" / "man1" / "kompis-admin.1"));
    CHECK(fs::exists(share / "man" / "man1" / "kompis-author.1"));
}
