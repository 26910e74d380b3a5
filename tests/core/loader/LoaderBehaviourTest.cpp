#include "LoaderTestSupport.hpp"
#include "core/package/PackageFiles.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

using namespace kompis;

namespace
{

bool hasRule(const core::CourseLoad& load, std::string_view rule)
{
    return std::any_of(load.diagnostics.begin(), load.diagnostics.end(),
                       [&](const auto& d) { return d.ruleId == rule; });
}

const core::Diagnostic& firstWithRule(const core::CourseLoad& load, std::string_view rule)
{
    const auto found = std::find_if(load.diagnostics.begin(), load.diagnostics.end(),
                                    [&](const auto& d) { return d.ruleId == rule; });
    REQUIRE(found != load.diagnostics.end());
    return *found;
}

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

template <class T> std::vector<const T*> stepsOf(const core::Lesson& lesson)
{
    std::vector<const T*> found;
    for (const auto& step : lesson.steps)
    {
        if constexpr (std::is_same_v<T, core::Item>)
        {
            if (const auto* item = step.item())
                found.push_back(item);
        }
        else if (const auto* body = std::get_if<T>(&step.body))
            found.push_back(body);
    }
    return found;
}

} // namespace

TEST_CASE("the example course loads without diagnostics and uses every step and item type",
          "[loader]")
{
    const core::DirectoryPackage package(std::string(KOMPIS_COURSES_DIR) + "/example");
    const auto load = core::loadCourse(package);
    INFO(test::describe(load.diagnostics));
    REQUIRE(load.diagnostics.empty());
    REQUIRE(load.usable());
    const auto& course = *load.course;
    CHECK(course.id == "example");
    CHECK(course.targets == std::vector<std::string>{"sv"});
    CHECK(course.instructionLangs == std::vector<std::string>{"en", "fi"});
    REQUIRE(course.lessons.size() == 3);
    CHECK(course.lessons[1].prerequisites == std::vector<std::string>{"hello"});

    std::set<std::size_t> stepKinds;
    std::set<std::string> itemKinds;
    for (const auto& slot : course.lessons)
    {
        REQUIRE(slot.lesson);
        for (const auto& step : slot.lesson->steps)
        {
            stepKinds.insert(step.body.index());
            if (const auto* item = step.item())
                itemKinds.insert(core::itemKindName(item->body));
        }
    }
    CHECK(stepKinds.size() == std::variant_size_v<core::StepBody>);
    CHECK(itemKinds.size() == std::variant_size_v<core::ItemBody>);
}

TEST_CASE("an unknown element suggests the element it was probably meant to be", "[loader]")
{
    auto files = test::baseCourseFiles();
    files["lessons/base.xml"] = replaced(files["lessons/base.xml"], "<prompt>", "<promt>");
    files["lessons/base.xml"] = replaced(files["lessons/base.xml"], "</prompt>", "</promt>");
    const auto load = test::loadFiles(files);
    const auto& d = firstWithRule(load, "lesson.unknown-element");
    CHECK(d.message.find("<promt>") != std::string::npos);
    CHECK(d.message.find("did you mean <prompt>?") != std::string::npos);
    CHECK(d.where.line == 13);
    CHECK(d.where.column == 7);
}

TEST_CASE("diagnostics read like a compiler's: path, line, column, severity, message and rule",
          "[loader]")
{
    auto files = test::baseCourseFiles();
    files["lessons/base.xml"] = replaced(files["lessons/base.xml"], "<text id=\"s-text\">",
                                         "<text id=\"s-text\" size=\"big\">");
    const auto load = test::loadFiles(files);
    const auto text = core::formatDiagnostic(firstWithRule(load, "lesson.unknown-attribute"));
    INFO(text);
    CHECK(text.starts_with(
        "fixture/lessons/base.xml:8:23: error: unknown attribute `size` on <text>"));
    CHECK(text.ends_with("[lesson.unknown-attribute]"));
}

TEST_CASE("invalid UTF-8 is reported with the line and column of the first bad byte", "[loader]")
{
    auto files = test::baseCourseFiles();
    // A Latin-1 'ä' (0xE4) where UTF-8 needs two bytes, as old editors save it.
    files["lessons/base.xml"] =
        replaced(files["lessons/base.xml"], "jag heter Anna.</p>", "jag \xE4r Anna.</p>");
    const auto load = test::loadFiles(files);
    const auto& d = firstWithRule(load, "file.invalid-utf8");
    CHECK(d.where.line == 9);
    CHECK(d.where.column == 44);
    CHECK(d.message.find("0xE4") != std::string::npos);
    REQUIRE(load.usable());
    CHECK(load.course->lessons[0].lesson == nullptr);
}

