// The valid forms of `<write>`, `<speak>` and picture options load into the model as written;
// their broken forms are fixtures in tests/data/loader/lessons (write-*, speak-*, option-*).
#include "LoaderTestSupport.hpp"

#include <catch2/catch.hpp>

using namespace kompis;

namespace
{

const core::Item& onlyItem(const std::string& steps, core::CourseLoad& load)
{
    auto files = test::baseCourseFiles();
    files["lessons/base.xml"] =
        R"(<?xml version="1.0" encoding="UTF-8"?>
<lesson id="base" format="1" minutes="10">
  <title><t lang="en">Base</t><t lang="fi">Pohja</t></title>
  <steps>
)" + steps +
        R"(
  </steps>
</lesson>
)";
    load = test::loadFiles(files);
    INFO(test::describe(load.diagnostics));
    REQUIRE(load.errorCount() == 0);
    REQUIRE(load.course);
    const auto& lesson = load.course->lessons.front().lesson;
    REQUIRE(lesson);
    REQUIRE(lesson->steps.size() == 1);
    REQUIRE(lesson->steps.front().item());
    return *lesson->steps.front().item();
}

} // namespace

TEST_CASE("a writing task loads its situation, model answer with its lines, and checklist checks",
          "[loader]")
{
    core::CourseLoad load;
    const auto& item = onlyItem(R"(
    <write id="w-sick">
      <prompt><t lang="en">Write to your boss.</t><t lang="fi">Kirjoita esihenkilölle.</t></prompt>
      <situation><t lang="en">You are ill.</t><t lang="fi">Olet sairas.</t></situation>
      <model>
        Hej Anna!
        Jag är  sjuk i dag. Jag ringer i morgon.

        Hälsningar
        Ali
      </model>
      <checklist>
        <point starts="greeting"><t lang="en">Greet</t><t lang="fi">Tervehdi</t></point>
        <point contains="sjuk|förkyld"><t lang="en">Ill</t><t lang="fi">Sairas</t></point>
        <point words="5-60"><t lang="en">Short</t><t lang="fi">Lyhyt</t></point>
        <point words="3-"><t lang="en">Not empty</t><t lang="fi">Ei tyhjä</t></point>
        <point ends="name"><t lang="en">Sign</t><t lang="fi">Allekirjoita</t></point>
        <point><t lang="en">Polite</t><t lang="fi">Kohtelias</t></point>
      </checklist>
    </write>)",
                                load);
    CHECK(item.points == 0);
    const auto* task = std::get_if<core::WriteTask>(&item.body);
    REQUIRE(task);
    CHECK(task->modelAnswer ==
          "Hej Anna!\nJag är sjuk i dag. Jag ringer i morgon.\n\nHälsningar\nAli");
    REQUIRE(task->checklist.size() == 6);
    CHECK(task->checklist[0].check->kind == core::AutoCheck::Kind::StartsWithGreeting);
    CHECK(task->checklist[1].check->words == std::vector<std::string>{"sjuk", "förkyld"});
    CHECK(task->checklist[2].check->minWords == 5);
    CHECK(task->checklist[2].check->maxWords == 60);
    CHECK(task->checklist[3].check->maxWords == 0);
    CHECK(task->checklist[4].check->kind == core::AutoCheck::Kind::EndsWithName);
    CHECK_FALSE(task->checklist[5].check);
    CHECK(std::string(core::itemKindName(item.body)) == "write");
    CHECK(load.diagnostics.empty());
}

TEST_CASE("a speaking item loads its model clip, whose transcript is the text to say", "[loader]")
{
    core::CourseLoad load;
    const auto& item = onlyItem(R"(
    <speak id="k-name">
      <prompt><t lang="en">Say it aloud.</t><t lang="fi">Sano ääneen.</t></prompt>
      <audio src="media/a.ogg" transcript="Hej, jag heter Anna."/>
    </speak>)",
                                load);
    const auto* speak = std::get_if<core::SpeakAloud>(&item.body);
    REQUIRE(speak);
    CHECK(speak->model.transcript == "Hej, jag heter Anna.");
    CHECK(core::itemAudio(item.body) == &speak->model);
    CHECK(item.points == 0);
}

TEST_CASE("picture options load their image and alt text, and need no words", "[loader]")
{
    core::CourseLoad load;
    const auto& item = onlyItem(R"(
    <listen id="q-pic">
      <prompt><t lang="en">Tap the picture you hear.</t><t lang="fi">Napauta kuulemaasi kuvaa.</t></prompt>
      <audio src="media/a.ogg" transcript="en hund"/>
      <option correct="true" image="media/pic.png" alt="en hund"/>
      <option image="media/pic.png" alt="en katt"/>
      <feedback on="right"><t lang="en">Yes.</t><t lang="fi">Kyllä.</t></feedback>
      <feedback on="wrong"><t lang="en">No.</t><t lang="fi">Ei.</t></feedback>
    </listen>)",
                                load);
    const auto* options = core::itemOptions(item.body);
    REQUIRE(options);
    REQUIRE(options->size() == 2);
    REQUIRE(options->at(1).image);
    CHECK(options->at(1).image->src == "media/pic.png");
    CHECK(options->at(1).image->alt.variants.front().second == "en katt");
    CHECK(options->at(1).text.empty());
}

TEST_CASE("two picture options with the same alt text are reported as indistinguishable",
          "[loader]")
{
    auto files = test::baseCourseFiles();
    files["lessons/base.xml"] = R"(<?xml version="1.0" encoding="UTF-8"?>
<lesson id="base" format="1" minutes="10">
  <title><t lang="en">Base</t><t lang="fi">Pohja</t></title>
  <steps>
    <single id="q-pic">
      <prompt><t lang="en">Pick.</t><t lang="fi">Valitse.</t></prompt>
      <option correct="true" image="media/pic.png" alt="en hund"/>
      <option image="media/pic.png" alt="En hund"/>
      <feedback on="right"><t lang="en">Yes.</t><t lang="fi">Kyllä.</t></feedback>
      <feedback on="wrong"><t lang="en">No.</t><t lang="fi">Ei.</t></feedback>
    </single>
  </steps>
</lesson>
)";
    const auto load = test::loadFiles(files);
    CHECK(std::any_of(load.diagnostics.begin(), load.diagnostics.end(),
                      [](const auto& d)
                      { return d.ruleId == "item.duplicate-option" && d.where.line == 8; }));
}
