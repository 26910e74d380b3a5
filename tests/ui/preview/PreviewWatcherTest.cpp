#include "app/PreviewWatcher.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <unistd.h>

using kompis::app::PreviewWatcher;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace
{

struct CourseFolder
{
    fs::path dir =
        fs::temp_directory_path() / ("kompis-s13cli-watch-" + std::to_string(::getpid()));
    CourseFolder()
    {
        fs::remove_all(dir);
        fs::create_directories(dir / "lessons");
        write("course.xml", "<course/>");
        write("lessons/one.xml", "<lesson/>");
    }
    ~CourseFolder()
    {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    void write(const std::string& name, const std::string& text) const
    {
        std::ofstream(dir / name) << text;
    }
};

} // namespace

TEST_CASE("a save in a lesson folder is reported once, after the quiet time")
{
    CourseFolder course;
    PreviewWatcher watcher(course.dir, 300ms);
    REQUIRE(watcher.error().empty());
    const auto start = PreviewWatcher::Clock::now();
    CHECK_FALSE(watcher.poll(start));
    course.write("lessons/one.xml", "<lesson>edited</lesson>");
    CHECK_FALSE(watcher.poll(start + 10ms)); // still settling
    CHECK(watcher.poll(start + 400ms));
    CHECK_FALSE(watcher.poll(start + 800ms)); // once per change
}

TEST_CASE("a burst of writes while saving is one change, reported after the file is closed")
{
    CourseFolder course;
    PreviewWatcher watcher(course.dir, 300ms, 40ms);
    const auto start = PreviewWatcher::Clock::now();
    {
        std::ofstream out(course.dir / "course.xml");
        out << "<course>" << std::flush;
        CHECK_FALSE(watcher.poll(start));
        out << "half written" << std::flush;
        CHECK_FALSE(watcher.poll(start + 200ms));
        CHECK_FALSE(watcher.poll(start + 400ms)); // 200 ms after the last write, file still open
    }
    CHECK_FALSE(watcher.poll(start + 410ms)); // closed: settling
    CHECK(watcher.poll(start + 460ms));
    CHECK_FALSE(watcher.poll(start + 900ms)); // once per save
}

TEST_CASE("a finished save is reported after the short settle time, not the whole quiet time")
{
    CourseFolder course;
    PreviewWatcher watcher(course.dir, 300ms, 40ms);
    const auto start = PreviewWatcher::Clock::now();
    course.write("lessons/one.xml", "<lesson>saved</lesson>");
    CHECK_FALSE(watcher.poll(start));
    CHECK(watcher.poll(start + 50ms));
}

TEST_CASE("a file left open after writing is still reported once it has been quiet")
{
    CourseFolder course;
    PreviewWatcher watcher(course.dir, 300ms, 40ms);
    const auto start = PreviewWatcher::Clock::now();
    std::ofstream out(course.dir / "lessons" / "one.xml");
    out << "<lesson>edited</lesson>" << std::flush;
    CHECK_FALSE(watcher.poll(start));
    CHECK_FALSE(watcher.poll(start + 100ms));
    CHECK(watcher.poll(start + 350ms));
}

TEST_CASE("an editor's swap and backup files do not count as a change")
{
    CourseFolder course;
    PreviewWatcher watcher(course.dir, 300ms);
    const auto start = PreviewWatcher::Clock::now();
    course.write("lessons/.one.xml.swp", "swap");
    course.write("lessons/one.xml~", "backup");
    CHECK_FALSE(watcher.poll(start));
    CHECK_FALSE(watcher.poll(start + 1s));
}

TEST_CASE("a folder made after the start is watched too")
{
    CourseFolder course;
    PreviewWatcher watcher(course.dir, 300ms);
    const auto start = PreviewWatcher::Clock::now();
    fs::create_directories(course.dir / "media");
    CHECK_FALSE(watcher.poll(start));
    CHECK(watcher.poll(start + 1s)); // the new folder itself
    course.write("media/clip.txt", "new");
    CHECK_FALSE(watcher.poll(start + 2s));
    CHECK(watcher.poll(start + 3s));
}

TEST_CASE("a folder that does not exist is an error to show, not a crash")
{
    PreviewWatcher watcher("/nonexistent/kompis-s13cli-course", 300ms);
    CHECK_FALSE(watcher.error().empty());
    CHECK_FALSE(watcher.poll());
}
