// The XML Schema is for editors; the loader is the definition. These tests keep them agreeing:
// every bundled course file validates, and what the schema can see as broken, it rejects too.
#include "core/loader/CourseLoader.hpp"
#include "core/package/MemoryPackage.hpp"

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>

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

std::string slurp(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

TEST_CASE("xmllint is there to check the schema (Debian package libxml2-utils)", "[schema]")
{
    INFO("install it with: apt-get install libxml2-utils");
    REQUIRE(haveXmllint());
}

TEST_CASE("every bundled course file is valid against the XML Schema", "[schema]")
{
    REQUIRE(haveXmllint());
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
    REQUIRE(haveXmllint());
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
                                              "no-steps"};
    const auto folder = fs::path(KOMPIS_TEST_DATA) / "loader" / "lessons";
    for (const auto& name : structural)
        DYNAMIC_SECTION(name)
        {
            const auto file = folder / (name + ".xml");
            REQUIRE(fs::exists(file));
            const auto run = xmllint({file});
            INFO(run.output);
            CHECK(run.status != 0);

            // …and the loader, given the same file as a lesson of the base course, reports an
            // error.
            std::map<std::string, std::string> files;
            const auto base = fs::path(KOMPIS_TEST_DATA) / "loader" / "base";
            for (const auto& entry : fs::recursive_directory_iterator(base))
                if (entry.is_regular_file())
                    files[fs::relative(entry.path(), base).generic_string()] = slurp(entry.path());
            files["lessons/base.xml"] = slurp(file);
            const kompis::core::MemoryPackage package(std::move(files), "fixture");
            CHECK(kompis::core::loadCourse(package).errorCount() > 0);
        }
}

TEST_CASE("the base fixture the loader accepts also passes the schema", "[schema]")
{
    REQUIRE(haveXmllint());
    const auto base = fs::path(KOMPIS_TEST_DATA) / "loader" / "base";
    const auto run = xmllint({base / "course.xml", base / "lessons" / "base.xml"});
    INFO(run.output);
    CHECK(run.status == 0);
}
