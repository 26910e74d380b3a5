// Hostile course files (issue 15): caps with clear diagnostics, and text that stays text.
#include "LoaderTestSupport.hpp"
#include "core/loader/CourseXml.hpp"
#include "core/model/InputLimits.hpp"
#include "support/Scaling.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace kompis;

namespace
{

std::vector<core::Diagnostic> withRule(const core::CourseLoad& load, std::string_view rule)
{
    std::vector<core::Diagnostic> found;
    std::copy_if(load.diagnostics.begin(), load.diagnostics.end(), std::back_inserter(found),
                 [&](const auto& d) { return d.ruleId == rule; });
    return found;
}

std::string courseWithLessons(const std::string& lessons, const std::string& title = "Base")
{
    auto xml = test::baseCourseFiles()["course.xml"];
    const std::string from = "    <lesson id=\"base\" file=\"lessons/base.xml\"/>\n";
    xml.replace(xml.find(from), from.size(), lessons);
    const std::string oldTitle = "<t lang=\"en\">Base</t>";
    xml.replace(xml.find(oldTitle), oldTitle.size(), "<t lang=\"en\">" + title + "</t>");
    return xml;
}

core::CourseLoad loadCourseXml(const std::string& courseXml)
{
    auto files = test::baseCourseFiles();
    files["course.xml"] = courseXml;
    return test::loadFiles(files, {.loadLessons = false});
}

core::CourseLoad loadLessonText(const std::string& body)
{
    auto files = test::baseCourseFiles();
    files["lessons/base.xml"] = "<lesson id=\"base\" format=\"1\" minutes=\"10\">\n"
                                "<title><t lang=\"en\">B</t><t lang=\"fi\">B</t></title>\n"
                                "<steps><text id=\"s\">\n" +
                                body + "\n</text></steps></lesson>\n";
    return test::loadFiles(files);
}

} // namespace

TEST_CASE("a chain of 70,000 lessons each requiring the next is checked without exhausting the "
          "stack, and its cycle is named in a few lessons",
          "[loader][hostile]")
{
    // The cap keeps such a course out of the loader, so the graph check is driven directly.
    const std::string xml = "<course><lessons><lesson id=\"l0\"/></lessons></course>";
    const core::MemoryPackage package({{"course.xml", xml}}, "chain");
    core::DiagnosticSink sink;
    const core::loader::XmlSource source(package, "course.xml", 1 << 20, sink);
    REQUIRE(source.ok());
    core::Course course;
    constexpr std::size_t kLessons = 70000;
    for (std::size_t i = 0; i < kLessons; ++i)
    {
        core::LessonSlot slot;
        slot.id = "l" + std::to_string(i);
        slot.prerequisites = {"l" + std::to_string((i + 1) % kLessons)};
        course.lessons.push_back(std::move(slot));
    }
    core::loader::checkPrerequisites(source, source.root()->FirstChildElement("lessons"), course,
                                     sink);
    REQUIRE(sink.diagnostics().size() == 1);
    const auto& d = sink.diagnostics().front();
    CHECK(d.ruleId == "course.prerequisite-cycle");
    CHECK(d.message.find("l0 → l1 → l2") != std::string::npos);
    CHECK(d.message.find("70000 lessons in all") != std::string::npos);
    CHECK(d.message.size() < 400);
}

TEST_CASE("a course listing more lessons than the cap says so once and keeps the first ones",
          "[loader][hostile]")
{
    std::string lessons = "    <lesson id=\"base\" file=\"lessons/base.xml\"/>\n";
    for (std::size_t i = 1; i < core::limits::kMaxLessonsPerCourse + 50; ++i)
        lessons += "    <lesson id=\"l" + std::to_string(i) + "\" file=\"lessons/l" +
                   std::to_string(i) + ".xml\"/>\n";
    const auto load = loadCourseXml(courseWithLessons(lessons));
    REQUIRE(load.usable());
    CHECK(load.course->lessons.size() == core::limits::kMaxLessonsPerCourse);
    const auto found = withRule(load, "course.too-many-lessons");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.line == 9 + static_cast<int>(core::limits::kMaxLessonsPerCourse));
}

