// The format's documentation is its first test input: every XML example in courses/FORMAT.md
// must load, so the spec and the loader cannot drift apart.
#include "LoaderTestSupport.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <regex>
#include <tinyxml2.h>

using namespace kompis;

namespace
{

struct Example
{
    int line = 0;
    std::string xml;
};

std::vector<Example> xmlExamples(const std::string& markdown)
{
    std::vector<Example> examples;
    const std::string fence = "```xml\n";
    for (auto at = markdown.find(fence); at != std::string::npos; at = markdown.find(fence, at + 1))
    {
        const auto begin = at + fence.size();
        const auto end = markdown.find("```", begin);
        if (end == std::string::npos)
            break;
        examples.push_back(
            {1 + static_cast<int>(
                     std::count(markdown.begin(), markdown.begin() + static_cast<long>(at), '\n')),
             markdown.substr(begin, end - begin)});
    }
    return examples;
}

std::string firstElementName(const std::string& xml)
{
    static const std::regex element(R"(<([A-Za-z][A-Za-z0-9]*))");
    std::smatch match;
    return std::regex_search(xml, match, element) ? match[1].str() : "";
}

/// Dummy files for every media path an example names: the loader checks presence, not content.
void addMedia(const std::string& xml, std::map<std::string, std::string>& files)
{
    static const std::regex src(R"((?:src|image)="(media/[^"]+)\")");
    for (auto it = std::sregex_iterator(xml.begin(), xml.end(), src); it != std::sregex_iterator();
         ++it)
        files[(*it)[1].str()] = "media";
}

std::string lessonAround(const std::string& steps, const std::string& id = "hello")
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<lesson id=")" +
           id + R"(" format="1" minutes="15">
  <title><t lang="en">Saying hello</t><t lang="fi">Tervehtiminen</t></title>
  <glossary><entry id="g-kollega" lemma="kollega"><t lang="en">colleague</t><t lang="fi">työkaveri</t></entry></glossary>
  <steps>
)" + steps +
           R"(
  </steps>
</lesson>
)";
}

std::string courseFor(const std::string& lessonId)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<course id="format-example" version="1.0.0" format="1" targets="sv" instruction="en fi" level="A1">
  <title><t lang="en">Format</t><t lang="fi">Muoto</t></title>
  <description><t lang="en">FORMAT.md examples</t><t lang="fi">Esimerkit</t></description>
  <topics>workplace</topics><authors><author>Kompis</author></authors><licence>CC0-1.0</licence>
  <lessons><lesson id=")" +
           lessonId + R"(" file="lessons/)" + lessonId + R"(.xml"/></lessons>
</course>
)";
}

} // namespace

TEST_CASE("every XML example in FORMAT.md loads without errors", "[loader][format]")
{
    const auto markdown = test::readFile(std::filesystem::path(KOMPIS_COURSES_DIR) / "FORMAT.md");
    const auto examples = xmlExamples(markdown);
    REQUIRE(examples.size() >= 12);
    const std::vector<std::string> stepNames{
        "text",      "dialogue", "vocabulary", "tip",   "image",     "single", "multiple",
        "truefalse", "gapfill",  "wordorder",  "match", "dictation", "listen"};
    int loaded = 0;
    for (const auto& example : examples)
    {
        const auto root = firstElementName(example.xml);
        DYNAMIC_SECTION("the example at FORMAT.md line " << example.line << " (<" << root << ">)")
        {
            std::map<std::string, std::string> files;
            addMedia(example.xml, files);
            if (root == "course")
            {
                files["course.xml"] = example.xml;
                // The course example names two lessons; give it the simplest lessons that exist.
                for (const std::string id : {"hello", "numbers"})
                    files["lessons/" + id + ".xml"] =
                        lessonAround(R"(<text id=")" + id + R"(-t"><p>Hej.</p></text>)", id);
            }
            else if (root == "lesson")
            {
                files["course.xml"] = courseFor("hello");
                files["lessons/hello.xml"] = example.xml;
            }
            else if (std::find(stepNames.begin(), stepNames.end(), root) != stepNames.end())
            {
                files["course.xml"] = courseFor("hello");
                files["lessons/hello.xml"] = lessonAround(example.xml);
            }
            else
            {
                // An illustration of one element, not a whole step: it must still be well-formed.
                files["course.xml"] = courseFor("hello");
                files["lessons/hello.xml"] = lessonAround("<text id=\"t\"><p>Hej.</p></text>");
                tinyxml2::XMLDocument document;
                const auto wrapped = "<fragment>" + example.xml + "</fragment>";
                CHECK(document.Parse(wrapped.data(), wrapped.size()) == tinyxml2::XML_SUCCESS);
            }
            const auto load = test::loadFiles(files);
            INFO(test::describe(load.diagnostics));
            CHECK(load.errorCount() == 0);
            REQUIRE(load.usable());
            for (const auto& slot : load.course->lessons)
                CHECK(slot.lesson != nullptr);
            ++loaded;
        }
    }
    CHECK(loaded > 0);
}
