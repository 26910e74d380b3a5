// Word lists and question banks read the way Quizlet, Anki, Excel and Moodle write them.
#include "ImportTestSupport.hpp"

#include <set>

using namespace kompis;
using namespace kompis::test;
using author::import::QuestionKind;

namespace
{

const author::import::ImportedQuestion& question(const Imported& imported, std::string_view name)
{
    for (const auto& lesson : imported.course.lessons)
        for (const auto& q : lesson.questions)
            if (q.name == name)
                return q;
    FAIL("no question named " << name);
    throw;
}

} // namespace

TEST_CASE("a Windows-1252 list from Swedish Excel is read as the letters the teacher typed")
{
    // What Excel on Swedish Windows saves as "CSV (semikolonavgränsad)": ö is 0xF6, å 0xE5.
    const std::string bytes = "Svenska;Engelska\r\nl\xF6n;salary\r\nsj\xE4lv;self\r\n"
                              "\xE4ldre;older\r\n";
    const auto imported = importBytes(author::import::importCsv, bytes);
    const auto words = imported.words();
    REQUIRE(words.size() == 3);
    CHECK(words[0].term == "lön");
    CHECK(words[1].term == "själv");
    CHECK(words[2].term == "äldre");
    CHECK(words[2].translation == "older");
    CHECK(imported.count("import-encoding") == 1);
}

TEST_CASE("a UTF-8 list with a byte order mark keeps its first word whole and says nothing")
{
    const auto imported =
        importBytes(author::import::importCsv, "\xEF\xBB\xBFlön\tsalary\nsemester\tholiday\n");
    const auto words = imported.words();
    REQUIRE(words.size() == 2);
    CHECK(words[0].term == "lön");
    CHECK(imported.diagnostics.empty());
}

TEST_CASE("semicolon, comma and tab lists with quoted fields give the same words")
{
    const std::vector<std::string> lists = {
        "\"hej, hej\";\"hi; \"\"hello\"\"\"\nett schema;a schedule\n",
        "\"hej, hej\",\"hi; \"\"hello\"\"\"\nett schema,a schedule\n",
        "\"hej, hej\"\t\"hi; \"\"hello\"\"\"\nett schema\ta schedule\n",
    };
    for (const auto& list : lists)
    {
        const auto words = importBytes(author::import::importCsv, list).words();
        REQUIRE(words.size() == 2);
        CHECK(words[0].term == "hej, hej");
        CHECK(words[0].translation == "hi; \"hello\"");
        CHECK(words[1].term == "ett schema");
        CHECK(words[1].line == 2);
    }
}

TEST_CASE("a quoted field across lines keeps the line numbers of the rows after it right")
{
    const auto imported = importBytes(author::import::importCsv,
                                      "lön;\"salary,\nwage\"\nsemester;\nett schema;a schedule\n");
    const auto words = imported.words();
    REQUIRE(words.size() == 2);
    CHECK(words[0].translation == "salary, wage");
    CHECK(words[1].line == 4);
    CHECK(imported.lines("import-incomplete-row") == std::vector<int>{3});
}

TEST_CASE("a header naming the languages finds the Norwegian column when it comes second")
{
    const auto imported = importBytes(author::import::importCsv,
                                      "English,Norsk,Eksempel\nsalary,lønn,Lønna kommer i dag.\n");
    const auto words = imported.words();
    REQUIRE(words.size() == 1);
    CHECK(words[0].term == "lønn");
    CHECK(words[0].translation == "salary");
    CHECK(words[0].example == "Lønna kommer i dag.");
    CHECK(imported.course.target == "nb");
}

TEST_CASE("a translation column named by its language makes that the translation's language")
{
    const auto words = importBytes(author::import::importCsv,
                                   "svenska;arabiska\nlön;\xD8\xB1\xD8\xA7\xD8\xAA\xD8\xA8\n")
                           .words();
    REQUIRE(words.size() == 1);
    CHECK(words[0].translationLang == "ar");
}

TEST_CASE("Anki's text export: directives skipped, HTML read, missing clips and columns reported "
          "by line")
{
    const auto imported = importBytes(author::import::importCsv,
                                      slurp(kImportData / "anki-notes.txt"), "anki-notes.txt");
    const auto words = imported.words();
    REQUIRE(words.size() == 4);
    CHECK(words[0].translation == "a schedule a timetable");
    CHECK(words[1].translation == "a boss");
    CHECK(words[2].term == "en \"fika\"");
    CHECK(imported.lines("import-sound") == std::vector<int>{5});
    CHECK(imported.lines("import-extra-column") == std::vector<int>{4});
}

