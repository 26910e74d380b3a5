// Player benchmark: start-up to a visible window, resident memory and idle CPU for kompis, the
// bare-SFML floor and KDE Parley, started the same way on the same X display; then frame time on
// the lesson screen, click-to-sound latency and frame time of the teacher screen on a big
// school's store (300 learners, 1,000,000 answers) from kompis's own script layer.
#include "BenchReport.hpp"
#include "store/BigStore.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <poll.h>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace
{

struct Figures
{
    double startupMs = 0;
    double rssMb = 0;
    double idleCpuPercent = 0;
};

/// Starts `argv` with stderr silenced; its stdout goes to `stdoutFd` (-1: silenced too), and
/// `reportFirstFrame` asks it to print when its first frame is on screen.
pid_t spawn(const std::vector<std::string>& argv, int stdoutFd = -1, bool reportFirstFrame = false)
{
    std::fflush(stdout);
    const pid_t pid = fork();
    if (pid == 0)
    {
        std::vector<char*> args;
        for (const auto& a : argv)
            args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        if (reportFirstFrame)
            setenv("KOMPIS_BENCH_FIRST_FRAME", "1", 1);
        std::freopen("/dev/null", "w", stderr);
        if (stdoutFd >= 0)
            dup2(stdoutFd, STDOUT_FILENO);
        else
            std::freopen("/dev/null", "w", stdout);
        execvp(args[0], args.data());
        _exit(127);
    }
    return pid;
}

// `what` is xdotool's search criteria: `--name '^Kompis'`, or `--classname parley` for Qt windows
// whose title xdotool does not match while they are visible.
bool windowVisible(const std::string& what)
{
    const std::string command = "xdotool search --onlyvisible " + what + " 2>/dev/null";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe)
        return false;
    std::array<char, 256> buffer{};
    const bool found = std::fgets(buffer.data(), int(buffer.size()), pipe) != nullptr;
    pclose(pipe);
    return found;
}

double rssMb(pid_t pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    return 0;
}

double cpuSeconds(pid_t pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string stat((std::istreambuf_iterator<char>(in)), {});
    const auto close = stat.rfind(')');
    if (close == std::string::npos)
        return 0;
    std::istringstream fields(stat.substr(close + 2));
    std::string field;
    double utime = 0, stime = 0;
    for (int i = 3; fields >> field; ++i)
    {
        if (i == 14)
            utime = std::stod(field);
        if (i == 15)
        {
            stime = std::stod(field);
            break;
        }
    }
    return (utime + stime) / double(sysconf(_SC_CLK_TCK));
}

