#pragma once
// What every end-to-end test needs: a sandbox folder per test that runs the real kompis binary
// on a script, and the attempts a run left in its store. One file per topic includes it.

#include "core/store/ProgressStore.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace kompis::test::e2e
{

namespace fs = std::filesystem;

/// A fresh folder per test for the store, the script and screenshots.
struct Sandbox
{
    fs::path dir;
    explicit Sandbox(const std::string& name)
    {
        dir = fs::temp_directory_path() / ("kompis-e2e-" + name + "-" + std::to_string(::getpid()));
        fs::remove_all(dir);
        fs::create_directories(dir);
        // A PC whose "Set up this computer" step is done (tests of that step remove the file).
        std::ofstream(settings()) << "pc-set-up=1\n";
    }
    ~Sandbox()
    {
        std::error_code ec;
        if (!std::getenv("KOMPIS_KEEP_E2E"))
            fs::remove_all(dir, ec);
    }
    [[nodiscard]] fs::path store() const { return dir / "progress.sqlite"; }
    /// The PC's settings file, beside the store.
    [[nodiscard]] fs::path settings() const { return dir / "settings.txt"; }
    /// The system locale the player starts in (LANG; LC_ALL, LC_MESSAGES, LANGUAGE unset).
    std::string locale = "C.UTF-8";

    /// Runs kompis on `script` with the example course only; the exit status, or 128 + signal.
    int run(const std::string& name, const std::string& script, const std::string& extra = {},
            const std::string& audioDrivers = "null") const
    {
        const fs::path file = dir / (name + ".script");
        std::ofstream(file) << script;
        const char* display = std::getenv("DISPLAY");
        std::string command =
            (display && *display) ? "" : "xvfb-run -a -s '-screen 0 1280x800x24' ";
        command += "env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=" + locale +
                   " ALSOFT_DRIVERS=" + audioDrivers + " '" + KOMPIS_PLAYER_BIN +
                   "' --no-default-courses" + " --store '" + store().string() + "' --script '" +
                   file.string() + "' --screenshot-dir '" + dir.string() + "' --course '" +
                   KOMPIS_COURSES_DIR + "/example' " + extra + " 2>" +
                   (dir / (name + ".err")).string();
        const int status = std::system(command.c_str());
        if (WIFSIGNALED(status))
            return 128 + WTERMSIG(status);
        return WEXITSTATUS(status);
    }

    [[nodiscard]] std::string errors(const std::string& name) const
    {
        std::ifstream in(dir / (name + ".err"));
        return {std::istreambuf_iterator<char>(in), {}};
    }
};

/// The store a run left, opened as the tests read it (no backup of its own).
/// Replaces the first `from` in a file with `to` (a course copied into the sandbox and changed
/// for one test); false when the file does not hold `from`.
inline bool replaceInFile(const fs::path& file, const std::string& from, const std::string& to)
{
    std::ifstream in(file);
    std::string text{std::istreambuf_iterator<char>(in), {}};
    const auto at = text.find(from);
    if (at == std::string::npos)
        return false;
    text.replace(at, from.size(), to);
    in.close();
    std::ofstream(file) << text;
    return true;
}

inline core::store::ProgressStore openStore(const fs::path& file)
{
    core::store::StoreOptions options;
    options.path = file;
    options.autoBackup = false;
    return core::store::ProgressStore(options);
}

inline std::vector<core::store::AttemptRow> attemptsIn(const fs::path& file)
{
    auto store = openStore(file);
    std::vector<core::store::AttemptRow> rows;
    store.forEachAttempt(std::nullopt,
                         [&](const core::store::AttemptRow& r) { rows.push_back(r); });
    return rows;
}

// From the profile picker to the first quiz item of the example course's first lesson.
inline constexpr const char* kToFirstItem = R"(expect-screen profiles
click new-learner
type Kim Ådahl
click ui-en
click create
expect-screen library
click course-example
expect-screen course-map
click start
expect-screen lesson/hello-intro
click next
click next
click next
click next
click next
click next
expect-screen lesson/hello-q1
)";

// From the profile picker to the first item of the example course's "Calling in sick" lesson.
inline constexpr const char* kToSickLesson = R"(expect-screen profiles
click new-learner
type Ali
click ui-en
click create
expect-screen library
click course-example
expect-screen course-map
click lesson-sick
expect-screen lesson/sick-intro
click next
expect-screen lesson/sick-q1
)";

} // namespace kompis::test::e2e
