// kompis-author preview as a teacher uses it: the player open on a course while the teacher
// edits a lesson in another program. The test is that other program.
#include "ui/e2e/E2eSandbox.hpp"

#include <catch2/catch.hpp>
#include <chrono>
#include <future>
#include <sstream>
#include <thread>

using namespace kompis::test::e2e;

namespace
{

std::string slurp(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// Saves `file` with `from` replaced by `to`, as an editor would.
void edit(const fs::path& file, const std::string& from, const std::string& to)
{
    std::string text = slurp(file);
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
}

// The player saves screenshots when the script reaches them: the test's cue to edit.
bool appears(const fs::path& file)
{
    for (int i = 0; i < 600 && !fs::exists(file); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    std::this_thread::sleep_for(std::chrono::milliseconds(100)); // fully written
    return fs::exists(file);
}

} // namespace

TEST_CASE("a teacher's saved edit shows in the preview on the same step, and a broken lesson "
          "shows its error while the other lessons still open")
{
    Sandbox box("s13cli-preview");
    const fs::path course = box.dir / "course";
    fs::copy(fs::path(KOMPIS_COURSES_DIR) / "example", course, fs::copy_options::recursive);
    const fs::path lesson = course / "lessons" / "hello.xml";
    const fs::path tmp = box.dir / "tmp";
    const fs::path data = box.dir / "data";
    fs::create_directories(tmp);

    const std::string script = R"(expect-screen lesson/hello-dialogue
expect-text Välkommen, Anna! Jag heter Omar.
screenshot ready.png
wait-text Välkommen, Anna! Jag heter Omar och jobbar i lagret.
expect-screen lesson/hello-dialogue
screenshot edited.png
wait-text hello.xml:31
expect-text error
expect-screen course-map
click lesson-time
expect-screen lesson
expect-text What time is it?
quit
)";
    std::ofstream(box.dir / "preview.script") << script;
    const char* display = std::getenv("DISPLAY");
    std::ostringstream command;
    if (!display || !*display)
        command << "xvfb-run -a -s '-screen 0 1280x800x24' ";
    // Its own temp and data folders show where the preview writes: nowhere that lasts.
    command << "env ALSOFT_DRIVERS=null TMPDIR='" << tmp.string() << "' XDG_DATA_HOME='"
            << data.string() << "' KOMPIS_PLAYER='" << KOMPIS_PLAYER_BIN << "' '"
            << KOMPIS_AUTHOR_BIN << "' preview '" << course.string()
            << "' --lesson hello --step hello-dialogue -- --script '"
            << (box.dir / "preview.script").string() << "' --screenshot-dir '" << box.dir.string()
            << "' 2>'" << (box.dir / "preview.err").string() << "'";
    auto player =
        std::async(std::launch::async, [cmd = command.str()] { return std::system(cmd.c_str()); });

    REQUIRE(appears(box.dir / "ready.png"));
    edit(lesson, "<say>Välkommen, Anna! Jag heter Omar.</say>",
         "<say>Välkommen, Anna! Jag heter Omar och jobbar i lagret.</say>");
    REQUIRE(appears(box.dir / "edited.png"));
    edit(lesson, "Omar och jobbar i lagret.</say>", "Omar och jobbar i lagret.</sag>");

    const int status = player.get();
    INFO(slurp(box.dir / "preview.err"));
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    // The throwaway store went with the player; the learners' data folder was never made.
    CHECK(fs::is_empty(tmp));
    CHECK_FALSE(fs::exists(data));
}
