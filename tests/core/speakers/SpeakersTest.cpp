// The speaker list: lines name listed speakers by id, learners see their names, and a lesson's
// own speakers join the course's.
#include "core/loader/LoaderTestSupport.hpp"

#include <catch2/catch.hpp>

using namespace kompis;

namespace
{

constexpr const char* kCourseSpeakers = R"(  <speakers>
    <speaker id="anna" name="Anna Berg" voice="female"/>
    <speaker id="omar" name="Omar" voice="male" speed="140"/>
  </speakers>
)";

std::map<std::string, std::string> withSpeakers(const std::string& lessonSteps,
                                                const std::string& lessonSpeakers = "")
{
    auto files = test::baseCourseFiles();
    auto& course = files["course.xml"];
    course.insert(course.find("  <lessons>"), kCourseSpeakers);
    auto& lesson = files["lessons/base.xml"];
    const auto steps = lesson.find("  <steps>");
    lesson = lesson.substr(0, steps) + lessonSpeakers + "  <steps>\n" + lessonSteps +
             "  </steps>\n</lesson>\n";
    return files;
}

const core::DialogueStep& firstDialogue(const core::CourseLoad& load)
{
    const auto& steps = load.course->lessons.at(0).lesson->steps;
    return std::get<core::DialogueStep>(steps.at(0).body);
}

} // namespace

TEST_CASE("a line names a listed speaker by id and learners see the speaker's name", "[speakers]")
{
    const auto load = test::loadFiles(withSpeakers(R"(    <dialogue id="d1">
      <line speaker="anna"><say>Hej!</say><audio src="media/a.ogg" transcript="Hej!"/></line>
      <line speaker="omar"><say>Hej, Anna!</say></line>
    </dialogue>
)"));
    INFO(test::describe(load.diagnostics));
    REQUIRE(load.diagnostics.empty());
    REQUIRE(load.course->speakers.size() == 2);
    CHECK(load.course->speakers[1].speed == 140);
    const auto& dialogue = firstDialogue(load);
    CHECK(dialogue.lines[0].speaker == "Anna Berg");
    CHECK(dialogue.lines[0].speakerId == "anna");
    // The line's clip is spoken by the line's speaker, so tts can voice it.
    CHECK(dialogue.lines[0].audio->speaker == "anna");
    CHECK(dialogue.lines[1].speaker == "Omar");
}

TEST_CASE("a lesson's own speaker joins the course's, and may not reuse a course id", "[speakers]")
{
    core::LoadOptions keep;
    keep.keepLessonsWithErrors = true; // as kompis-author loads, to look at the rest
    const auto load = test::loadFiles(withSpeakers(R"(    <dialogue id="d1">
      <line speaker="eva"><say>Välkommen!</say></line>
      <line speaker="omar"><say>Tack!</say></line>
    </dialogue>
)",
                                                   R"(  <speakers>
    <speaker id="eva" name="Eva" voice="f4"/>
    <speaker id="omar" name="Omar S." voice="m2"/>
  </speakers>
)"),
                                      keep);
    REQUIRE(load.diagnostics.size() == 1);
    CHECK(load.diagnostics[0].ruleId == "lesson.duplicate-speaker");
    CHECK(load.diagnostics[0].message.find("already listed at fixture/course.xml:") !=
          std::string::npos);
    const auto& lesson = *load.course->lessons.at(0).lesson;
    REQUIRE(lesson.speakers.size() == 1);
    CHECK(lesson.speakers[0].voice == "f4");
    CHECK(firstDialogue(load).lines[0].speaker == "Eva");
}

TEST_CASE("a speaker written by name instead of id is an error at its column that names the id",
          "[speakers]")
{
    const auto load = test::loadFiles(withSpeakers(R"(    <dialogue id="d1">
      <line speaker="Anna Berg"><say>Hej!</say></line>
      <line speaker="omr"><say>Hej!</say></line>
    </dialogue>
)"));
    REQUIRE(load.diagnostics.size() == 2);
    const auto& byName = load.diagnostics[0];
    CHECK(byName.ruleId == "lesson.unknown-speaker");
    CHECK(byName.where.column == 13);
    CHECK(byName.message.find("did you mean `anna`?") != std::string::npos);
    CHECK(load.diagnostics[1].message.find("did you mean `omar`?") != std::string::npos);
}

TEST_CASE("without a speaker list a line's speaker stays free text, as in every older course",
          "[speakers]")
{
    auto files = test::baseCourseFiles();
    auto& lesson = files["lessons/base.xml"];
    lesson.insert(lesson.find("    <single"),
                  "    <dialogue id=\"d1\"><line speaker=\"Vem som helst\"><say>Hej!</say>"
                  "<audio src=\"media/a.ogg\" transcript=\"Hej!\" say=\"Hej hej!\"/></line>"
                  "</dialogue>\n");
    const auto load = test::loadFiles(files);
    INFO(test::describe(load.diagnostics));
    REQUIRE(load.diagnostics.empty());
    const auto& steps = load.course->lessons.at(0).lesson->steps;
    const auto& line = std::get<core::DialogueStep>(steps.at(1).body).lines.at(0);
    CHECK(line.speaker == "Vem som helst");
    CHECK(line.speakerId.empty());
    CHECK(line.audio->say == "Hej hej!");
}
