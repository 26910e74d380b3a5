// kompis-author pack takes what the course uses or declares and lists what it leaves out.
#include "ToolRun.hpp"

#include <set>

namespace fs = std::filesystem;
using kompis::test::runTool;
using kompis::test::slurp;
using kompis::test::spit;

namespace
{

const std::string kAuthor = KOMPIS_AUTHOR;

std::set<std::string> filesUnder(const fs::path& folder)
{
    std::set<std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(folder))
        if (entry.is_regular_file())
            files.insert(fs::relative(entry.path(), folder).generic_string());
    return files;
}

} // namespace

TEST_CASE("pack leaves out what the course does not use and lists it", "[pack]")
{
    kompis::test::ScratchFolder scratch("pack");
    const auto course = scratch.path / "course";
    fs::copy(fs::path(KOMPIS_COURSES_DIR) / "example", course, fs::copy_options::recursive);
    // The bundled example has a tts manifest; whether a pack carries it is not this test's case.
    fs::remove(course / "media" / "tts-manifest.txt");
    const auto used = filesUnder(course);
    spit(course / "Lektionsplanering.docx", "PK\x03\x04 a teacher's notes");
    spit(course / "media" / "Thumbs.db", "thumbnails");
    spit(course / ".DS_Store", "finder");
    fs::copy_file(course / "media" / "hello-d1.ogg", course / "media" / "old-take.ogg");
    auto draft = slurp(course / "lessons" / "time.xml");
    spit(course / "lessons" / "draft.xml", draft);

    const auto packed = scratch.path / "course.kompis";
    const auto run = runTool(kAuthor, "pack course -o course.kompis", scratch.path);
    INFO(run.out);
    REQUIRE(run.exit == 0);
    CHECK(run.out.find("course/course.xml: warning: `lessons/draft.xml` is not listed in "
                       "<lessons>") != std::string::npos);
    CHECK(run.out.find("left out 5 file(s) the course does not use:\n"
                       "  .DS_Store\n  Lektionsplanering.docx\n  lessons/draft.xml\n"
                       "  media/Thumbs.db\n  media/old-take.ogg\n") != std::string::npos);

    const auto out = scratch.path / "unpacked";
    REQUIRE(runTool(kAuthor, "unpack course.kompis -o unpacked", scratch.path).exit == 0);
    auto unpacked = filesUnder(out);
    unpacked.erase("kompis-manifest.json");
    CHECK(unpacked == used);
    const auto validate = runTool(kAuthor, "validate course.kompis", scratch.path);
    INFO(validate.out);
    CHECK(validate.out.find("0 errors, 0 warnings") != std::string::npos);
}

TEST_CASE("pack keeps the word list and a schema the course names inside its folder", "[pack]")
{
    kompis::test::ScratchFolder scratch("pack-new");
    REQUIRE(runTool(kAuthor, "new kurs --lang sv --title 'Min kurs'", scratch.path).exit == 0);
    spit(scratch.path / "kurs" / "words.txt", "Sam\n");
    REQUIRE(runTool(kAuthor, "pack kurs -o kurs.kompis", scratch.path).exit == 0);
    REQUIRE(runTool(kAuthor, "unpack kurs.kompis -o ut", scratch.path).exit == 0);
    const auto files = filesUnder(scratch.path / "ut");
    CHECK(files.contains("words.txt"));
    CHECK(files.contains("schema/kompis-course-1.xsd"));
    CHECK(files.contains("lessons/first.xml"));
}