TEST_CASE("a file over the size limit is refused without being parsed", "[loader]")
{
    auto files = test::baseCourseFiles();
    core::LoadOptions options;
    options.maxXmlBytes =
        files["course.xml"].size(); // course.xml fits exactly; the lesson is larger
    REQUIRE(files["lessons/base.xml"].size() > options.maxXmlBytes);
    auto load = test::loadFiles(files, options);
    CHECK(firstWithRule(load, "file.too-large").where.file == "fixture/lessons/base.xml");
    CHECK(load.errorCount() == 1);
    REQUIRE(load.usable());
    CHECK(load.course->lessons[0].lesson == nullptr);

    options.maxXmlBytes = 100;
    load = test::loadFiles(files, options);
    CHECK(firstWithRule(load, "file.too-large").where.file == "fixture/course.xml");
    CHECK_FALSE(load.usable());
}

TEST_CASE("a package without course.xml says what a package needs", "[loader]")
{
    const auto load = test::loadFiles({{"lessons/a.xml", "<lesson/>"}});
    CHECK(hasRule(load, "course.missing"));
    CHECK_FALSE(load.usable());
}

TEST_CASE("a broken lesson does not stop the other lessons of the course from loading", "[loader]")
{
    auto files = test::baseCourseFiles();
    files["course.xml"] =
        replaced(files["course.xml"], "<lesson id=\"base\" file=\"lessons/base.xml\"/>",
                 "<lesson id=\"broken\" file=\"lessons/broken.xml\"/>\n"
                 "    <lesson id=\"base\" file=\"lessons/base.xml\" requires=\"broken\"/>");
    files["lessons/broken.xml"] =
        "<lesson id=\"broken\" format=\"1\" minutes=\"5\"><title>Oops</tit></lesson>";
    const auto load = test::loadFiles(files);
    REQUIRE(load.usable());
    REQUIRE(load.course->lessons.size() == 2);
    CHECK(load.course->lessons[0].lesson == nullptr);
    CHECK_FALSE(load.course->lessons[0].problems.empty());
    CHECK(load.course->lessons[0].problems[0].ruleId == "xml.malformed");
    REQUIRE(load.course->lessons[1].lesson != nullptr);
    CHECK(load.course->lessons[1].problems.empty());
    CHECK(load.course->lessons[1].lesson->steps.size() == 2);
}

TEST_CASE("step and word ids must be unique across all lessons of a package", "[loader]")
{
    auto files = test::baseCourseFiles();
    files["course.xml"] =
        replaced(files["course.xml"], "<lesson id=\"base\" file=\"lessons/base.xml\"/>",
                 "<lesson id=\"base\" file=\"lessons/base.xml\"/>\n"
                 "    <lesson id=\"second\" file=\"lessons/second.xml\"/>");
    files["lessons/second.xml"] = replaced(
        replaced(files["lessons/base.xml"], "<lesson id=\"base\"", "<lesson id=\"second\""),
        "<single id=\"s-single\">", "<single id=\"s-other\">");
    const auto load = test::loadFiles(files);
    const auto& d = firstWithRule(load, "lesson.duplicate-id");
    CHECK(d.where.file == "fixture/lessons/second.xml");
    CHECK(d.where.line == 8);
    CHECK(d.message.find("fixture/lessons/base.xml:8") != std::string::npos);
    CHECK(load.errorCount() == 1);
}

TEST_CASE("a lesson file that course.xml does not list is a warning", "[loader]")
{
    auto files = test::baseCourseFiles();
    files["lessons/forgotten.xml"] = files["lessons/base.xml"];
    const auto load = test::loadFiles(files);
    CHECK(load.errorCount() == 0);
    CHECK(firstWithRule(load, "course.unlisted-lesson").severity == core::Severity::Warning);
}

TEST_CASE("a prerequisite cycle over several lessons names the lessons in the circle", "[loader]")
{
    auto files = test::baseCourseFiles();
    files["course.xml"] =
        replaced(files["course.xml"], "<lesson id=\"base\" file=\"lessons/base.xml\"/>",
                 "<lesson id=\"base\" file=\"lessons/base.xml\" requires=\"c\"/>\n"
                 "    <lesson id=\"b\" file=\"lessons/b.xml\" requires=\"base\"/>\n"
                 "    <lesson id=\"c\" file=\"lessons/c.xml\" requires=\"b\"/>");
    const auto load = test::loadFiles(files, {.loadLessons = false});
    const auto& d = firstWithRule(load, "course.prerequisite-cycle");
    CHECK(d.message.find("base → c → b → base") != std::string::npos);
}

