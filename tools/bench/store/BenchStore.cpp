// Store benchmark: commit latency with synchronous=FULL, and query times on a store with
// 300 learners, 1,000,000 attempts and 100,000 review cards.

#include "BenchReport.hpp"
#include "core/export/CsvExport.hpp"
#include "core/store/ProgressStore.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <ostream>
#include <random>
#include <streambuf>
#include <unistd.h>
#include <vector>

using namespace kompis::core;
using Clock = std::chrono::steady_clock;

namespace
{
constexpr int kLearners = 300;
constexpr int kAttempts = 1'000'000;
constexpr int kCards = 100'000;
constexpr int kCourses = 4;
constexpr int kLessonsPerCourse = 20;
constexpr int kItemsPerLesson = 25;
constexpr std::int64_t kNow = 1'800'000'000;
constexpr std::int64_t kDay = 86400;

double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size())))];
}

class NullBuffer : public std::streambuf
{
protected:
    int overflow(int c) override { return c; }
    std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

store::StoreOptions options(const std::filesystem::path& file)
{
    store::StoreOptions o;
    o.path = file;
    o.autoBackup = false;
    return o;
}

std::string itemId(int course, int index)
{
    return "c" + std::to_string(course) + "-i" + std::to_string(index);
}

void commitLatency(const std::filesystem::path& dir)
{
    store::ProgressStore s(options(dir / "latency.sqlite"));
    const auto learner = s.createLearner({"Bench", "", "sv", std::nullopt}, kNow).id;
    std::vector<double> times;
    for (int i = 0; i < 2000; ++i)
    {
        store::AttemptRecord a{learner,
                               "svenska",
                               "1.0.0",
                               "l1",
                               "q" + std::to_string(i % 50),
                               "svar",
                               kompis::core::Outcome::Right,
                               1,
                               1,
                               3000,
                               kNow + i};
        const auto t0 = Clock::now();
        const auto saved = s.recordAttempt(a);
        times.push_back(ms(Clock::now() - t0) * 1000.0);
        if (!saved)
            std::fprintf(stderr, "not saved: %s\n", saved.error.c_str());
    }
    kompis::bench::reportFigure("store", "answer commit median (synchronous=FULL)",
                                percentile(times, 0.5), "us");
    kompis::bench::reportFigure("store", "answer commit p99 (synchronous=FULL)",
                                percentile(times, 0.99), "us");
}

// Fills the big store with raw SQL in one transaction: the figures are about reading it.
void populate(store::ProgressStore& s)
{
    auto& db = s.connection();
    db.exec("PRAGMA synchronous=OFF");
    db.exec("BEGIN");
    std::mt19937 rng(42);
    for (int c = 0; c < kCourses; ++c)
    {
        store::CourseOutline outline{"course" + std::to_string(c), "1.0.0", {}};
        for (int l = 0; l < kLessonsPerCourse; ++l)
        {
            store::CourseOutline::Lesson lesson{
                "l" + std::to_string(l), {"topic" + std::to_string(l % 5)}, {}, {}};
            for (int i = 0; i < kItemsPerLesson; ++i)
                lesson.itemIds.push_back(itemId(c, l * kItemsPerLesson + i));
            outline.lessons.push_back(lesson);
        }
        db.exec("COMMIT");
        s.syncCourse(outline);
        db.exec("BEGIN");
    }
    store::Statement learner(db.handle(), "INSERT INTO learners(id, display_name, created_at, "
                                          "last_seen_at) VALUES(?, ?, ?, ?)");
    store::Statement attempt(db.handle(),
                             "INSERT INTO attempts(learner_id, course_id, course_version, "
                             "lesson_id, item_id, response, outcome, points, max_points, time_ms, "
                             "ts) VALUES(?,?,'1.0.0',?,?,'ett svar, \"citat\"',?,?,1,?,?)");
    store::Statement progress(
        db.handle(), "INSERT OR REPLACE INTO item_progress(learner_id, course_id, item_id, "
                     "lesson_id, attempts, last_outcome, best_points, last_ts) "
                     "VALUES(?,?,?,?,?,?,1,?)");
    store::Statement card(
        db.handle(), "INSERT INTO cards(learner_id, course_id, kind, ref_id, stability, "
                     "difficulty, last_review, due, reps, lapses) VALUES(?,?,0,?,?,?,?,?,?,0)");
    store::Statement day(db.handle(), "INSERT OR REPLACE INTO activity(learner_id, day, attempts, "
                                      "time_ms) VALUES(?,?,?,?)");
    const int itemsPerLearner = kCards / kLearners; // 333 cards each
    const int attemptsPerItem = kAttempts / kCards; // 10 answers per card
    const int itemsPerCourse = kLessonsPerCourse * kItemsPerLesson;
    std::uniform_real_distribution<double> stability(0.5, 60.0);
    std::uniform_int_distribution<int> outcome(0, 2);
    for (int id = 1; id <= kLearners; ++id)
    {
        learner.reset();
        learner.bind(1, id).bind(2, "Learner " + std::to_string(id)).bind(3, kNow).bind(4, kNow);
        learner.run();
        for (int k = 0; k < itemsPerLearner + (id <= kCards % kLearners ? 1 : 0); ++k)
        {
            const int course = k % kCourses;
            const int index = (k / kCourses + id * 7) % itemsPerCourse;
            const std::string courseId = "course" + std::to_string(course);
            const std::string lessonId = "l" + std::to_string(index / kItemsPerLesson);
            const std::string item = itemId(course, index);
            int last = 0;
            for (int n = 0; n < attemptsPerItem; ++n)
            {
                last = outcome(rng);
                const std::int64_t ts = kNow - (200 - n * 20) * kDay + k * 60;
                attempt.reset();
                attempt.bind(1, id).bind(2, courseId).bind(3, lessonId).bind(4, item);
                attempt.bind(5, last).bind(6, last == 2 ? 1.0 : 0.0).bind(7, 3000).bind(8, ts);
                attempt.run();
            }
            progress.reset();
            progress.bind(1, id).bind(2, courseId).bind(3, item).bind(4, lessonId);
            progress.bind(5, attemptsPerItem).bind(6, last).bind(7, kNow);
            progress.run();
            const double s = stability(rng);
            const std::int64_t lastReview = kNow - std::int64_t(rng() % 60) * kDay;
            card.reset();
            card.bind(1, id).bind(2, courseId).bind(3, item).bind(4, s).bind(5, 5.0);
            card.bind(6, lastReview).bind(7, lastReview + std::int64_t(s) * kDay);
            card.bind(8, attemptsPerItem);
            card.run();
        }
        for (int d = 0; d < 200; d += 2)
        {
            day.reset();
            day.bind(1, id).bind(2, kNow / kDay - d).bind(3, 50).bind(4, 150000);
            day.run();
        }
    }
    db.exec("COMMIT");
    db.exec("PRAGMA synchronous=FULL");
    db.exec("ANALYZE");
}

template <typename F> double medianMs(int runs, F&& f)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i)
    {
        const auto t0 = Clock::now();
        f();
        times.push_back(ms(Clock::now() - t0));
    }
    return percentile(times, 0.5);
}
} // namespace

