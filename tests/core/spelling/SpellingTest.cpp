// The spelling check: unknown Swedish and Norwegian words are warnings with suggestions at
// their line and column; names go in words.txt; text that may be wrong on purpose is left alone.
#include "core/check/Spelling.hpp"

#include "core/loader/LoaderTestSupport.hpp"
#include "core/package/PackageFiles.hpp"

#include <catch2/catch.hpp>
#include <filesystem>

using namespace kompis;

namespace
{

struct Checked
{
    std::vector<core::Diagnostic> warnings;
    [[nodiscard]] std::string all() const { return test::describe(warnings); }
};

/// The base fixture with `steps` as its lesson's steps, in a course of `target`.
Checked check(const std::string& steps, const std::string& target = "sv",
              const std::string& wordList = "", const core::SpellingOptions& options = {})
{
    auto files = test::baseCourseFiles();
    auto& course = files["course.xml"];
    course.replace(course.find("targets=\"sv\""), 12, "targets=\"" + target + "\"");
    auto& lesson = files["lessons/base.xml"];
    lesson = lesson.substr(0, lesson.find("  <steps>")) + "  <steps>\n" + steps +
             "  </steps>\n</lesson>\n";
    if (!wordList.empty())
        files["words.txt"] = wordList;
    const core::MemoryPackage package(files, "fixture");
    const auto load = core::loadCourse(package);
    INFO(test::describe(load.diagnostics));
    REQUIRE(load.errorCount() == 0);
    return Checked{core::checkSpelling(package, *load.course, options)};
}

} // namespace

TEST_CASE("a misspelt Swedish word is a warning at its line and column with a suggestion",
          "[spelling]")
{
    const auto result = check("    <text id=\"t\">\n      <p>Min arbetsgivre heter Anna.</p>\n"
                              "    </text>\n");
    INFO(result.all());
    REQUIRE(result.warnings.size() == 1);
    const auto& warning = result.warnings[0];
    CHECK(warning.ruleId == "spelling");
    CHECK(warning.severity == core::Severity::Warning);
    CHECK(warning.where.file == "fixture/lessons/base.xml");
    CHECK(warning.where.line == 9);
    CHECK(warning.where.column == 14);
    CHECK(warning.message.find("unknown word \"arbetsgivre\"; did you mean \"arbetsgivare\"") !=
          std::string::npos);
}

TEST_CASE("words are found by ICU word breaks, so punctuation and numbers are no words",
          "[spelling]")
{
    const auto result = check("    <text id=\"t\"><p>– Ring 112 eller 08-123 45 67, t.ex. "
                              "i dag! «Välkommen», sa hon… (sjukanmälan)</p></text>\n");
    INFO(result.all());
    CHECK(result.warnings.empty());
}

TEST_CASE("names and new terms in words.txt are known, others are not", "[spelling]")
{
    const std::string steps = "    <dialogue id=\"d\"><line speaker=\"Hiwet\"><say>Hej, jag heter "
                              "Hiwet Tesfay. Hiwets kollega heter Virtanen.</say></line>"
                              "</dialogue>\n";
    const auto without = check(steps);
    INFO(without.all());
    CHECK(without.warnings.size() == 4);
    // A listed name is known with a genitive s too.
    const auto with = check(steps, "sv", "# people\nHiwet\nTesfay  # her family name\n");
    INFO(with.all());
    REQUIRE(with.warnings.size() == 1);
    CHECK(with.warnings[0].message.find("\"Virtanen\"") != std::string::npos);
}

TEST_CASE("wrong options, distractors and anticipated mistakes are not checked", "[spelling]")
{
    const auto result = check(R"(    <single id="q1">
      <prompt><t lang="en">Which is right?</t><t lang="fi">Kumpi?</t></prompt>
      <option correct="true">arbetsgivare</option>
      <option>arbetsgivre</option>
      <feedback on="right"><t lang="en">Yes.</t><t lang="fi">Kyllä.</t></feedback>
      <feedback on="wrong"><t lang="en">No.</t><t lang="fi">Ei.</t></feedback>
    </single>
    <wordorder id="q2">
      <prompt><t lang="en">Order.</t><t lang="fi">Järjestä.</t></prompt>
      <token>Jag</token><token>jobbar</token><token distractor="true">jobbbar</token>
      <accept>Jag jobbar</accept>
      <feedback on="right"><t lang="en">Yes.</t><t lang="fi">Kyllä.</t></feedback>
      <feedback on="wrong"><t lang="en">No.</t><t lang="fi">Ei.</t></feedback>
    </wordorder>
)");
    INFO(result.all());
    CHECK(result.warnings.empty());
}

TEST_CASE("Norwegian text is checked with the bokmål dictionary, letters æ ø å included",
          "[spelling]")
{
    const auto clean = check("    <text id=\"t\"><p>Jeg får timelønn og jobber på kjøkkenet.</p>"
                             "</text>\n",
                             "nb");
    INFO(clean.all());
    CHECK(clean.warnings.empty());
    const auto wrong = check("    <text id=\"t\"><p>Jeg får timelønnn.</p></text>\n", "nb");
    INFO(wrong.all());
    REQUIRE(wrong.warnings.size() == 1);
    CHECK(wrong.warnings[0].message.find("\"timelønn\"") != std::string::npos);
}

TEST_CASE("without the language's dictionary there is one warning that says what to install",
          "[spelling]")
{
    core::SpellingOptions options;
    options.dictionaryFolder = "/nonexistent-kompis-dictionaries";
    const auto result =
        check("    <text id=\"t\"><p>Hej hej.</p><p>Arbetsgivre.</p></text>\n", "sv", "", options);
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0].ruleId == "spelling.no-dictionary");
    CHECK(result.warnings[0].message.find("hunspell-sv") != std::string::npos);
}

TEST_CASE("every bundled course passes the spelling check without a warning", "[spelling][courses]")
{
    for (const auto& entry : std::filesystem::directory_iterator(KOMPIS_COURSES_DIR))
    {
        if (!std::filesystem::exists(entry.path() / "course.xml"))
            continue;
        const core::DirectoryPackage package(entry.path().string());
        const auto load = core::loadCourse(package);
        REQUIRE(load.usable());
        const auto warnings = core::checkSpelling(package, *load.course);
        INFO(entry.path().filename().string() << ":\n" << test::describe(warnings));
        CHECK(warnings.empty());
    }
}
