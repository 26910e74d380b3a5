// Store benchmark: commit latency with synchronous=FULL, and query times on a store with
// 300 learners, 1,000,000 attempts and 100,000 review cards.

#include "BenchReport.hpp"
#include "core/export/CsvExport.hpp"
#include "core/store/ProgressStore.hpp"
#include "store/BigStore.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <ostream>
#include <streambuf>
#include <unistd.h>
#include <vector>

using namespace kompis::core;
using Clock = std::chrono::steady_clock;

namespace
{
constexpr std::int64_t kNow = kompis::bench::kBigStoreNow;

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
        kompis::bench::populateBigStore(s);
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
    return rows == std::size_t(kompis::bench::BigStoreSize::attempts) ? 0 : 1;
}
