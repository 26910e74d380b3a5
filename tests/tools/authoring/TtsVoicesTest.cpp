// kompis-author tts and the speaker list: one voice per speaker, never one voice for two people
// of a dialogue, no guessing, re-voicing what changed and nothing else, no writing outside.
#include "ToolRun.hpp"

#include <map>
#include <set>
#include <sstream>

namespace fs = std::filesystem;
using kompis::test::runTool;
using kompis::test::slurp;
using kompis::test::spit;

namespace
{

const std::string kAuthor = KOMPIS_AUTHOR;

std::string courseXml(const std::string& speakers)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<course id="voices" version="1.0.0" format="1" targets="sv" instruction="en" level="A1">
  <title>Voices</title>
  <description>Who says what.</description>
  <topics>workplace</topics>
  <authors><author>Kompis tests</author></authors>
  <licence>CC0-1.0</licence>
)" + speakers +
           R"(  <lessons><lesson id="talk" file="lessons/talk.xml"/></lessons>
</course>
)";
}

constexpr const char* kSpeakers = R"(  <speakers>
    <speaker id="anna" name="Anna" voice="female"/>
    <speaker id="eva" name="Eva" voice="female"/>
    <speaker id="omar" name="Omar" voice="male" speed="130"/>
  </speakers>
)";

std::string line(const std::string& speaker, const std::string& clip, const std::string& text,
                 const std::string& extra = "")
{
    return "      <line speaker=\"" + speaker + "\"><say>" + text + "</say><audio src=\"media/" +
           clip + ".ogg\" transcript=\"" + text + "\"" + extra + "/></line>\n";
}

std::string lessonXml(const std::string& firstLine = "Hej! Jag heter Anna.")
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<lesson id="talk" format="1" minutes="5">
  <title>Talk</title>
  <steps>
    <dialogue id="talk-d1">
)" + line("anna", "d1-1", firstLine) +
           line("eva", "d1-2", "Hej Anna, jag heter Eva.") +
           line("anna", "d1-3", "Vad är numret?") +
           line("eva", "d1-4", "Det är 112.", " say=\"Det är ett ett två.\"") +
           R"(    </dialogue>
    <dialogue id="talk-d2">
)" + line("omar", "d2-1", "Hej Eva!") +
           line("eva", "d2-2", "Hej Omar!") + line("anna", "d2-3", "Hej på er!") +
           R"(    </dialogue>
    <vocabulary id="talk-words">
      <word id="w-jobb" lemma="jobb" pos="noun" article="ett">
        <translation>job</translation>
        <audio src="media/w-jobb.ogg" transcript="ett jobb"/>
      </word>
    </vocabulary>
  </steps>
</lesson>
)";
}

void replaceAll(std::string& text, const std::string& from, const std::string& to)
{
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

/// The voice tts recorded for each clip in its manifest.
std::map<std::string, std::string> voicesIn(const fs::path& course)
{
    std::map<std::string, std::string> voices;
    std::istringstream lines(slurp(course / "media" / "tts-manifest.txt"));
    for (std::string text; std::getline(lines, text);)
    {
        if (text.empty() || text[0] == '#')
            continue;
        std::istringstream fields(text);
        std::string src, voice;
        std::getline(fields, src, '\t');
        std::getline(fields, voice, '\t');
        voices[fs::path(src).stem().string()] = voice;
    }
    return voices;
}

struct VoicesCourse
{
    kompis::test::ScratchFolder scratch{"voices"};
    fs::path root = scratch.path / "course";

    explicit VoicesCourse(const std::string& speakers = kSpeakers)
    {
        spit(root / "course.xml", courseXml(speakers));
        spit(root / "lessons" / "talk.xml", lessonXml());
        fs::create_directories(root / "media");
    }
};

} // namespace

TEST_CASE("tts gives each listed speaker one voice and the people of a dialogue different ones",
          "[tts]")
{
    VoicesCourse course;
    const auto run = runTool(kAuthor, "tts " + course.root.string());
    INFO(run.out);
    REQUIRE(run.exit == 0);
    CHECK(run.out.find("made 8 of 8 missing clips") != std::string::npos);
    const auto voices = voicesIn(course.root);
    REQUIRE(voices.size() == 8);
    const auto anna = voices.at("d1-1"), eva = voices.at("d1-2"), omar = voices.at("d2-1");
    CHECK(voices.at("d1-3") == anna);
    CHECK(voices.at("d2-3") == anna);
    CHECK(voices.at("d1-4") == eva);
    CHECK(voices.at("d2-2") == eva);
    CHECK(std::set<std::string>{anna, eva, omar}.size() == 3);
    CHECK(anna.starts_with("sv+f"));
    CHECK(eva.starts_with("sv+f"));
    CHECK(omar.starts_with("sv+m"));
    CHECK(run.out.find("made media/d2-1.ogg: " + omar + ", 130 words a minute") !=
          std::string::npos);
    // A word nobody in particular says has the language's plain voice.
    CHECK(voices.at("w-jobb") == "sv");
    CHECK(fs::file_size(course.root / "media" / "d1-1.ogg") > 1000);
    CHECK(runTool(kAuthor, "validate " + course.root.string()).exit == 0);
}