TEST_CASE("a lesson requiring more lessons than the cap is reported at requires= and keeps the "
          "first ones",
          "[loader][hostile]")
{
    std::string requires_;
    for (std::size_t i = 0; i < 100; ++i)
        requires_ += " base";
    const auto load =
        loadCourseXml(courseWithLessons("    <lesson id=\"base\" file=\"lessons/base.xml\"/>\n"
                                        "    <lesson id=\"b\" file=\"lessons/b.xml\" requires=\"" +
                                        requires_ + "\"/>\n"));
    const auto found = withRule(load, "course.too-many-prerequisites");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.line == 10);
    CHECK(found[0].where.column == 41);
    CHECK(load.course->lessons[1].prerequisites.size() == core::limits::kMaxPrerequisitesPerLesson);
}

TEST_CASE("two lessons naming one file: the second is refused, so the file is loaded once",
          "[loader][hostile]")
{
    std::string lessons = "    <lesson id=\"base\" file=\"lessons/base.xml\"/>\n";
    for (int i = 0; i < 200; ++i)
        lessons +=
            "    <lesson id=\"again" + std::to_string(i) + "\" file=\"lessons/base.xml\"/>\n";
    auto files = test::baseCourseFiles();
    files["course.xml"] = courseWithLessons(lessons);
    const auto load = test::loadFiles(files);
    REQUIRE(load.usable());
    CHECK(load.course->lessons.size() == 1);
    CHECK(withRule(load, "course.duplicate-lesson-file").size() == 200);
    CHECK(withRule(load, "lesson.duplicate-id").empty());
    CHECK(withRule(load, "course.duplicate-lesson-file")[0].message.find("`base`") !=
          std::string::npos);
}

TEST_CASE("a title over the cap is reported and cut with an ellipsis, never inside a letter",
          "[loader][hostile]")
{
    std::string title;
    for (int i = 0; i < 16000; ++i)
        title += "å";
    const auto load = loadCourseXml(
        courseWithLessons("    <lesson id=\"base\" file=\"lessons/base.xml\"/>\n", title));
    REQUIRE(load.usable());
    REQUIRE(withRule(load, "course.title-too-long").size() == 1);
    std::string expected;
    for (std::size_t i = 0; i < core::limits::kMaxTitleCharacters; ++i)
        expected += "å";
    CHECK(load.course->title.pick("en") == expected + "…");
}

TEST_CASE("HTML entities, a bare ampersand, NUL, surrogate and control references are errors "
          "with line and column, and the lesson is not offered",
          "[loader][hostile]")
{
    const auto load =
        loadLessonText("<p>Vi ska st&auml;da&nbsp;nu &amp; sen, A & B.</p>\n"
                       "<p>Före&#0;efter &#xD800; &#27;[31m r\x1b[0m &#x9B; &#228; &#xZZ;</p>\n"
                       "<!-- & is fine in a comment --><p><![CDATA[ & here too ]]></p>");
    auto at = [&](std::string_view rule, int line, int column)
    {
        return std::any_of(load.diagnostics.begin(), load.diagnostics.end(),
                           [&](const auto& d) {
                               return d.ruleId == rule && d.where.line == line &&
                                      d.where.column == column;
                           });
    };
    INFO(test::describe(load.diagnostics));
    CHECK(at("xml.unknown-entity", 4, 13));
    CHECK(at("xml.unknown-entity", 4, 21));
    CHECK(at("xml.bare-ampersand", 4, 43));
    CHECK(at("xml.control-character", 5, 8));
    CHECK(at("xml.bad-reference", 5, 18));
    CHECK(at("xml.control-character", 5, 27));
    CHECK(at("xml.control-character", 5, 38));
    CHECK(at("xml.control-character", 5, 43));
    CHECK(at("xml.bad-reference", 5, 57));
    CHECK(withRule(load, "xml.unknown-entity")[0].message.find("(ä)") != std::string::npos);
    CHECK(load.errorCount() == 9);
    REQUIRE(load.usable());
    CHECK(load.course->lessons[0].lesson == nullptr);
}