TEST_CASE("a missing audio file is an error but the lesson stays playable with its transcript",
          "[loader]")
{
    auto files = test::baseCourseFiles();
    files.erase("media/a.ogg");
    const auto load = test::loadFiles(files);
    CHECK(hasRule(load, "media.missing"));
    REQUIRE(load.usable());
    const auto& lesson = load.course->lessons[0].lesson;
    REQUIRE(lesson);
    const auto texts = stepsOf<core::TextStep>(*lesson);
    REQUIRE(texts.size() == 1);
    REQUIRE(texts[0]->audio.has_value());
    CHECK(texts[0]->audio->transcript == "Hej, jag heter Anna.");
}

TEST_CASE("course.xml can be read alone for the library screen and lessons loaded later",
          "[loader]")
{
    const core::MemoryPackage package(test::baseCourseFiles(), "fixture");
    const auto load = core::loadCourse(package, {.loadLessons = false});
    REQUIRE(load.usable());
    CHECK(load.course->lessons[0].lesson == nullptr);
    core::DiagnosticSink sink;
    const auto lesson = core::loadLesson(package, *load.course, load.course->lessons[0], sink);
    REQUIRE(lesson);
    CHECK(sink.diagnostics().empty());
    CHECK(lesson->steps.size() == 2);
}

TEST_CASE("text is stored in NFC with white space collapsed and glossary terms kept as spans",
          "[loader]")
{
    auto files = test::baseCourseFiles();
    // "Hej" written with a decomposed e-acute would be unusual; a decomposed å in "på" is common
    // from macOS keyboards: a + U+030A.
    files["lessons/base.xml"] = replaced(files["lessons/base.xml"], "jag heter Anna.</p>",
                                         "jag   bor\n    p"
                                         "a\xCC\x8A"
                                         " jobbet.</p>");
    const auto load = test::loadFiles(files);
    INFO(test::describe(load.diagnostics));
    REQUIRE(load.errorCount() == 0);
    const auto texts = stepsOf<core::TextStep>(*load.course->lessons[0].lesson);
    const auto& spans = texts.at(0)->paragraphs.at(0).variants.at(0).second;
    REQUIRE(spans.size() == 2);
    CHECK(spans[0].text == "Hej");
    CHECK(spans[0].termRef == "g-hej");
    CHECK(spans[1].text == ", jag bor p\xC3\xA5 jobbet.");
}

TEST_CASE("word order accepts become token indices, whatever their case and final punctuation",
          "[loader]")
{
    const core::DirectoryPackage package(std::string(KOMPIS_COURSES_DIR) + "/example");
    const auto load = core::loadCourse(package);
    REQUIRE(load.usable());
    const core::WordOrder* order = nullptr;
    for (const auto* item : stepsOf<core::Item>(*load.course->lessons[0].lesson))
        if (const auto* found = std::get_if<core::WordOrder>(&item->body))
            order = found;
    REQUIRE(order);
    REQUIRE(order->tokens.size() == 5);
    CHECK(order->tokens[4].distractor);
    REQUIRE(order->acceptedOrders.size() == 2);
    CHECK(order->acceptedOrders[0] == std::vector<int>{0, 1, 2, 3});
    CHECK(order->acceptedOrders[1] == std::vector<int>{2, 1, 3, 0});
}

TEST_CASE("gap fill sentences keep the text around each gap with its spaces", "[loader]")
{
    const core::DirectoryPackage package(std::string(KOMPIS_COURSES_DIR) + "/example");
    const auto load = core::loadCourse(package);
    REQUIRE(load.usable());
    const core::GapFill* gapFill = nullptr;
    for (const auto* item : stepsOf<core::Item>(*load.course->lessons[0].lesson))
        if (const auto* found = std::get_if<core::GapFill>(&item->body))
            gapFill = found;
    REQUIRE(gapFill);
    REQUIRE(gapFill->sentence.size() == 5);
    CHECK(gapFill->sentence[0].text == "Jag har ");
    CHECK(gapFill->sentence[1].gapIndex == 0);
    CHECK(gapFill->sentence[2].text == " bil och jag ");
    CHECK(gapFill->sentence[3].gapIndex == 1);
    CHECK(gapFill->sentence[4].text == " i Kiruna.");
    REQUIRE(gapFill->gaps.size() == 2);
    CHECK(gapFill->gaps[0].mistakes.at(0).answer == "ett");
    CHECK(gapFill->gaps[1].accepted.size() == 2);
    CHECK(gapFill->wordBank.size() == 4);
}

