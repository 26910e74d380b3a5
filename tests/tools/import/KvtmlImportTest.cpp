// KDE Parley and KWordQuiz files: our own Parley-style file and the real ones Debian ships in
// kdeedu-kvtml-data.
#include "ImportTestSupport.hpp"

using namespace kompis;
using namespace kompis::test;

namespace
{

const fs::path kDebianKvtml = "/usr/share/apps/kvtml";

std::string debianFile(const std::string& name)
{
    const auto path = kDebianKvtml / name;
    INFO("install Debian's kdeedu-kvtml-data (tools/dev/kompis-dev lists it)");
    REQUIRE(fs::exists(path));
    return slurp(path);
}

} // namespace

TEST_CASE("a Parley file gives lessons, parts of speech and articles from its genders")
{
    const auto imported = importBytes(author::import::importKvtml,
                                      slurp(kImportData / "arbete.kvtml"), "arbete.kvtml");
    const auto& lessons = imported.course.lessons;
    REQUIRE(lessons.size() == 2);
    CHECK(lessons[0].title == "Första dagen");
    CHECK(lessons[1].title == "Tider och pengar");
    CHECK(imported.course.target == "sv");
    CHECK(imported.course.author == "Lärare Lena");
    REQUIRE(lessons[0].words.size() == 3);
    const auto& workplace = lessons[0].words[0];
    CHECK(workplace.term == "arbetsplats");
    CHECK(workplace.translation == "workplace");
    CHECK(workplace.partOfSpeech == "noun");
    CHECK(workplace.article == "en");
    CHECK(workplace.example == "Min arbetsplats ligger i Umeå.");
    CHECK(lessons[0].words[1].partOfSpeech == "verb");
    REQUIRE(lessons[1].words.size() == 2);
    CHECK(lessons[1].words[0].article == "ett");
    CHECK(imported.lines("import-media") == std::vector<int>{46});
    CHECK(imported.lines("import-no-translation") == std::vector<int>{63});
}

TEST_CASE("Debian's Swedish animals file, Latin-1 that claims UTF-8, is read with its å, ä and ö")
{
    const auto imported =
        importBytes(author::import::importKvtml, debianFile("sv/animals.kvtml"), "animals.kvtml");
    CHECK(imported.count("import-encoding") == 1);
    const auto words = imported.words();
    REQUIRE(words.size() == 47);
    CHECK(words[1].term == "björn");
    // One language only: the comment is the description, in Swedish.
    CHECK(words[0].translation == "Ung katt");
    CHECK(words[0].translationLang == "sv");
    CHECK(imported.count("import-one-language") == 1);
}

TEST_CASE("Debian's nynorsk file becomes a nynorsk course")
{
    const auto imported =
        importBytes(author::import::importKvtml, debianFile("nn/easy.kvtml"), "easy.kvtml");
    CHECK(imported.course.target == "nn");
    CHECK(imported.words().size() > 20);
}

TEST_CASE("Debian's Ukrainian and Finnish files are refused: Kompis teaches sv, nb and nn")
{
    for (const auto* name : {"uk/animals.kvtml", "fi/easy.kvtml"})
    {
        const auto imported = importBytes(author::import::importKvtml, debianFile(name), name);
        CHECK(imported.course.lessons.empty());
        CHECK(imported.count("import-language") == 1);
    }
}

TEST_CASE("Debian's mislabelled Swedish numbers file is read as Swedish when the teacher says so")
{
    const auto imported = importBytes(author::import::importKvtml, debianFile("sv/numbers.kvtml"),
                                      "numbers.kvtml", "sv");
    CHECK(imported.course.target == "sv");
    CHECK(imported.words().size() > 20);
    CHECK(imported.count("import-language") == 1);
}

TEST_CASE("Debian's old kvtml 1 Norwegian lists without translations import nothing, each word "
          "reported")
{
    const auto imported =
        importBytes(author::import::importKvtml, debianFile("nb/easy.kvtml"), "easy.kvtml");
    CHECK(imported.course.lessons.empty());
    CHECK(imported.count("import-no-translation") > 20);
    CHECK(imported.count("import-nothing") == 1);
}