std::optional<Figures> measure(const std::vector<std::string>& argv, const std::string& title)
{
    const auto start = Clock::now();
    const pid_t pid = spawn(argv);
    Figures f;
    bool shown = false;
    while (Clock::now() - start < std::chrono::seconds(30))
    {
        if (windowVisible(title))
        {
            shown = true;
            break;
        }
        int status = 0;
        if (waitpid(pid, &status, WNOHANG) == pid)
            return std::nullopt;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    f.startupMs = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    if (shown)
    {
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        f.rssMb = rssMb(pid);
        const double before = cpuSeconds(pid);
        std::this_thread::sleep_for(std::chrono::seconds(3));
        f.idleCpuPercent = (cpuSeconds(pid) - before) / 3.0 * 100.0;
    }
    kill(pid, SIGTERM);
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
    if (!shown)
        return std::nullopt;
    return f;
}

// Spawn to the first frame on screen, as the program itself reports it (KOMPIS_BENCH_FIRST_FRAME):
// no polling, so no poll interval or xdotool start-up in the figure.
std::optional<double> firstFrameMs(const std::vector<std::string>& argv)
{
    int fds[2];
    if (pipe(fds) != 0)
        return std::nullopt;
    const auto start = Clock::now();
    const pid_t pid = spawn(argv, fds[1], true);
    close(fds[1]);
    std::optional<double> result;
    std::string pending;
    pollfd watch{fds[0], POLLIN, 0};
    while (!result && poll(&watch, 1, 30000) > 0)
    {
        char buffer[256];
        const ssize_t got = read(fds[0], buffer, sizeof buffer);
        if (got <= 0)
            break;
        pending.append(buffer, std::size_t(got));
        double shown = 0;
        const auto at = pending.find("kompis-bench first-frame ");
        if (at != std::string::npos && pending.find('\n', at) != std::string::npos &&
            std::sscanf(pending.c_str() + at, "kompis-bench first-frame %lf", &shown) == 1)
            result =
                shown - std::chrono::duration<double, std::milli>(start.time_since_epoch()).count();
    }
    close(fds[0]);
    kill(pid, SIGTERM);
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
    return result;
}

double medianOf(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

std::optional<Figures> median(const std::vector<Figures>& all)
{
    if (all.empty())
        return std::nullopt;
    auto pick = [&](auto member)
    {
        std::vector<double> v;
        for (const auto& f : all)
            v.push_back(f.*member);
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    return Figures{pick(&Figures::startupMs), pick(&Figures::rssMb),
                   pick(&Figures::idleCpuPercent)};
}

// Runs kompis on `store` with a script and reports the figures its script layer prints:
// frame time as `frameFigure`, click-to-sound latency.
void scriptFigures(const fs::path& dir, const std::string& name, const std::string& steps,
                   const fs::path& store, const std::string& frameFigure)
{
    const fs::path script = dir / (name + ".script");
    std::ofstream(script) << steps;
    const std::string command = std::string("ALSOFT_DRIVERS=null KOMPIS_PLAY_SILENT=1 '") +
                                KOMPIS_PLAYER_BIN + "' --no-default-courses --course '" +
                                KOMPIS_COURSES + "/example' --store '" + store.string() +
                                "' --script '" + script.string() + "' 2>/dev/null";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe)
        return;
    std::array<char, 256> line{};
    while (std::fgets(line.data(), int(line.size()), pipe))
    {
        std::string s(line.data());
        double value = 0;
        if (std::sscanf(s.c_str(), "kompis-bench frame-ms %lf", &value) == 1)
            kompis::bench::reportFigure("player", frameFigure, value, "ms");
        else if (std::sscanf(s.c_str(), "kompis-bench play-ms %lf", &value) == 1)
            kompis::bench::reportFigure("player", "click to sound playing (decode included)", value,
                                        "ms");
    }
    pclose(pipe);
}

// Frame time and click-to-sound on the lesson screen, in a fresh store.
void lessonFigures(const fs::path& dir)
{
    scriptFigures(
        dir, "lesson",
        "click lang-en\nclick setup-own-pc\nclick new-learner\ntype Bench\nclick create\nclick "
        "course-example\nclick "
        "start\nmeasure-play audio-hello-intro\nmeasure-frames 200\nquit\n",
        dir / "lesson.sqlite", "lesson screen frame time");
}

// Frame time of the teacher screen (its first page of learners) on a big school's store.
void teacherFigures(const fs::path& dir)
{
    const fs::path store = dir / "big.sqlite";
    {
        kompis::core::store::StoreOptions options;
        options.path = store;
        options.autoBackup = false;
        kompis::core::store::ProgressStore big(options);
        kompis::bench::populateBigStore(big);
        (void)big.setTeacherPin("2468", "", 0);
    }
    scriptFigures(
        dir, "teacher",
        "click teacher\ntype 2468\nclick teacher-unlock\nexpect-text Learners 1–20 of 300\n"
        "measure-frames 10\nquit\n",
        store, "teacher screen frame time, 300 learners / 1M answers (target <= 16 ms)");
}

} // namespace

int main()
{
    if (!std::getenv("DISPLAY"))
    {
        std::printf("bench_player: needs an X display; run under xvfb-run -a -s \"-screen 0 "
                    "1280x800x24\"\n");
        return 0;
    }
    const fs::path dir =
        fs::temp_directory_path() / ("kompis-bench-player-" + std::to_string(getpid()));
    fs::create_directories(dir);
    setenv("ALSOFT_DRIVERS", "null", 1);
    setenv("KOMPIS_PLAY_SILENT", "1", 1); // the null device counts as sound for timing play
    // The three programs take turns, run after run, so a busy moment of the machine falls on
    // all of them rather than on one: start-ups of 50-100 ms move by tens of percent otherwise.
    const int runs = 5;
    std::printf("player: start-up to a visible window, memory and idle CPU (median of %d runs, "
                "taking turns)\n",
                runs);
    const bool hasParley = std::system("command -v parley >/dev/null 2>&1") == 0;
    // The everyday start: a PC set up, its language chosen, the profiles screen first. The
    // very first start shows the language picker with names in nine scripts instead: measured
    // apart, each run on a fresh folder.
    const fs::path everyday = dir / "everyday";
    fs::create_directories(everyday);
    std::ofstream(everyday / "settings.txt") << "language=en\npc-set-up=1\n";
    std::vector<Figures> floorRuns, playerRuns, firstRuns, parleyRuns;
    for (int i = 0; i < runs; ++i)
    {
        if (auto f = measure({KOMPIS_FLOOR_BIN}, "--name '^Floor$'"))
            floorRuns.push_back(*f);
        if (auto f = measure({KOMPIS_PLAYER_BIN, "--store", (everyday / "p.sqlite").string()},
                             "--name '^Kompis'"))
            playerRuns.push_back(*f);
        const fs::path fresh = dir / ("first-" + std::to_string(i));
        fs::create_directories(fresh);
        if (auto f = measure({KOMPIS_PLAYER_BIN, "--store", (fresh / "p.sqlite").string()},
                             "--name '^Kompis'"))
            firstRuns.push_back(*f);
        if (hasParley)
            if (auto f = measure({"parley"}, "--classname parley"))
                parleyRuns.push_back(*f);
    }
    const auto floor = median(floorRuns);
    const auto player = median(playerRuns);
    const auto first = median(firstRuns);
    const auto parley = median(parleyRuns);

    auto report = [&](const std::string& who, const std::optional<Figures>& f)
    {
        if (!f)
        {
            std::printf("  %s: did not show a window\n", who.c_str());
            return;
        }
        const bool vsFloor = who != "floor" && floor;
        kompis::bench::reportFigure("player", who + " start-up", f->startupMs, "ms",
                                    vsFloor ? "floor" : "",
                                    vsFloor ? f->startupMs / floor->startupMs : 0);
        kompis::bench::reportFigure("player", who + " resident memory", f->rssMb, "MB",
                                    vsFloor ? "floor" : "", vsFloor ? f->rssMb / floor->rssMb : 0);
        kompis::bench::reportFigure("player", who + " idle CPU", f->idleCpuPercent, "%");
    };
    report("floor", floor);
    report("kompis", player);
    report("kompis first start (language picker)", first);
    report("parley", parley);
    if (player && parley)
    {
        kompis::bench::reportFigure("player", "kompis start-up vs parley", player->startupMs, "ms",
                                    "parley", player->startupMs / parley->startupMs);
        kompis::bench::reportFigure("player", "kompis memory vs parley", player->rssMb, "MB",
                                    "parley", player->rssMb / parley->rssMb);
    }
    if (player && floor)
        kompis::bench::reportFigure("player", "kompis memory above the floor",
                                    player->rssMb - floor->rssMb, "MB");
    // The first frame on screen, reported by each program: the same start-up without the
    // polling's granularity.
    std::vector<double> floorFrames, playerFrames, firstStartFrames;
    for (int i = 0; i < runs; ++i)
    {
        if (auto ms = firstFrameMs({KOMPIS_FLOOR_BIN}))
            floorFrames.push_back(*ms);
        if (auto ms =
                firstFrameMs({KOMPIS_PLAYER_BIN, "--store", (everyday / "p.sqlite").string()}))
            playerFrames.push_back(*ms);
        const fs::path fresh = dir / ("frame-first-" + std::to_string(i));
        fs::create_directories(fresh);
        if (auto ms = firstFrameMs({KOMPIS_PLAYER_BIN, "--store", (fresh / "p.sqlite").string()}))
            firstStartFrames.push_back(*ms);
    }
    if (!floorFrames.empty() && !playerFrames.empty())
    {
        const double floorMs = medianOf(floorFrames);
        kompis::bench::reportFigure("player", "floor first frame on screen", floorMs, "ms");
        kompis::bench::reportFigure("player", "kompis first frame on screen",
                                    medianOf(playerFrames), "ms", "floor",
                                    medianOf(playerFrames) / floorMs);
        if (!firstStartFrames.empty())
            kompis::bench::reportFigure(
                "player", "kompis first frame on the very first start (picker)",
                medianOf(firstStartFrames), "ms", "floor", medianOf(firstStartFrames) / floorMs);
    }
    lessonFigures(dir);
    teacherFigures(dir);
    std::error_code ec;
    fs::remove_all(dir, ec);
    return 0;
}
