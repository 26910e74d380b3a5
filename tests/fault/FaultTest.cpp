// Fault tests (issue 7): the disk fills, the store folder turns read-only, another process
// holds the store locked, a course folder disappears. Each must end in a clear message, and
// no answer the store acknowledged may be lost.
//
// File systems are made for real: a 512 KiB tmpfs, remounted read-only, inside a private user
// and mount namespace (`unshare -Urm`), so the tests need no root and leave nothing behind.
#include "core/loader/CourseLoader.hpp"

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <map>
#include <sstream>

namespace fs = std::filesystem;

namespace
{

struct Output
{
    int status = -1;
    std::string text;

    [[nodiscard]] std::size_t count(const std::string& prefix) const
    {
        std::istringstream lines(text);
        std::size_t n = 0;
        for (std::string line; std::getline(lines, line);)
            n += line.rfind(prefix, 0) == 0 ? 1 : 0;
        return n;
    }
    [[nodiscard]] std::string value(const std::string& prefix) const
    {
        std::istringstream lines(text);
        for (std::string line; std::getline(lines, line);)
            if (line.rfind(prefix, 0) == 0)
                return line.substr(prefix.size());
        return {};
    }
};

Output shell(const std::string& script)
{
    Output out;
    FILE* pipe = popen(("/bin/sh -c '" + script + "' 2>&1").c_str(), "r");
    REQUIRE(pipe);
    std::array<char, 4096> buffer{};
    while (const auto n = std::fread(buffer.data(), 1, buffer.size(), pipe))
        out.text.append(buffer.data(), n);
    out.status = pclose(pipe);
    return out;
}

bool namespacesWork()
{
    return shell("unshare -Urm true").status == 0;
}

const std::string kChild = FAULT_CHILD;

} // namespace

TEST_CASE("a full disk stops saving with a clear message and loses no acknowledged answer",
          "[fault]")
{
    REQUIRE(namespacesWork());
    const auto out = shell("unshare -Urm sh -c \"set -e; d=\\$(mktemp -d); o=\\$(mktemp); "
                           "mount -t tmpfs -o size=512k tmpfs \\$d; " +
                           kChild + " fill \\$d > \\$o; cat \\$o; " + kChild +
                           " verify \\$d < \\$o; rm -f \\$o\"");
    INFO(out.text.substr(out.text.size() > 3000 ? out.text.size() - 3000 : 0));
    REQUIRE(out.status == 0);
    CHECK(out.count("saved ") >= 5);            // it got going before the disk filled
    CHECK(out.count("stopped: ") == 1);         // then one answer was refused, not silently dropped
    CHECK(out.value("saving=") == "0");         // and the store says it is no longer saving
    CHECK_FALSE(out.value("message=").empty()); // with a message for the learner
    CHECK(out.value("missing ") == "0");
    CHECK(out.value("integrity ") == "ok");
}

TEST_CASE(
    "a store folder that turns read-only keeps its saved answers and says progress is not saved",
    "[fault]")
{
    REQUIRE(namespacesWork());
    const auto out =
        shell("unshare -Urm sh -c \"set -e; d=\\$(mktemp -d); o=\\$(mktemp); "
              "mount -t tmpfs -o size=4m tmpfs \\$d; " +
              kChild + " fill \\$d 25 > \\$o; mount -o remount,ro \\$d; echo second; " + kChild +
              " fill \\$d 5; " + kChild + " verify \\$d < \\$o; rm -f \\$o\"");
    INFO(out.text);
    REQUIRE(out.status == 0);
    const auto second = out.text.substr(out.text.find("second"));
    CHECK(second.find("opened saving=0") != std::string::npos);
    CHECK(second.find("saved ") == std::string::npos);
    CHECK(second.find("message=") != std::string::npos);
    CHECK(out.value("reported ") == "25");
    CHECK(out.value("missing ") == "0");
    CHECK(out.value("integrity ") == "ok");
}

TEST_CASE("an answer given while another process briefly locks the store waits and is saved",
          "[fault]")
{
    const auto dir =
        fs::temp_directory_path() / ("kompis-fault-lock-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const auto d = dir.string();
    REQUIRE(shell(kChild + " fill " + d + " 1").count("saved ") == 1);
    const auto out =
        shell("(" + kChild + " lock " + d + " 1 &) ; sleep 0.3; " + kChild + " fill " + d + " 3");
    INFO(out.text);
    CHECK(out.count("saved ") == 3);
    CHECK(out.count("stopped: ") == 0);
    fs::remove_all(dir);
}

TEST_CASE(
    "a store locked for a long time refuses the answer with a message and keeps the saved ones",
    "[fault]")
{
    const auto dir =
        fs::temp_directory_path() / ("kompis-fault-longlock-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const auto d = dir.string();
    const auto first =
        shell(kChild + " fill " + d + " 10 > " + d + "/first.out; cat " + d + "/first.out");
    REQUIRE(first.count("saved ") == 10);
    const auto out = shell("(" + kChild + " lock " + d + " 5 > " + d +
                           "/lock.out &) ; sleep 0.5; " + kChild + " fill " + d + " 2");
    INFO(out.text);
    CHECK(out.count("stopped: ") == 1);
    CHECK_FALSE(out.value("stopped: ").empty());
    const auto check = shell("sleep 5; " + kChild + " verify " + d + " < " + d + "/first.out");
    INFO(check.text);
    CHECK(check.value("missing ") == "0");
    CHECK(check.value("integrity ") == "ok");
    fs::remove_all(dir);
}

TEST_CASE("a course folder deleted while a learner uses it gives a message, not a crash", "[fault]")
{
    const auto dir =
        fs::temp_directory_path() / ("kompis-fault-course-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::copy(fs::path(KOMPIS_COURSES_DIR) / "example", dir, fs::copy_options::recursive);
    const kompis::core::DirectoryPackage package(dir.string());
    const auto load = kompis::core::loadCourse(package, {.loadLessons = false});
    REQUIRE(load.usable());
    fs::remove_all(dir);

    kompis::core::DiagnosticSink sink;
    const auto lesson =
        kompis::core::loadLesson(package, *load.course, load.course->lessons[0], sink);
    CHECK(lesson == nullptr);
    REQUIRE(sink.diagnostics().size() == 1);
    CHECK(sink.diagnostics()[0].message.find("no longer there") != std::string::npos);
    // Loading the whole package again reports the course as gone instead of failing.
    const auto again = kompis::core::loadCourse(package);
    CHECK_FALSE(again.usable());
    CHECK(again.diagnostics.at(0).ruleId == "course.missing");
}
