// Anki decks (.apkg): the SQLite collection inside, notes to words, clips copied.
#include "ApkgFixture.hpp"

using namespace kompis;
using namespace kompis::test;

TEST_CASE("an Anki deck's notes become words in lessons named after their sub-decks")
{
    ImportScratch scratch;
    const auto imported =
        importBytes(author::import::importApkg, slurp(workDeck(scratch.path)), "svenska.apkg");
    const auto& lessons = imported.course.lessons;
    REQUIRE(lessons.size() == 2);
    CHECK(lessons[0].title == "Jobbet");
    CHECK(lessons[1].title == "Hemma");
    REQUIRE(lessons[0].words.size() == 3);
    CHECK(lessons[0].words[0].term == "en chef");
    CHECK(lessons[0].words[0].translation == "a boss");
    CHECK(lessons[0].words[1].translation == "a schedule a timetable");
    CHECK(lessons[1].words[0].term == "en kollega");
}

TEST_CASE("an Anki deck's [sound:] clip is copied into media/ and given to its word")
{
    ImportScratch scratch;
    const auto imported =
        importBytes(author::import::importApkg, slurp(workDeck(scratch.path)), "svenska.apkg");
    const auto& chef = imported.course.lessons.at(0).words.at(0);
    CHECK(chef.audio == "media/chef.wav");
    REQUIRE(imported.course.media.contains("media/chef.wav"));
    CHECK(imported.course.media.at("media/chef.wav") == sineWav());
}

TEST_CASE("an Anki deck's missing clip and cloze note are reported, not dropped silently")
{
    ImportScratch scratch;
    const auto imported =
        importBytes(author::import::importApkg, slurp(workDeck(scratch.path)), "svenska.apkg");
    CHECK(imported.count("import-sound") == 1);
    CHECK(imported.count("import-unsupported-question") == 1);
}

TEST_CASE("a deck only newer Anki can read, or no zip at all, is refused with what to do")
{
    ImportScratch scratch;
    const auto deck = scratch.path / "new.apkg";
    writeZip(deck, {{"collection.anki21b", "zstd bytes"}, {"media", "zstd"}});
    const auto newer = importBytes(author::import::importApkg, slurp(deck), "new.apkg");
    REQUIRE(newer.count("import-bad-file") == 1);
    CHECK(newer.diagnostics[0].message.find("Support older Anki versions") != std::string::npos);
    CHECK(importBytes(author::import::importApkg, "not a zip", "x.apkg").count("import-bad-file") ==
          1);
}
