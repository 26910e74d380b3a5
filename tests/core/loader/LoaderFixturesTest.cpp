// Each broken fixture in tests/data/loader marks the line it expects a diagnostic on with
// `<!-- expect: rule-id -->`; the loader must report exactly those errors, on those lines.
#include "LoaderTestSupport.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <set>

using namespace kompis;

namespace
{

std::vector<std::filesystem::path> fixturesIn(const char* folder)
{
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(
             std::filesystem::path(KOMPIS_TEST_DATA) / "loader" / folder))
        files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

void checkFixture(const std::filesystem::path& fixture, const std::string& replaces)
{
    auto files = test::baseCourseFiles();
    const auto xml = test::readFile(fixture);
    files[replaces] = xml;
    const auto expected = test::expectationsIn(xml);
    REQUIRE_FALSE(expected.empty());
    const auto load = test::loadFiles(files);
    INFO("fixture " << fixture.filename().string() << " gave:\n"
                    << test::describe(load.diagnostics));

    for (const auto& expectation : expected)
    {
        const bool found = std::any_of(load.diagnostics.begin(), load.diagnostics.end(),
                                       [&](const auto& d)
                                       {
                                           return d.ruleId == expectation.ruleId &&
                                                  d.severity == expectation.severity &&
                                                  d.where.line == expectation.line &&
                                                  d.where.file == "fixture/" + replaces;
                                       });
        INFO("expected " << expectation.ruleId << " on line " << expectation.line);
        CHECK(found);
    }
    const auto expectedErrors =
        std::count_if(expected.begin(), expected.end(),
                      [](const auto& e) { return e.severity == core::Severity::Error; });
    CHECK(load.errorCount() == static_cast<std::size_t>(expectedErrors));
    for (const auto& d : load.diagnostics)
        CHECK_FALSE(d.message.empty());
}

} // namespace

TEST_CASE("every broken lesson fixture reports exactly its expected rule on its line", "[loader]")
{
    const auto fixtures = fixturesIn("lessons");
    REQUIRE(fixtures.size() >= 40);
    for (const auto& fixture : fixtures)
        DYNAMIC_SECTION(fixture.filename().string())
        {
            checkFixture(fixture, "lessons/base.xml");
        }
}

TEST_CASE("every broken course.xml fixture reports exactly its expected rule on its line",
          "[loader]")
{
    const auto fixtures = fixturesIn("courses");
    REQUIRE(fixtures.size() >= 15);
    for (const auto& fixture : fixtures)
        DYNAMIC_SECTION(fixture.filename().string())
        {
            checkFixture(fixture, "course.xml");
        }
}

TEST_CASE("the unchanged base fixture loads without any diagnostic", "[loader]")
{
    const auto load = test::loadFiles(test::baseCourseFiles());
    INFO(test::describe(load.diagnostics));
    REQUIRE(load.diagnostics.empty());
    REQUIRE(load.usable());
    REQUIRE(load.course->lessons.at(0).lesson != nullptr);
}

TEST_CASE("every rule id the fixtures produce is explained in tools/RULES.md", "[loader][docs]")
{
    const auto rules =
        test::readFile(std::filesystem::path(KOMPIS_SOURCE_DIR) / "tools" / "RULES.md");
    REQUIRE_FALSE(rules.empty());
    std::set<std::string> seen;
    for (const auto* folder : {"lessons", "courses"})
        for (const auto& fixture : fixturesIn(folder))
        {
            auto files = test::baseCourseFiles();
            files[std::string(folder) == "lessons" ? "lessons/base.xml" : "course.xml"] =
                test::readFile(fixture);
            for (const auto& d : test::loadFiles(files).diagnostics)
                seen.insert(d.ruleId);
        }
    REQUIRE(seen.size() >= 40);
    for (const auto& rule : seen)
    {
        INFO(rule << " is not documented in tools/RULES.md");
        CHECK(rules.find("`" + rule + "`") != std::string::npos);
    }
}
