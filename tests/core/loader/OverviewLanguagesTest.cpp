// course.xml `overview=`: languages only titles, the description and goals are given in
// (FORMAT.md, "Overview languages"). The validator warns about a gap only where the course
// promises a language, and refuses a language it does not declare.
#include "LoaderTestSupport.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace kompis;

namespace
{

const std::string kCourse = R"(<?xml version="1.0" encoding="UTF-8"?>
<course id="base" version="1.0.0" format="1" targets="sv" instruction="en fi" overview="ti"
        level="A1">
  <title><t lang="en">Base</t><t lang="fi">Pohja</t><t lang="ti">መሰረት</t></title>
  <description><t lang="en">A course.</t><t lang="fi">Kurssi.</t><t lang="ti">ኮርስ።</t></description>
  <topics>workplace</topics>
  <authors><author>Kompis tests</author></authors>
  <licence>CC0-1.0</licence>
  <lessons>
    <lesson id="base" file="lessons/base.xml"/>
  </lessons>
</course>
)";

/// The base lesson with `goal` as its one goal and `prompt` as its single choice's prompt.
std::string lesson(const std::string& goal, const std::string& prompt)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<lesson id="base" format="1" minutes="10">
  <title><t lang="en">Base</t><t lang="fi">Pohja</t><t lang="ti">መሰረት</t></title>
  <goals><goal>)" +
           goal + R"(</goal></goals>
  <steps>
    <single id="s-single">
      <prompt>)" +
           prompt + R"(</prompt>
      <option correct="true">Hej</option>
      <option>Hej då</option>
      <feedback on="right"><t lang="en">Yes.</t><t lang="fi">Kyllä.</t></feedback>
      <feedback on="wrong"><t lang="en">No.</t><t lang="fi">Ei.</t></feedback>
    </single>
  </steps>
</lesson>
)";
}

const std::string kGoal = R"(<t lang="en">Greet</t><t lang="fi">Tervehtiä</t><t lang="ti">ሰላም</t>)";
const std::string kPrompt = R"(<t lang="en">Pick.</t><t lang="fi">Valitse.</t>)";

core::CourseLoad load(const std::string& goal, const std::string& prompt,
                      const std::string& course = kCourse)
{
    auto files = test::baseCourseFiles();
    files["course.xml"] = course;
    files["lessons/base.xml"] = lesson(goal, prompt);
    return test::loadFiles(files);
}

std::vector<core::Diagnostic> withRule(const core::CourseLoad& loaded, std::string_view rule)
{
    std::vector<core::Diagnostic> found;
    std::copy_if(loaded.diagnostics.begin(), loaded.diagnostics.end(), std::back_inserter(found),
                 [&](const auto& d) { return d.ruleId == rule; });
    return found;
}

std::string courseWith(const std::string& from, const std::string& to)
{
    std::string course = kCourse;
    course.replace(course.find(from), from.size(), to);
    return course;
}

} // namespace

TEST_CASE("a course with every overview text in its overview language loads without a word",
          "[loader][overview]")
{
    const auto loaded = load(kGoal, kPrompt);
    INFO(test::describe(loaded.diagnostics));
    REQUIRE(loaded.usable());
    CHECK(loaded.diagnostics.empty());
    CHECK(loaded.course->overviewLangs == std::vector<core::LangTag>{"ti"});
    CHECK(loaded.course->title.has("ti"));
    CHECK(loaded.course->lessons.front().lesson->goals.front().has("ti"));
}

TEST_CASE("a prompt without the overview language is no gap, and one with it keeps it",
          "[loader][overview]")
{
    const auto loaded =
        load(kGoal, R"(<t lang="en">Pick.</t><t lang="fi">Valitse.</t><t lang="ti">ምረጽ።</t>)");
    INFO(test::describe(loaded.diagnostics));
    CHECK(loaded.diagnostics.empty());
    const auto* item = loaded.course->lessons.front().lesson->steps.front().item();
    REQUIRE(item);
    CHECK(*item->prompt.find("ti") == "ምረጽ።");
}

TEST_CASE("a goal without the overview language is a missing translation naming it",
          "[loader][overview]")
{
    const auto loaded = load(R"(<t lang="en">Greet</t><t lang="fi">Tervehtiä</t>)", kPrompt);
    const auto missing = withRule(loaded, "lesson.missing-translation");
    INFO(test::describe(loaded.diagnostics));
    REQUIRE(missing.size() == 1);
    CHECK(missing.front().severity == core::Severity::Warning);
    CHECK(missing.front().message.find("<goal> has no ti text") != std::string::npos);
    CHECK(loaded.diagnostics.size() == 1);
}

TEST_CASE("a course title without the overview language is a course warning", "[loader][overview]")
{
    const auto loaded = load(kGoal, kPrompt, courseWith(R"(<t lang="ti">መሰረት</t>)", ""));
    INFO(test::describe(loaded.diagnostics));
    CHECK(withRule(loaded, "course.missing-translation").size() == 1);
}

TEST_CASE("a text in a language declared nowhere is still an unknown language",
          "[loader][overview]")
{
    const auto loaded =
        load(kGoal, R"(<t lang="en">Pick.</t><t lang="fi">Valitse.</t><t lang="so">Dooro.</t>)");
    const auto unknown = withRule(loaded, "lesson.unknown-lang");
    INFO(test::describe(loaded.diagnostics));
    REQUIRE(unknown.size() == 1);
    CHECK(unknown.front().severity == core::Severity::Error);
    CHECK(unknown.front().message.find("overview: ti") != std::string::npos);
}

TEST_CASE("a language both in instruction and overview is an error that names it",
          "[loader][overview]")
{
    const auto loaded = load(kGoal, kPrompt, courseWith(R"(overview="ti")", R"(overview="ti fi")"));
    const auto overlap = withRule(loaded, "course.overview-is-instruction");
    INFO(test::describe(loaded.diagnostics));
    REQUIRE(overlap.size() == 1);
    CHECK(overlap.front().message.find("`fi`") != std::string::npos);
    // The rest of the list still counts.
    CHECK(loaded.course->overviewLangs == std::vector<core::LangTag>{"ti"});
}

TEST_CASE("a malformed overview tag is a bad value", "[loader][overview]")
{
    const auto loaded =
        load(kGoal, kPrompt, courseWith(R"(overview="ti")", R"(overview="ti Somali")"));
    INFO(test::describe(loaded.diagnostics));
    CHECK(withRule(loaded, "course.bad-value").size() == 1);
}