TEST_CASE("a changed transcript is voiced again, unchanged clips and recordings are not touched",
          "[tts]")
{
    VoicesCourse course;
    REQUIRE(runTool(kAuthor, "tts " + course.root.string()).exit == 0);
    const auto media = course.root / "media";
    const auto unchanged = slurp(media / "d1-2.ogg");
    const auto before = slurp(media / "d1-1.ogg");
    const auto again = runTool(kAuthor, "tts " + course.root.string());
    CHECK(again.out.find("nothing to do") != std::string::npos);

    // The teacher edits the first line and replaces another clip with a recording.
    spit(course.root / "lessons" / "talk.xml", lessonXml("Hej! Jag heter Anna och jobbar här."));
    const std::string recording = slurp(media / "w-jobb.ogg") + std::string(16, '\0');
    spit(media / "d1-3.ogg", recording);
    auto text = slurp(course.root / "lessons" / "talk.xml");
    replaceAll(text, "Vad är numret?", "Vad är ditt nummer?");
    spit(course.root / "lessons" / "talk.xml", text);

    const auto run = runTool(kAuthor, "tts " + course.root.string());
    INFO(run.out);
    REQUIRE(run.exit == 0);
    CHECK(run.out.find("re-voiced media/d1-1.ogg") != std::string::npos);
    CHECK(run.out.find("re-voiced 1 whose transcript, voice or speed changed") !=
          std::string::npos);
    CHECK(slurp(media / "d1-1.ogg") != before);
    CHECK(slurp(media / "d1-2.ogg") == unchanged);
    CHECK(slurp(media / "d1-3.ogg") == recording);
}

TEST_CASE("a changed voice or say= voices the clip again", "[tts]")
{
    VoicesCourse course;
    REQUIRE(runTool(kAuthor, "tts " + course.root.string()).exit == 0);
    std::string speakers = kSpeakers;
    replaceAll(speakers, "\"male\" speed", "\"m6\" speed");
    spit(course.root / "course.xml", courseXml(speakers));
    auto lesson = slurp(course.root / "lessons" / "talk.xml");
    replaceAll(lesson, "ett ett två", "etthundratolv");
    spit(course.root / "lessons" / "talk.xml", lesson);
    const auto run = runTool(kAuthor, "tts " + course.root.string());
    INFO(run.out);
    CHECK(run.out.find("re-voiced media/d2-1.ogg: sv+m6") != std::string::npos);
    CHECK(run.out.find("re-voiced media/d1-4.ogg") != std::string::npos);
    CHECK(run.out.find("re-voiced 2 ") != std::string::npos);
}

TEST_CASE("tts refuses to guess the voice of a dialogue line whose speaker is not listed", "[tts]")
{
    VoicesCourse course("");
    const auto run = runTool(kAuthor, "tts " + course.root.string());
    INFO(run.out);
    CHECK(run.exit == 1);
    CHECK(run.out.find("lessons/talk.xml:6:") != std::string::npos);
    CHECK(run.out.find("error: `media/d1-1.ogg` is a dialogue line of `anna` but the course "
                       "lists no speakers") != std::string::npos);
    CHECK(run.out.find("[tts.unknown-speaker]") != std::string::npos);
    CHECK_FALSE(fs::exists(course.root / "media" / "d1-1.ogg"));
    // What needs no speaker is still made.
    CHECK(fs::exists(course.root / "media" / "w-jobb.ogg"));
}

TEST_CASE("two speakers of one dialogue given the same fixed voice are refused", "[tts]")
{
    std::string speakers = kSpeakers;
    replaceAll(speakers, "voice=\"female\"", "voice=\"f3\"");
    VoicesCourse course(speakers);
    const auto run = runTool(kAuthor, "tts " + course.root.string());
    INFO(run.out);
    CHECK(run.exit == 1);
    CHECK(run.out.find("`anna` and `eva` speak in one dialogue with the same voice (f3)") !=
          std::string::npos);
    CHECK(run.out.find("[tts.shared-voice]") != std::string::npos);
    CHECK_FALSE(fs::exists(course.root / "media" / "d1-1.ogg"));
}

TEST_CASE("tts does not write through a linked media folder that leads outside the course", "[tts]")
{
    VoicesCourse course;
    const auto outside = course.scratch.path / "elsewhere";
    fs::create_directories(outside);
    fs::remove_all(course.root / "media");
    fs::create_directory_symlink(outside, course.root / "media");
    const auto run = runTool(kAuthor, "tts " + course.root.string());
    INFO(run.out);
    CHECK(run.exit == 1);
    CHECK(run.out.find("media is a symbolic link to " + outside.string() +
                       ", outside the course") != std::string::npos);
    CHECK(fs::is_empty(outside));
}
