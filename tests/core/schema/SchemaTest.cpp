// The XML Schema is for editors; the loader is the definition. These tests keep them agreeing:
// every bundled course file validates, and what the schema can see as broken, it rejects too.
#include "core/loader/CourseLoader.hpp"
#include "core/package/MemoryPackage.hpp"

#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <unistd.h>

namespace fs = std::filesystem;

namespace
{

const fs::path kSchema = fs::path(KOMPIS_COURSES_DIR) / "schema" / "kompis-course-1.xsd";

struct Run
{
    int status = -1;
    std::string output;
};

Run xmllint(const std::vector<fs::path>& files)
{
    std::string command = "xmllint --noout --schema '" + kSchema.string() + "'";
    for (const auto& file : files)
        command += " '" + file.string() + "'";
    command += " 2>&1";
    Run run;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    std::array<char, 4096> buffer{};
    while (const auto n = std::fread(buffer.data(), 1, buffer.size(), pipe))
        run.output.append(buffer.data(), n);
    run.status = pclose(pipe);
    return run;
}

bool haveXmllint()
{
    return std::system("command -v xmllint >/dev/null 2>&1") == 0;
}

/// Without xmllint nothing here can be checked: that is a failure, never a skip.
void requireXmllint()
{
    if (!haveXmllint())
        FAIL("xmllint is not installed: install the Debian package libxml2-utils "
             "(apt-get install libxml2-utils)");
}

fs::path scratch(const std::string& name, const std::string& content)
{
    // One folder per process (ctest runs each test case in its own), removed at exit.
    struct Folder
    {
        fs::path path =
            fs::temp_directory_path() / ("kompis-schema-test-" + std::to_string(::getpid()));
        Folder() { fs::create_directories(path); }
        ~Folder()
        {
            std::error_code ignored;
            fs::remove_all(path, ignored);
        }
    };
    static const Folder folder;
    const auto& dir = folder.path;
    std::ofstream(dir / name, std::ios::binary) << content;
    return dir / name;
}

/// The ```xml blocks of FORMAT.md, in order.
std::vector<std::string> formatExamples()
{
    std::ifstream in(fs::path(KOMPIS_COURSES_DIR) / "FORMAT.md");
    std::vector<std::string> blocks;
    std::string line;
    bool inside = false;
    while (std::getline(in, line))
    {
        if (!inside && line.starts_with("```xml"))
        {
            inside = true;
            blocks.emplace_back();
        }
        else if (inside && line.starts_with("```"))
            inside = false;
        else if (inside)
            blocks.back() += line + "\n";
    }
    return blocks;
}

/// The element name a fragment starts with ("" for text or several roots we cannot tell).
std::string rootName(const std::string& xml)
{
    const auto open = xml.find('<');
    if (open == std::string::npos)
        return {};
    const auto end = xml.find_first_of(" >/\n", open + 1);
    return xml.substr(open + 1, end - open - 1);
}

const std::vector<std::string> kStepElements{
    "text",    "dialogue",  "vocabulary", "tip",       "image",  "single", "multiple", "truefalse",
    "gapfill", "wordorder", "match",      "dictation", "listen", "write",  "speak"};

std::string slurp(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// The loader's valid base fixture, file by file, for changing one file at a time.
std::map<std::string, std::string> baseCourseFiles()
{
    std::map<std::string, std::string> files;
    const auto base = fs::path(KOMPIS_TEST_DATA) / "loader" / "base";
    for (const auto& entry : fs::recursive_directory_iterator(base))
        if (entry.is_regular_file())
            files[fs::relative(entry.path(), base).generic_string()] = slurp(entry.path());
    return files;
}

/// The schema rejects `fixture`, and so does the loader when it replaces `replaces` in the
/// valid base course: the two agree that the file is broken.
void checkRejectedByBoth(const fs::path& fixture, const std::string& replaces)
{
    REQUIRE(fs::exists(fixture));
    const auto run = xmllint({fixture});
    INFO(run.output);
    CHECK(run.status != 0);

    auto files = baseCourseFiles();
    files[replaces] = slurp(fixture);
    const kompis::core::MemoryPackage package(std::move(files), "fixture");
    CHECK(kompis::core::loadCourse(package).errorCount() > 0);
}

} // namespace

TEST_CASE("xmllint is there to check the schema (Debian package libxml2-utils)", "[schema]")
{
    requireXmllint();
}

TEST_CASE("every bundled course file is valid against the XML Schema", "[schema]")
{
    requireXmllint();
    std::size_t checked = 0;
    for (const auto& course : fs::directory_iterator(KOMPIS_COURSES_DIR))
    {
        if (!fs::exists(course.path() / "course.xml"))
            continue;
        DYNAMIC_SECTION(course.path().filename().string())
        {
            std::vector<fs::path> files{course.path() / "course.xml"};
            if (fs::exists(course.path() / "lessons"))
                for (const auto& lesson : fs::directory_iterator(course.path() / "lessons"))
                    if (lesson.path().extension() == ".xml")
                        files.push_back(lesson.path());
            const auto run = xmllint(files);
            INFO(run.output);
            CHECK(run.status == 0);
            checked += files.size();
        }
    }
    CHECK(checked > 0);
}

TEST_CASE("a lesson the loader rejects for its structure is rejected by the schema too", "[schema]")
{
    requireXmllint();
    // Fixtures whose problem is one of structure, names or enumerated values: things a schema sees.
    const std::vector<std::string> structural{"unknown-step-element",
                                              "misspelt-item-element",
                                              "unknown-attribute",
                                              "missing-step-id",
                                              "bad-step-id",
                                              "truefalse-bad-answer",
                                              "points-not-a-number",
                                              "points-negative",
                                              "word-bad-part-of-speech",
                                              "feedback-bad-on",
                                              "mistake-points-over-one",
                                              "accept-unknown-standard",
                                              "bad-scoring",
                                              "misspelt-child-of-item",
                                              "tip-bad-kind",
                                              "dialogue-line-without-speaker",
                                              "missing-minutes",
                                              "minutes-too-many",
                                              "lesson-format-two",
                                              "wrong-root",
                                              "audio-without-transcript",
                                              "truefalse-without-answer",
                                              "no-steps",
                                              "missing-prompt",
                                              "dictation-without-audio",
                                              "image-without-alt",
                                              "word-without-translation",
                                              "dialogue-line-without-say",
                                              "sentence-without-gap",
                                              "stray-text-in-steps",
                                              "write-without-checklist",
                                              "write-empty-checklist",
                                              "write-with-feedback",
                                              "write-with-points",
                                              "write-bad-starts",
                                              "speak-without-audio",
                                              "paragraph-audio-inside-piece",
                                              "example-two-audio"};
    for (const auto& name : structural)
        DYNAMIC_SECTION(name)
        {
            checkRejectedByBoth(fs::path(KOMPIS_TEST_DATA) / "loader" / "lessons" / (name + ".xml"),
                                "lessons/base.xml");
        }
}

TEST_CASE("a course.xml the loader rejects for its structure is rejected by the schema too",
          "[schema]")
{
    requireXmllint();
    const std::vector<std::string> structural{"bad-course-id",   "bad-instruction-tag",
                                              "bad-level",       "bad-pass-mark",
                                              "bad-target",      "bad-version",
                                              "missing-id",      "unknown-course-attribute",
                                              "format-two",      "missing-licence",
                                              "misspelt-title",  "no-lessons",
                                              "unknown-topic",   "instruction-without-en",
                                              "empty-author",    "wrong-root",
                                              "bad-overview-tag"};
    for (const auto& name : structural)
        DYNAMIC_SECTION(name)
        {
            checkRejectedByBoth(fs::path(KOMPIS_TEST_DATA) / "loader" / "courses" / (name + ".xml"),
                                "course.xml");
        }
}

TEST_CASE("a course.xml with overview languages for its titles and goals passes the schema",
          "[schema]")
{
    requireXmllint();
    auto course = baseCourseFiles()["course.xml"];
    const std::string instruction = "instruction=\"en fi\"";
    course.replace(course.find(instruction), instruction.size(),
                   instruction + " overview=\"ti so\"");
    const auto run = xmllint({scratch("overview-course.xml", course)});
    INFO(run.output);
    CHECK(run.status == 0);
}

TEST_CASE("the base fixture the loader accepts also passes the schema", "[schema]")
{
    requireXmllint();
    const auto base = fs::path(KOMPIS_TEST_DATA) / "loader" / "base";
    const auto run = xmllint({base / "course.xml", base / "lessons" / "base.xml"});
    INFO(run.output);
    CHECK(run.status == 0);
}

TEST_CASE("every complete example document in FORMAT.md is valid against the XML Schema",
          "[schema]")
{
    requireXmllint();
    std::vector<fs::path> files;
    for (const auto& block : formatExamples())
        if (block.starts_with("<?xml"))
            files.push_back(
                scratch("format-example-" + std::to_string(files.size()) + ".xml", block));
    // FORMAT.md shows a course.xml and a lesson file; if it ever shows none, the example course
    // stands in for them.
    if (files.empty())
    {
        const auto example = fs::path(KOMPIS_COURSES_DIR) / "example";
        REQUIRE(fs::exists(example / "course.xml"));
        files.push_back(example / "course.xml");
        for (const auto& lesson : fs::directory_iterator(example / "lessons"))
            files.push_back(lesson.path());
    }
    const auto run = xmllint(files);
    INFO(run.output);
    CHECK(run.status == 0);
}

TEST_CASE("every step example in FORMAT.md is valid inside a lesson", "[schema]")
{
    requireXmllint();
    std::string steps;
    std::size_t count = 0;
    for (const auto& block : formatExamples())
        if (std::find(kStepElements.begin(), kStepElements.end(), rootName(block)) !=
            kStepElements.end())
        {
            steps += block;
            ++count;
        }
    CHECK(count >= 10);
    const auto lesson =
        scratch("format-steps.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                    "<lesson id=\"format\" format=\"1\" minutes=\"10\">"
                                    "<title>Steps from FORMAT.md</title><steps>\n" +
                                        steps + "</steps></lesson>\n");
    const auto run = xmllint({lesson});
    INFO(run.output);
    CHECK(run.status == 0);
}

TEST_CASE("a lesson with an unknown element fails the schema, which names the element", "[schema]")
{
    requireXmllint();
    const auto lesson = scratch("unknown-element.xml", R"(<?xml version="1.0" encoding="UTF-8"?>
<lesson id="broken" format="1" minutes="5">
  <title><t lang="en">Broken</t></title>
  <steps>
    <qestion id="q1"><prompt>Vad heter du?</prompt></qestion>
  </steps>
</lesson>
)");
    const auto run = xmllint({lesson});
    INFO(run.output);
    CHECK(run.status != 0);
    CHECK(run.output.find("qestion") != std::string::npos);
}

TEST_CASE("a course.xml with an unknown element or a level outside CEFR fails the schema",
          "[schema]")
{
    requireXmllint();
    const std::string head = R"(<?xml version="1.0" encoding="UTF-8"?>
<course id="broken" version="1.0.0" format="1" targets="sv" instruction="en" level=")";
    const std::string body = R"(">
  <title>Broken</title><description>Broken</description><topics>workplace</topics>
  <authors><author>Kompis</author></authors><licence>CC-BY-SA-4.0</licence>
  <lessons><lesson id="one" file="lessons/one.xml"/></lessons>
)";
    // The well-formed course first, so the failures below are the change and nothing else.
    const auto good = xmllint({scratch("good-course.xml", head + "A1" + body + "</course>\n")});
    INFO(good.output);
    REQUIRE(good.status == 0);

    const auto unknown = xmllint(
        {scratch("unknown-course.xml", head + "A1" + body + "<licens>MIT</licens></course>\n")});
    INFO(unknown.output);
    CHECK(unknown.status != 0);
    CHECK(unknown.output.find("licens") != std::string::npos);

    const auto level = xmllint({scratch("level-course.xml", head + "D1" + body + "</course>\n")});
    INFO(level.output);
    CHECK(level.status != 0);
}
