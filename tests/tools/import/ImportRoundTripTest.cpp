// Import as a teacher runs it, then as the player sees it: the same loader reads the result with
// no errors, and every imported item takes its right answer as right.
#include "ApkgFixture.hpp"
#include "core/grading/Grader.hpp"
#include "core/loader/CourseLoader.hpp"

using namespace kompis;
using namespace kompis::test;

namespace
{

/// The answer a learner who knows it gives, built from the item alone.
core::Response rightAnswer(const core::Item& item)
{
    core::Response response;
    std::visit(
        [&](const auto& body)
        {
            using Body = std::decay_t<decltype(body)>;
            if constexpr (std::is_same_v<Body, core::SingleChoice> ||
                          std::is_same_v<Body, core::MultipleChoice> ||
                          std::is_same_v<Body, core::ListenChoose>)
            {
                for (std::size_t i = 0; i < body.options.size(); ++i)
                    if (body.options[i].correct)
                        response.choices.push_back(static_cast<int>(i));
            }
            else if constexpr (std::is_same_v<Body, core::TrueFalse>)
                response.truth = body.answer;
            else if constexpr (std::is_same_v<Body, core::GapFill>)
                for (const auto& gap : body.gaps)
                    response.texts.push_back(gap.accepted.front().text);
            else if constexpr (std::is_same_v<Body, core::MatchPairs>)
                for (std::size_t i = 0; i < body.pairs.size(); ++i)
                    response.matches.push_back(static_cast<int>(i));
            else if constexpr (std::is_same_v<Body, core::Dictation>)
                response.texts.push_back(body.audio.transcript);
            else if constexpr (std::is_same_v<Body, core::WordOrder>)
                response.order = body.acceptedOrders.front();
            else if constexpr (std::is_same_v<Body, core::WriteTask>)
                response.texts.push_back(body.modelAnswer);
            else if constexpr (std::is_same_v<Body, core::SpeakAloud>)
                response.selfRating = core::SelfRating::Good;
        },
        item.body);
    return response;
}

struct Played
{
    std::size_t errors = 0;
    std::size_t lessons = 0;
    std::size_t items = 0;
    std::size_t right = 0;
    std::vector<std::string> kinds;
};

/// Loads `folder` as the player does and answers every item rightly.
Played play(const fs::path& folder)
{
    core::DirectoryPackage package(folder.string());
    const auto load = core::loadCourse(package);
    Played played;
    played.errors = load.errorCount();
    for (const auto& d : load.diagnostics)
        if (d.severity == core::Severity::Error)
            UNSCOPED_INFO(core::formatDiagnostic(d));
    if (!load.usable())
        return played;
    for (const auto& slot : load.course->lessons)
    {
        if (!slot.lesson)
            continue;
        ++played.lessons;
        for (const auto& step : slot.lesson->steps)
            if (const auto* item = step.item())
            {
                ++played.items;
                played.kinds.emplace_back(core::itemKindName(item->body));
                const auto result = core::grade(*item, rightAnswer(*item));
                // A written message is done, never right: for it that is the best there is.
                if (result.outcome == core::Outcome::Right || result.outcome == core::Outcome::Done)
                    ++played.right;
                else
                    UNSCOPED_INFO(step.id << " did not take its right answer");
            }
    }
    return played;
}

bool has(const std::vector<std::string>& kinds, std::string_view kind)
{
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

} // namespace

TEST_CASE("every format imports into a course the player loads, each item taking its right answer")
{
    ImportScratch scratch;
    fs::copy(kImportData, scratch.path / "in");
    const auto deck = workDeck(scratch.path / "in");
    const std::vector<std::pair<std::string, std::string>> runs = {
        {"csv", "quizlet.txt"},    {"csv", "anki-notes.txt"},
        {"gift", "sfi-bank.gift"}, {"moodle-xml", "sfi-bank.xml --lang nb"},
        {"kvtml", "arbete.kvtml"}, {"apkg", deck.filename().string()},
    };
    for (const auto& [format, file] : runs)
    {
        const auto out = scratch.path / ("course-" + format + "-" + std::to_string(file.size()));
        const auto run =
            runAuthor("import " + format + " " + file + " -o " + out.string(), scratch.path / "in");
        INFO(format << " " << file << "\n" << run.out);
        CHECK(run.exit == 0);
        CHECK(run.out.find("validate: 0 errors") != std::string::npos);
        const auto played = play(out);
        CHECK(played.errors == 0);
        CHECK(played.lessons > 0);
        CHECK(played.items > 0);
        CHECK(played.right == played.items);
        if (format == "gift")
            for (const auto* kind : {"single", "multiple", "truefalse", "gapfill", "match"})
                CHECK(has(played.kinds, kind));
    }
}

TEST_CASE("a word list gives matching, choosing and typing the words, and a wrong article is "
          "half right")
{
    ImportScratch scratch;
    spit(scratch.path / "ord.csv", slurp(kImportData / "quizlet.txt"));
    const auto run = runAuthor("import csv ord.csv -o kurs", scratch.path);
    REQUIRE(run.exit == 0);
    core::DirectoryPackage package((scratch.path / "kurs").string());
    const auto load = core::loadCourse(package);
    REQUIRE(load.usable());
    const auto& lesson = *load.course->lessons.at(0).lesson;
    const auto& words = std::get<core::VocabularyStep>(lesson.steps.at(0).body);
    REQUIRE(words.entries.size() == 5);
    CHECK(words.entries[2].lemma == "arbetsplats");
    CHECK(words.entries[2].article == core::Article::En);
    CHECK(words.entries[3].partOfSpeech == "verb");
    const core::Step* write = nullptr;
    for (const auto& step : lesson.steps)
        if (step.id == "ord-arbetsplats-write")
            write = &step;
    REQUIRE(write);
    core::Response response;
    response.texts = {"ett arbetsplats"};
    const auto result = core::grade(*write->item(), response);
    CHECK(result.outcome == core::Outcome::Almost);
    CHECK(result.points == Approx(0.5));
}

TEST_CASE("import prints what it left out as FILE:LINE: warning lines, in the file's order")
{
    ImportScratch scratch;
    const auto run =
        runAuthor("import gift sfi-bank.gift -o " + (scratch.path / "k").string(), kImportData);
    CHECK(run.exit == 0);
    const auto numerical = run.out.find("sfi-bank.gift:38: warning: question `Timmar` left out: "
                                        "numerical questions have no Kompis form "
                                        "[import-unsupported-question]");
    const auto essay = run.out.find("sfi-bank.gift:46: warning: question `Berätta` left out: "
                                    "essay questions");
    CHECK(numerical != std::string::npos);
    CHECK(essay != std::string::npos);
    CHECK(numerical < essay);
    CHECK(run.out.find("imported 0 words and 8 questions") != std::string::npos);
}

TEST_CASE("import into an existing course adds its lessons and leaves the rest of course.xml be")
{
    ImportScratch scratch;
    const auto course = scratch.path / "example";
    fs::copy(fs::path(KOMPIS_COURSES_DIR) / "example", course, fs::copy_options::recursive);
    const auto before = slurp(course / "course.xml");
    const auto run =
        runAuthor("import csv " + (kImportData / "quizlet.txt").string() + " -o " + course.string(),
                  scratch.path);
    INFO(run.out);
    CHECK(run.exit == 0);
    const auto after = slurp(course / "course.xml");
    const auto added = after.find("    <lesson id=\"quizlet\" file=\"lessons/quizlet.xml\"/>\n  "
                                  "</lessons>");
    CHECK(added != std::string::npos);
    CHECK(after.substr(0, added) == before.substr(0, added));
    // The example course is taught in English and Finnish: the prompts the import writes are in
    // both.
    const auto lesson = slurp(course / "lessons" / "quizlet.xml");
    CHECK(lesson.find("<t lang=\"en\">Which word means “salary”?</t><t lang=\"fi\">Mikä sana "
                      "tarkoittaa ”salary”?</t>") != std::string::npos);
    const auto played = play(course);
    CHECK(played.errors == 0);
    CHECK(played.lessons == 4);
    CHECK(played.right == played.items);
}

TEST_CASE("importing the same list twice into a course gives the second lesson new ids")
{
    ImportScratch scratch;
    const auto course = scratch.path / "kurs";
    const auto list = (kImportData / "quizlet.txt").string();
    REQUIRE(runAuthor("import csv " + list + " -o " + course.string(), scratch.path).exit == 0);
    const auto again = runAuthor("import csv " + list + " -o " + course.string(), scratch.path);
    INFO(again.out);
    CHECK(again.exit == 0);
    CHECK(fs::exists(course / "lessons" / "quizlet-2.xml"));
    CHECK(play(course).errors == 0);
}

TEST_CASE("import refuses a folder that is no course, an unknown format and a missing file")
{
    ImportScratch scratch;
    spit(scratch.path / "notes" / "todo.txt", "x");
    const auto list = (kImportData / "quizlet.txt").string();
    const auto folder = runAuthor("import csv " + list + " -o notes", scratch.path);
    CHECK(folder.exit == 2);
    CHECK(folder.out.find("notes is a folder without course.xml") != std::string::npos);
    CHECK(runAuthor("import docx " + list + " -o new", scratch.path).exit == 2);
    CHECK(runAuthor("import csv missing.csv -o new", scratch.path).exit == 2);
    CHECK(!fs::exists(scratch.path / "new"));
}

TEST_CASE("kompis-author lists import in its help, with the formats")
{
    ImportScratch scratch;
    CHECK(runAuthor("--help", scratch.path).out.find("import") != std::string::npos);
    const auto help = runAuthor("import --help", scratch.path);
    CHECK(help.exit == 0);
    CHECK(help.out.find("csv|gift|moodle-xml|kvtml|apkg") != std::string::npos);
}

TEST_CASE("a deck's clip named like a course's own clip is copied beside it, never over it")
{
    ImportScratch scratch;
    const auto deck = workDeck(scratch.path);
    const auto course = scratch.path / "kurs";
    const auto first =
        runAuthor("import csv " + (kImportData / "quizlet.txt").string() + " -o " + course.string(),
                  scratch.path);
    REQUIRE(first.exit == 0);
    spit(course / "media" / "chef.wav", "the course's own recording");
    const auto run =
        runAuthor("import apkg " + deck.string() + " -o " + course.string(), scratch.path);
    INFO(run.out);
    CHECK(slurp(course / "media" / "chef.wav") == "the course's own recording");
    CHECK(slurp(course / "media" / "chef-2.wav") == sineWav());
    CHECK(slurp(course / "lessons" / "jobbet.xml").find("src=\"media/chef-2.wav\"") !=
          std::string::npos);
}
