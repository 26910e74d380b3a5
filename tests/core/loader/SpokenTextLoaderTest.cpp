// Clips that read one paragraph or one example sentence aloud (FORMAT.md, Text): where they may
// stand, how a paragraph in two languages takes one per piece, and the transcript check.
#include "LoaderTestSupport.hpp"
#include "core/text/Unicode.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace kompis;

namespace
{

std::string lesson(const std::string& steps)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<lesson id="base" format="1" minutes="10">
  <title><t lang="en">Base</t><t lang="fi">Pohja</t></title>
  <glossary><entry id="g-hej" lemma="hej"><t lang="en">hi</t><t lang="fi">hei</t></entry></glossary>
  <steps>
)" + steps +
           R"(
  </steps>
</lesson>
)";
}

core::CourseLoad load(const std::string& steps, bool parallel = false)
{
    auto files = test::baseCourseFiles();
    if (parallel)
    {
        auto& course = files["course.xml"];
        course.replace(course.find("targets=\"sv\""), 12, "targets=\"sv nb\"");
    }
    files["lessons/base.xml"] = lesson(steps);
    files["media/b.ogg"] = files["media/a.ogg"];
    return test::loadFiles(files);
}

std::size_t count(const core::CourseLoad& loaded, std::string_view rule)
{
    return static_cast<std::size_t>(std::count_if(loaded.diagnostics.begin(),
                                                  loaded.diagnostics.end(),
                                                  [&](const auto& d) { return d.ruleId == rule; }));
}

const core::Step& step(const core::CourseLoad& loaded, std::size_t index)
{
    REQUIRE(loaded.usable());
    const auto& lesson = loaded.course->lessons.front().lesson;
    REQUIRE(lesson);
    REQUIRE(lesson->steps.size() > index);
    return lesson->steps[index];
}

} // namespace

TEST_CASE("a paragraph's own clip and an example's clip load beside the text they read",
          "[loader][spoken]")
{
    const auto loaded = load(R"(
    <text id="t1">
      <p><term ref="g-hej">Hej</term>, jag heter Anna. <audio src="media/a.ogg" transcript="Hej, jag heter Anna."/></p>
      <p>Jag jobbar i Umeå.</p>
      <audio src="media/b.ogg" transcript="Hej, jag heter Anna. Jag jobbar i Umeå."/>
    </text>
    <vocabulary id="v1">
      <word id="w-bil" lemma="bil" pos="noun" article="en">
        <translation><t lang="en">car</t><t lang="fi">auto</t></translation>
        <example>Jag har en bil. <audio src="media/b.ogg" transcript="Jag har en bil."/></example>
        <audio src="media/a.ogg" transcript="en bil"/>
      </word>
    </vocabulary>)");
    INFO(test::describe(loaded.diagnostics));
    CHECK(loaded.diagnostics.empty());
    const auto& text = std::get<core::TextStep>(step(loaded, 0).body);
    REQUIRE(text.paragraphs.size() == 2);
    REQUIRE(text.paragraphs[0].audio.size() == 1);
    CHECK(text.paragraphs[0].audio[0].src == "media/a.ogg");
    CHECK(text.paragraphs[0].audio[0].lang == "sv");
    CHECK(text.paragraphs[1].audio.empty());
    REQUIRE(text.audio);
    CHECK(text.audio->src == "media/b.ogg");
    // The clip is not part of the text the learner reads.
    CHECK(text.paragraphs[0].variants[0].second.back().text == ", jag heter Anna.");

    const auto& word = std::get<core::VocabularyStep>(step(loaded, 1).body).entries.at(0);
    CHECK(word.example == "Jag har en bil.");
    REQUIRE(word.exampleAudio);
    CHECK(word.exampleAudio->src == "media/b.ogg");
    REQUIRE(word.audio);
    CHECK(word.audio->transcript == "en bil");
    CHECK(core::stepAudio(step(loaded, 0)).size() == 2);
    CHECK(core::stepAudio(step(loaded, 1)).size() == 2);
}

