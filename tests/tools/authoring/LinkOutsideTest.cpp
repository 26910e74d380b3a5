// A course folder whose files are symbolic links out of the folder (issue 15): validate and
// pack refuse them with package.link-outside, links that stay inside keep working, and a
// package over a size cap is an ordinary counted error (package.too-large), not exit 2.
#include "ToolRun.hpp"

namespace fs = std::filesystem;
using kompis::test::runTool;
using kompis::test::ScratchFolder;
using kompis::test::slurp;
using kompis::test::spit;

namespace
{

const std::string kAuthor = KOMPIS_AUTHOR;

/// A copy of the example course in `scratch/course`.
fs::path copyExample(const ScratchFolder& scratch)
{
    const auto course = scratch.path / "course";
    fs::copy(fs::path(KOMPIS_COURSES_DIR) / "example", course, fs::copy_options::recursive);
    return course;
}

} // namespace

TEST_CASE("validate and pack refuse a lesson that is a link to a file outside the course folder",
          "[author][links]")
{
    const ScratchFolder scratch("link-outside");
    const auto course = copyExample(scratch);
    const auto outside = scratch.path / "elsewhere" / "secret.xml";
    spit(outside, slurp(course / "lessons/hello.xml") + "<!-- a teacher's private note -->\n");
    fs::remove(course / "lessons/hello.xml");
    fs::create_symlink(outside, course / "lessons/hello.xml");

    const auto validate = runTool(kAuthor, "validate --no-spelling course", scratch.path);
    CHECK(validate.exit == 1);
    CHECK(validate.out.find("course/lessons/hello.xml: error: `lessons/hello.xml` is a symbolic "
                            "link to " +
                            outside.string() + ", outside the course folder") != std::string::npos);
    CHECK(validate.out.find("Copy the file into the course folder instead of linking it "
                            "[package.link-outside]") != std::string::npos);
    CHECK(validate.out.find("validated 1 package: 1 error, ") != std::string::npos);

    const auto pack = runTool(kAuthor, "pack course -o out.kompis", scratch.path);
    CHECK(pack.exit == 1);
    CHECK(pack.out.find("[package.link-outside]") != std::string::npos);
    CHECK_FALSE(fs::exists(scratch.path / "out.kompis"));
}

TEST_CASE("a linked media folder leading outside is refused once, naming the folder",
          "[author][links]")
{
    const ScratchFolder scratch("media-outside");
    const auto course = copyExample(scratch);
    fs::rename(course / "media", scratch.path / "shared-media");
    fs::create_symlink(scratch.path / "shared-media", course / "media");

    const auto validate = runTool(kAuthor, "validate --no-spelling course", scratch.path);
    CHECK(validate.exit == 1);
    CHECK(validate.out.find("course/media: error: `media` is a symbolic link to " +
                            (scratch.path / "shared-media").string()) != std::string::npos);
    CHECK(runTool(kAuthor, "pack course -o out.kompis", scratch.path).exit == 1);
    CHECK_FALSE(fs::exists(scratch.path / "out.kompis"));
}

TEST_CASE("links that stay inside the course folder keep working in validate and pack",
          "[author][links]")
{
    const ScratchFolder scratch("link-inside");
    const auto course = copyExample(scratch);
    fs::create_directories(course / "shared");
    fs::rename(course / "lessons/hello.xml", course / "shared/hello.xml");
    fs::create_symlink("../shared/hello.xml", course / "lessons/hello.xml");

    const auto validate = runTool(kAuthor, "validate --no-spelling course", scratch.path);
    CHECK(validate.exit == 0);
    CHECK(validate.out.find("link-outside") == std::string::npos);
    const auto pack = runTool(kAuthor, "pack course -o out.kompis", scratch.path);
    CHECK(pack.exit == 0);
    const auto unpack = runTool(kAuthor, "unpack out.kompis -o back", scratch.path);
    CHECK(unpack.exit == 0);
    CHECK(slurp(scratch.path / "back/lessons/hello.xml") == slurp(course / "shared/hello.xml"));
}

TEST_CASE("a course folder over a size cap is a counted error with a rule id in validate and pack",
          "[author][limits]")
{
    const ScratchFolder scratch("too-large");
    const auto course = copyExample(scratch);
    // Sparse: 70 MB claimed, nothing written.
    fs::resize_file(course / "media/hello-intro.ogg", 70u << 20);

    const auto validate = runTool(kAuthor, "validate --no-spelling course", scratch.path);
    CHECK(validate.exit == 1);
    CHECK(validate.out.find("course: error: `media/hello-intro.ogg` is 70 MiB, over the ") !=
          std::string::npos);
    CHECK(validate.out.find("[package.too-large]\n") != std::string::npos);
    CHECK(validate.out.find("validated 1 package: 1 error, 0 warnings") != std::string::npos);

    const auto json = runTool(kAuthor, "validate --no-spelling --format=json course", scratch.path);
    CHECK(json.exit == 1);
    CHECK(json.out.find("\"rule\": \"package.too-large\"") != std::string::npos);
    CHECK(json.out.find("open_error") == std::string::npos);

    const auto pack = runTool(kAuthor, "pack course -o out.kompis", scratch.path);
    CHECK(pack.exit == 1);
    CHECK(pack.out.find("[package.too-large]") != std::string::npos);
    CHECK(pack.out.find("not packed: 1 error(s)") != std::string::npos);
    CHECK_FALSE(fs::exists(scratch.path / "out.kompis"));
}