TEST_CASE("a parallel course keeps Swedish and Norwegian variants and steps for one variant",
          "[loader]")
{
    auto files = test::baseCourseFiles();
    files["course.xml"] = replaced(files["course.xml"], "targets=\"sv\"", "targets=\"sv nb\"");
    files["lessons/base.xml"] = replaced(
        files["lessons/base.xml"], "<p><term ref=\"g-hej\">Hej</term>, jag heter Anna.</p>",
        "<p><t lang=\"sv\">Jag heter Anna.</t><t lang=\"nb\">Jeg heter Anna.</t></p>");
    files["lessons/base.xml"] = replaced(files["lessons/base.xml"], "<single id=\"s-single\">",
                                         "<single id=\"s-single\" lang=\"nb\">");
    const auto load = test::loadFiles(files);
    INFO(test::describe(load.diagnostics));
    REQUIRE(load.errorCount() == 0);
    const auto& lesson = *load.course->lessons[0].lesson;
    const auto& variants = std::get<core::TextStep>(lesson.steps[0].body).paragraphs[0].variants;
    REQUIRE(variants.size() == 2);
    CHECK(variants[1].first == "nb");
    CHECK(variants[1].second[0].text == "Jeg heter Anna.");
    CHECK(lesson.steps[1].lang == "nb");
}

TEST_CASE("nynorsk and bokmål answers keep their written-standard tags", "[loader]")
{
    auto files = test::baseCourseFiles();
    files["course.xml"] = replaced(files["course.xml"], "targets=\"sv\"", "targets=\"nb\"");
    files["lessons/base.xml"] = replaced(files["lessons/base.xml"], "<single id=\"s-single\">",
                                         R"(<gapfill id="s-gap">
      <prompt><t lang="en">Fill in.</t><t lang="fi">Täydennä.</t></prompt>
      <sentence>Jeg snakker <gap><accept std="nb">ikke</accept><accept std="nn">ikkje</accept></gap> svensk.</sentence>
      <feedback on="right"><t lang="en">Yes.</t><t lang="fi">Kyllä.</t></feedback>
      <feedback on="wrong"><t lang="en">No.</t><t lang="fi">Ei.</t></feedback>
    </gapfill>
    <single id="s-single">)");
    files["lessons/base.xml"] =
        replaced(files["lessons/base.xml"], "jag heter Anna.", "jeg heter Anna.");
    const auto load = test::loadFiles(files);
    INFO(test::describe(load.diagnostics));
    REQUIRE(load.errorCount() == 0);
    const auto& gap =
        std::get<core::GapFill>(load.course->lessons[0].lesson->steps[1].item()->body).gaps.at(0);
    REQUIRE(gap.accepted.size() == 2);
    CHECK(gap.accepted[0].standard == "nb");
    CHECK(gap.accepted[1].text == "ikkje");
    CHECK(gap.accepted[1].standard == "nn");
}

TEST_CASE("deeply nested or hostile XML is reported, not crashed on", "[loader]")
{
    auto files = test::baseCourseFiles();
    std::string deep;
    for (int i = 0; i < 5000; ++i)
        deep += "<p>";
    files["lessons/base.xml"] = "<lesson id=\"base\" format=\"1\" minutes=\"5\">" + deep;
    const auto load = test::loadFiles(files);
    CHECK(hasRule(load, "xml.malformed"));
    REQUIRE(load.usable());
    CHECK(load.course->lessons[0].lesson == nullptr);
}

TEST_CASE("a course's pass mark is read from pass-mark and is 0.6 when the course sets none",
          "[loader]")
{
    auto files = test::baseCourseFiles();
    const auto plain = test::loadFiles(files);
    REQUIRE(plain.usable());
    CHECK(plain.course->passMark == Approx(0.6));
    files["course.xml"] =
        replaced(files["course.xml"], "level=\"A1\"", "level=\"A1\" pass-mark=\"0.8\"");
    const auto strict = test::loadFiles(files);
    REQUIRE(strict.usable());
    CHECK(strict.errorCount() == 0);
    CHECK(strict.course->passMark == Approx(0.8));
    files["course.xml"] = replaced(files["course.xml"], "pass-mark=\"0.8\"", "pass-mark=\"0,8\"");
    const auto comma = test::loadFiles(files);
    const auto& d = firstWithRule(comma, "course.bad-pass-mark");
    CHECK(d.message.find("0,8") != std::string::npos);
}