TEST_CASE("a GIFT bank's categories become lessons and each question its nearest kind")
{
    const auto imported =
        importBytes(author::import::importGift, slurp(kImportData / "sfi-bank.gift"), "b.gift");
    const auto& lessons = imported.course.lessons;
    REQUIRE(lessons.size() == 2);
    CHECK(lessons[0].title == "På jobbet");
    CHECK(lessons[1].title == "Språk");
    CHECK(lessons[0].questions.size() == 5);

    const auto& sick = question(imported, "Sjukanmälan");
    CHECK(sick.kind == QuestionKind::SingleChoice);
    CHECK(sick.prompt == "Du är sjuk och kan inte jobba. Vem ringer du först?");
    REQUIRE(sick.answers.size() == 3);
    CHECK(sick.answers[0].fraction == 1);
    CHECK(sick.answers[1].feedback == "Nej, dit anmäler du senare.");

    const auto& good = question(imported, "Bra på jobbet");
    CHECK(good.kind == QuestionKind::MultipleChoice);
    CHECK(good.answers[0].fraction == Approx(0.5));
    CHECK(good.answers[2].fraction == Approx(-1));

    // Moodle shows the first feedback after a wrong answer, the second after a right one.
    const auto& fika = question(imported, "Fika");
    CHECK(fika.kind == QuestionKind::TrueFalse);
    CHECK(fika.truth);
    CHECK(fika.feedbackWrong == "Jo, fika är vanligt.");
    CHECK(fika.feedbackRight == "Rätt, fika är vanligt på svenska arbetsplatser.");

    const auto& pay = question(imported, "Lön");
    CHECK(pay.kind == QuestionKind::ShortAnswer);
    REQUIRE(pay.answers.size() == 3);
    CHECK(pay.answers[2].text == "löner");
    CHECK(pay.answers[2].fraction == Approx(0.5));
    CHECK(pay.feedbackGeneral == "Lön betalas oftast ut en gång i månaden.");

    const auto& words = question(imported, "Ord");
    CHECK(words.kind == QuestionKind::Matching);
    CHECK(words.pairs.size() == 3);
    CHECK(words.pairs[1] == std::pair<std::string, std::string>{"en kollega", "a colleague"});

    const auto& gap = question(imported, "Lucka");
    CHECK(gap.kind == QuestionKind::ShortAnswer);
    CHECK(gap.before == "Jag");
    CHECK(gap.after == "på ett kontor i Umeå.");

    // A `=` among weighted `~`s: one right answer, the weighted ones partly right.
    CHECK(question(imported, "Hälsa").kind == QuestionKind::SingleChoice);

    const auto& escaped = question(imported, "Ordet");
    CHECK(escaped.prompt == "Jag { tycker } om mitt _____ på kontoret.");
}

TEST_CASE("GIFT questions Kompis cannot express are each reported at their line")
{
    const auto imported =
        importBytes(author::import::importGift, slurp(kImportData / "sfi-bank.gift"), "b.gift");
    // Numerical at 38, essay at 46, description at 49.
    CHECK(imported.lines("import-unsupported-question") == std::vector<int>{38, 46, 49});
}

TEST_CASE("a Moodle XML bank: categories, kinds, fractions, marks, and what is left out by line")
{
    const auto imported = importBytes(author::import::importMoodleXml,
                                      slurp(kImportData / "sfi-bank.xml"), "b.xml", "nb");
    const auto& lessons = imported.course.lessons;
    REQUIRE(lessons.size() == 2);
    CHECK(lessons[0].title == "Arbeidsliv");
    CHECK(lessons[1].title == "Bilder og tall");

    const auto& sick = question(imported, "Sykemelding");
    CHECK(sick.kind == QuestionKind::SingleChoice);
    CHECK(sick.prompt == "Hvem skal du ringe først når du er syk?");
    CHECK(sick.answers[0].text == "Lederen min");
    CHECK(sick.answers[0].feedback == "Ja, ring lederen før arbeidsdagen begynner.");
    CHECK(sick.feedbackRight == "Svaret ditt er riktig.");

    const auto& lunch = question(imported, "Lunsj");
    CHECK(lunch.kind == QuestionKind::TrueFalse);
    CHECK(lunch.truth);
    CHECK(lunch.feedbackWrong == "Jo, matpakke er vanlig.");

    const auto& pay = question(imported, "Lønn");
    CHECK(pay.kind == QuestionKind::ShortAnswer);
    CHECK(pay.points == 2);
    CHECK(pay.answers[1].fraction == Approx(0.5));

    CHECK(question(imported, "Yrker").pairs.size() == 2);
    CHECK(question(imported, "Verktøy").kind == QuestionKind::MultipleChoice);

    CHECK(imported.lines("import-extra-answer") == std::vector<int>{164});
    CHECK(imported.lines("import-image") == std::vector<int>{180});
    CHECK(imported.lines("import-unsupported-question") == std::vector<int>{213, 229});
}

TEST_CASE("a file that is no Moodle bank is refused with a sentence, not a crash")
{
    const auto broken = importBytes(author::import::importMoodleXml, "<quiz><question", "b.xml");
    CHECK(broken.count("import-bad-file") == 1);
    CHECK(broken.course.lessons.empty());
    const auto other = importBytes(author::import::importMoodleXml, "<html/>", "b.xml");
    CHECK(other.count("import-bad-file") == 1);
}

TEST_CASE("every import-… rule the importers report is explained in tools/RULES.md")
{
    const auto rules = slurp(fs::path(KOMPIS_SOURCE_DIR) / "tools" / "RULES.md");
    std::set<std::string> used;
    for (const auto& entry :
         fs::directory_iterator(fs::path(KOMPIS_SOURCE_DIR) / "tools" / "author" / "import"))
    {
        const auto code = slurp(entry.path());
        for (auto at = code.find("\"import-"); at != std::string::npos;
             at = code.find("\"import-", at + 1))
            used.insert(code.substr(at + 1, code.find('"', at + 1) - at - 1));
    }
    CHECK(used.size() >= 15);
    for (const auto& rule : used)
    {
        INFO(rule << " is not explained in tools/RULES.md");
        CHECK(rules.find("| `" + rule + "` |") != std::string::npos);
    }
}