int main()
{
    const auto dir = std::filesystem::temp_directory_path() /
                     ("kompis-bench-store-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::printf("Progress store (files in %s)\n", dir.c_str());
    commitLatency(dir);

    {
        store::ProgressStore s(options(dir / "big.sqlite"));
        const auto t0 = Clock::now();
        populate(s);
        kompis::bench::reportFigure("store", "build 300 learners / 1M attempts / 100k cards",
                                    ms(Clock::now() - t0) / 1000.0, "s");
    }
    // Reopen so the figures include a cold statement cache, as in a fresh player.
    store::ProgressStore s(options(dir / "big.sqlite"));
    const std::int64_t learner = 150;
    std::size_t due = 0;
    kompis::bench::reportFigure("store", "due queue, one learner (target <= 20 ms)",
                                medianMs(50, [&] { due = s.dueQueue(learner, kNow, 100).size(); }),
                                "ms");
    std::printf("  (%zu cards in the queue)\n", due);
    kompis::bench::reportFigure("store", "progress statistics (target <= 50 ms)",
                                medianMs(50, [&] { (void)s.statistics(learner, kNow); }), "ms");
    NullBuffer nothing;
    std::ostream sink(&nothing);
    std::size_t rows = 0;
    const auto t0 = Clock::now();
    rows = exports::writeAttemptsCsv(s, std::nullopt, sink);
    const double seconds = ms(Clock::now() - t0) / 1000.0;
    kompis::bench::reportFigure("store", "CSV export of all attempts", double(rows) / seconds,
                                "rows/s");
    kompis::bench::reportFigure("store", "store file size",
                                double(std::filesystem::file_size(dir / "big.sqlite")) / 1e6, "MB");
    const auto q0 = Clock::now();
    const auto quick = s.connection().scalar("PRAGMA quick_check");
    (void)quick;
    kompis::bench::reportFigure("store", "PRAGMA quick_check on the big store",
                                ms(Clock::now() - q0), "ms");
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
    return rows == std::size_t(kAttempts) ? 0 : 1;
}