TEST_CASE("thousands of character problems are listed up to a limit and the rest counted",
          "[loader][hostile]")
{
    std::string body = "<p>";
    for (int i = 0; i < 5000; ++i)
        body += "a & b ";
    const auto load = loadLessonText(body + "</p>");
    CHECK(withRule(load, "xml.bare-ampersand").size() == 50);
    const auto more = withRule(load, "xml.more-character-problems");
    REQUIRE(more.size() == 1);
    CHECK(more[0].message.starts_with("4950 more"));
}

TEST_CASE("an unknown element far along one long line is placed at its own column",
          "[loader][hostile]")
{
    std::string body = "<p>x</p>";
    for (int i = 0; i < 2000; ++i)
        body += "<odd" + std::to_string(i) + "/>";
    auto files = test::baseCourseFiles();
    files["lessons/base.xml"] =
        "<lesson id=\"base\" format=\"1\" minutes=\"10\"><title><t lang=\"en\">B</t><t "
        "lang=\"fi\">B</t></title><steps><text id=\"s\">" +
        body + "</text></steps></lesson>";
    const auto load = test::loadFiles(files);
    const auto found = withRule(load, "lesson.unknown-element");
    REQUIRE(found.size() == 2000);
    const auto prefix = files["lessons/base.xml"].find("<odd1999/>");
    CHECK(found.back().where.line == 1);
    CHECK(found.back().where.column == static_cast<int>(prefix) + 1);
}

TEST_CASE("an element with more attributes than any course element has stops the file before "
          "parsing, at the element",
          "[loader][hostile]")
{
    std::string tag = "<glossary";
    for (int i = 0; i < 65; ++i)
        tag += " a" + std::to_string(i) + "='x>'";
    const auto load = loadLessonText(tag + "/>");
    const auto found = withRule(load, "xml.too-many-attributes");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.line == 4);
    CHECK(found[0].where.column == 1);
    CHECK(found[0].message.find("65 attributes") != std::string::npos);
    CHECK(load.course->lessons[0].lesson == nullptr);
}

TEST_CASE("a word-order accept that no token split can build gives up within its search budget",
          "[loader][hostile]")
{
    // Tokens "a", "a a", … "a a … a" (12 of them) and a sentence of a's ending in "b": every
    // split is tried and fails at the end, which is exponential without a working budget.
    std::string tokens;
    std::size_t words = 0;
    for (int k = 1; k <= 12; ++k)
    {
        std::string token = "a";
        for (int i = 1; i < k; ++i)
            token += " a";
        tokens += "<token>" + token + "</token>";
        words += static_cast<std::size_t>(k);
    }
    std::string sentence;
    for (std::size_t i = 0; i + 1 < words; ++i)
        sentence += "a ";
    auto files = test::baseCourseFiles();
    files["lessons/base.xml"] =
        "<lesson id=\"base\" format=\"1\" minutes=\"10\"><title><t lang=\"en\">B</t><t "
        "lang=\"fi\">B</t></title><steps><wordorder id=\"w\"><prompt><t lang=\"en\">P</t><t "
        "lang=\"fi\">P</t></prompt>" +
        tokens + "<accept>" + sentence +
        "b</accept><feedback on=\"right\"><t lang=\"en\">y</t><t lang=\"fi\">y</t></feedback>"
        "<feedback on=\"wrong\"><t lang=\"en\">n</t><t lang=\"fi\">n</t></feedback>"
        "</wordorder></steps></lesson>";
    const double seconds = kompis::test::bestSeconds([&] { (void)test::loadFiles(files); }, 1);
    const auto load = test::loadFiles(files);
    CHECK(withRule(load, "item.bad-accept").size() == 1);
    // A bound, not a benchmark: the unbudgeted search took minutes.
    CHECK(seconds < 5.0);
}