TEST_CASE("a paragraph in two languages takes one clip per piece, each naming its piece",
          "[loader][spoken]")
{
    const std::string pieces =
        R"(<p><t lang="sv">Vi sorterar avfall.</t><t lang="nb">Vi sorterer avfall.</t>)";
    SECTION("one clip per piece loads, and the learner of each variant gets their own")
    {
        const auto loaded = load(R"(<text id="t1">)" + pieces + R"(
            <audio lang="sv" src="media/a.ogg" transcript="Vi sorterar avfall."/>
            <audio lang="nb" src="media/b.ogg" transcript="Vi sorterer avfall."/></p></text>)",
                                 true);
        INFO(test::describe(loaded.diagnostics));
        CHECK(loaded.diagnostics.empty());
        const auto& paragraph = std::get<core::TextStep>(step(loaded, 0).body).paragraphs.at(0);
        REQUIRE(paragraph.audioFor("sv"));
        CHECK(paragraph.audioFor("sv")->src == "media/a.ogg");
        REQUIRE(paragraph.audioFor("nb"));
        CHECK(paragraph.audioFor("nb")->src == "media/b.ogg");
    }
    SECTION("a clip without lang is refused: it could read either piece")
    {
        const auto loaded =
            load(R"(<text id="t1">)" + pieces +
                     R"(<audio src="media/a.ogg" transcript="Vi sorterar avfall."/></p></text>)",
                 true);
        CHECK(count(loaded, "lesson.missing-attribute") == 1);
    }
    SECTION("a clip naming a language the paragraph has no piece in is refused")
    {
        const auto loaded = load(
            R"(<text id="t1"><p><t lang="sv">Vi sorterar avfall.</t>
               <audio lang="nb" src="media/a.ogg" transcript="Vi sorterer avfall."/></p></text>)",
            true);
        CHECK(count(loaded, "lesson.unknown-lang") == 1);
    }
    SECTION("two clips for one piece are refused")
    {
        const auto loaded = load(R"(<text id="t1">)" + pieces + R"(
            <audio lang="sv" src="media/a.ogg" transcript="Vi sorterar avfall."/>
            <audio lang="sv" src="media/b.ogg" transcript="Vi sorterar avfall."/></p></text>)",
                                 true);
        CHECK(count(loaded, "lesson.duplicate-element") == 1);
    }
    SECTION("each piece's clip is compared with its own piece")
    {
        const auto loaded = load(R"(<text id="t1">)" + pieces + R"(
            <audio lang="sv" src="media/a.ogg" transcript="Vi sorterer avfall."/>
            <audio lang="nb" src="media/b.ogg" transcript="Vi sorterer avfall."/></p></text>)",
                                 true);
        CHECK(count(loaded, "media.transcript-differs") == 1);
    }
}

TEST_CASE("a second whole-text clip is an error instead of silently replacing the first",
          "[loader][spoken]")
{
    const auto loaded = load(R"(<text id="t1"><p>Hej.</p>
      <audio src="media/a.ogg" transcript="Hej."/>
      <audio src="media/b.ogg" transcript="Hej."/></text>)");
    CHECK(count(loaded, "lesson.duplicate-element") == 1);
    CHECK(loaded.errorCount() == 1);
}

TEST_CASE("transcripts are compared as speech: case, punctuation, spacing and normal form do not "
          "count, words do",
          "[loader][spoken]")
{
    using core::text::spokenKey;
    CHECK(spokenKey("Hej, Anna! – Välkommen.") == spokenKey("hej anna välkommen"));
    // "å" as one code point and as a + combining ring.
    CHECK(spokenKey("Umeå") == spokenKey("Ume\x61\xCC\x8A"));
    CHECK(spokenKey("Ring 112.") == spokenKey("ring 112"));
    CHECK(spokenKey("«Straße»") == spokenKey("STRASSE"));
    CHECK(spokenKey("Jag jobbar i Umeå.") != spokenKey("Jag jobbar i Luleå."));
    CHECK(spokenKey("Ring 112.") != spokenKey("Ring 113."));
}
