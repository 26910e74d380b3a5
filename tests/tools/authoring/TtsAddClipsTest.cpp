// kompis-author tts --add-missing: a clip for every paragraph and example sentence, written into
// the lesson files without disturbing them, voiced, clean to validate, and idempotent.
#include "ToolRun.hpp"

namespace fs = std::filesystem;
using kompis::test::runTool;
using kompis::test::ScratchFolder;
using kompis::test::slurp;
using kompis::test::spit;

namespace
{

const std::string kAuthor = KOMPIS_AUTHOR;

std::string courseXml(const std::string& targets)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<course id="spoken" version="1.0.0" format="1" targets=")" +
           targets + R"(" instruction="en" level="A1">
  <title>Spoken</title>
  <description>Every paragraph read aloud.</description>
  <topics>workplace</topics>
  <authors><author>Kompis tests</author></authors>
  <licence>CC0-1.0</licence>
  <lessons><lesson id="read" file="lessons/read.xml"/></lessons>
</course>
)";
}

// Hand-written layout an author would keep: comments, indentation, a term, a line break inside a
// paragraph, a paragraph that already has its clip, and Windows line ends in one place.
constexpr const char* kLesson =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<lesson id=\"read\" format=\"1\" minutes=\"5\">\n"
    "  <title>Read</title>\n"
    "  <glossary><entry id=\"g-fika\" lemma=\"fika\">coffee "
    "break</entry></glossary>\n"
    "  <steps>\n"
    "    <!-- the text learners read first -->\n"
    "    <text id=\"read-t1\">\n"
    "      <p>Anna börjar på ett nytt jobb &amp; hälsar.</p>\r\n"
    "      <p>Klockan tio är det <term ref=\"g-fika\">fika</term>.\n"
    "         Alla kommer.</p>\n"
    "      <p>Hon går hem. <audio src=\"media/own.ogg\" "
    "transcript=\"Hon går hem.\"/></p>\n"
    "    </text>\n"
    "    <vocabulary id=\"read-words\">\n"
    "      <word id=\"w-jobb\" lemma=\"jobb\" pos=\"noun\" "
    "article=\"ett\">\n"
    "        <translation>job</translation>\n"
    "        <example>Jag har ett \"bra\" jobb.</example> <!-- keep -->\n"
    "      </word>\n"
    "    </vocabulary>\n"
    "  </steps>\n"
    "</lesson>\n";

struct SpokenCourse
{
    ScratchFolder folder{"addclips"};
    fs::path root = folder.path / "course";
    fs::path lesson = root / "lessons" / "read.xml";

    explicit SpokenCourse(const std::string& targets = "sv", const std::string& lessonXml = kLesson)
    {
        spit(root / "course.xml", courseXml(targets));
        spit(lesson, lessonXml);
        fs::create_directories(root / "media");
    }
};

std::size_t countOf(const std::string& text, const std::string& what)
{
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

} // namespace

TEST_CASE("tts --add-missing gives every paragraph and example a clip, changes nothing else, and "
          "the course validates clean",
          "[tts][spoken]")
{
    SpokenCourse course;
    const auto before = slurp(course.lesson);

    const auto run = runTool(kAuthor, "tts " + course.root.string() + " --add-missing");
    INFO(run.out);
    REQUIRE(run.exit == 0);
    CHECK(run.out.find("added <audio> to 2 paragraphs and 1 examples in 1 lesson files") !=
          std::string::npos);
    const auto after = slurp(course.lesson);
    const std::string p1 =
        R"( <audio src="media/read-t1-p1.ogg" transcript="Anna börjar på ett nytt jobb &amp; hälsar."/>)";
    const std::string p2 =
        R"( <audio src="media/read-t1-p2.ogg" transcript="Klockan tio är det fika. Alla kommer."/>)";
    const std::string ex =
        R"( <audio src="media/w-jobb-ex.ogg" transcript="Jag har ett &quot;bra&quot; jobb."/>)";
    CHECK(after.find("hälsar." + p1 + "</p>\r\n") != std::string::npos);
    CHECK(after.find("Alla kommer." + p2 + "</p>\n") != std::string::npos);
    CHECK(after.find("jobb." + ex + "</example> <!-- keep -->") != std::string::npos);
    // Taking the three new elements out gives back the author's file byte for byte.
    std::string stripped = after;
    for (const auto& inserted : {p1, p2, ex})
        stripped.erase(stripped.find(inserted), inserted.size());
    CHECK(stripped == before);

    for (const auto* clip : {"read-t1-p1.ogg", "read-t1-p2.ogg", "w-jobb-ex.ogg", "own.ogg"})
        CHECK(fs::file_size(course.root / "media" / clip) > 1000);
    const auto validate = runTool(kAuthor, "validate --werror " + course.root.string());
    INFO(validate.out);
    CHECK(validate.exit == 0);

    SECTION("a second run changes nothing")
    {
        const auto clip = slurp(course.root / "media" / "read-t1-p1.ogg");
        const auto again = runTool(kAuthor, "tts " + course.root.string() + " --add-missing");
        INFO(again.out);
        CHECK(again.exit == 0);
        CHECK(again.out.find("added <audio> to 0 paragraphs and 0 examples in 0 lesson files") !=
              std::string::npos);
        CHECK(again.out.find("nothing to do") != std::string::npos);
        CHECK(slurp(course.lesson) == after);
        CHECK(slurp(course.root / "media" / "read-t1-p1.ogg") == clip);
    }
    SECTION("an edited paragraph whose clip still says the old text is a warning in validate, "
            "and tts voices the new transcript")
    {
        auto text = after;
        text.replace(text.find("Alla kommer."), 12, "Alla dricker kaffe.");
        spit(course.lesson, text);
        const auto warned = runTool(kAuthor, "validate " + course.root.string());
        INFO(warned.out);
        CHECK(warned.out.find("[media.transcript-differs]") != std::string::npos);
        CHECK(warned.out.find("read.xml:10:") != std::string::npos);
    }
}

TEST_CASE("tts --add-missing gives a paragraph in two languages one clip per piece, each in its "
          "own voice",
          "[tts][spoken]")
{
    SpokenCourse course("sv nb", R"(<?xml version="1.0" encoding="UTF-8"?>
<lesson id="read" format="1" minutes="5">
  <title>Read</title>
  <steps>
    <text id="waste-t1">
      <p><t lang="sv">Vi sorterar avfall.</t><t lang="nb">Vi sorterer avfall.</t></p>
    </text>
  </steps>
</lesson>
)");
    const auto run = runTool(kAuthor, "tts " + course.root.string() + " --add-missing");
    INFO(run.out);
    REQUIRE(run.exit == 0);
    const auto after = slurp(course.lesson);
    CHECK(
        after.find(
            R"(<t lang="nb">Vi sorterer avfall.</t> <audio lang="sv" src="media/waste-t1-p1-sv.ogg" transcript="Vi sorterar avfall."/> <audio lang="nb" src="media/waste-t1-p1-nb.ogg" transcript="Vi sorterer avfall."/></p>)") !=
        std::string::npos);
    CHECK(run.out.find("made media/waste-t1-p1-sv.ogg: sv,") != std::string::npos);
    CHECK(run.out.find("made media/waste-t1-p1-nb.ogg: nb,") != std::string::npos);
    CHECK(countOf(after, "<audio") == 2);
    CHECK(runTool(kAuthor, "validate --werror " + course.root.string()).exit == 0);
}
