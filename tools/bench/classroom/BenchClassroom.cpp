// Thirty simulated classroom PCs against one PostgreSQL server (fsync on). Prints: answer
// commit p99 without and with the background sync, sync throughput, time until an answer is
// visible on another PC (p50, p99), and the teacher's class overview. KOMPIS_BENCH_SECONDS
// sets the seconds of each with/without comparison (default 60).

#include "BenchReport.hpp"
#include "ClassroomTestSupport.hpp"
#include "core/classroom/ClassOverview.hpp"
#include "core/store/StoreTestSupport.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

using namespace kompis;
using namespace kompis::core;
using Clock = std::chrono::steady_clock;

namespace
{
constexpr int kPcs = 30;
constexpr int kLearners = 50;

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p / 100.0 * double(v.size())))];
}

double msSince(Clock::time_point t)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

struct Room
{
    test::TestClassroom classroom{true};
    std::vector<std::string> learners;
    test::TempDir dir;
    std::vector<std::unique_ptr<test::TestPc>> pcs;
};

// Every PC answers for its five learners, one answer per `gap`, for `seconds`; returns the
// commit latencies (ms) of every answer, by PC. A PC in `syncing` wakes its sync after each.
std::vector<std::vector<double>> answerFor(Room& room, double seconds,
                                           std::chrono::milliseconds gap,
                                           const std::vector<bool>& syncing)
{
    std::vector<std::vector<double>> latencies(kPcs);
    std::vector<std::thread> threads;
    const auto until = Clock::now() + std::chrono::duration<double>(seconds);
    for (int p = 0; p < kPcs; ++p)
        threads.emplace_back(
            [&, p]
            {
                auto& pc = *room.pcs[std::size_t(p)];
                std::vector<std::int64_t> ids;
                for (int k = 0; k < 5; ++k)
                    ids.push_back(pc.local(room.learners[std::size_t((p * 5 + k) % kLearners)]));
                static std::atomic<std::int64_t> clock{1800000000};
                for (int n = 0; Clock::now() < until; ++n)
                {
                    auto a = test::attempt(ids[std::size_t(n % 5)], "q" + std::to_string(n % 11),
                                           n % 3 ? kompis::core::Outcome::Right
                                                 : kompis::core::Outcome::Wrong,
                                           clock++);
                    const auto t = Clock::now();
                    const bool saved = pc.store->recordAttempt(a).saved;
                    latencies[std::size_t(p)].push_back(msSince(t));
                    if (!saved)
                        std::fprintf(stderr, "an answer was not saved on PC %d\n", p);
                    if (syncing[std::size_t(p)])
                        pc.sync->syncSoon();
                    std::this_thread::sleep_for(gap);
                }
            });
    for (auto& t : threads)
        t.join();
    return latencies;
}

struct Split
{
    std::vector<double> alone, withSync;
};

// Alternating blocks of a few seconds over one period, so whatever else loads this machine
// hits both sides alike. `half`: in each block every other PC syncs and the rest do not,
// swapping each block (the load on the server and this machine stays the same; what differs
// is only a PC's own sync). Otherwise all thirty sync in one block and none in the next.
Split alternate(Room& room, double seconds, bool half)
{
    const auto gap = std::chrono::milliseconds(200); // six times a real class's pace
    const double block = 2.5;
    Split out;
    for (int b = 0; b < std::max(2, int(seconds / block)); ++b)
    {
        std::vector<bool> syncing(kPcs);
        for (int p = 0; p < kPcs; ++p)
        {
            syncing[std::size_t(p)] = half ? (p + b) % 2 == 1 : b % 2 == 1;
            auto& sync = *room.pcs[std::size_t(p)]->sync;
            syncing[std::size_t(p)] ? sync.start() : sync.stop();
        }
        const auto got = answerFor(room, block, gap, syncing);
        for (int p = 0; p < kPcs; ++p)
        {
            auto& into = syncing[std::size_t(p)] ? out.withSync : out.alone;
            into.insert(into.end(), got[std::size_t(p)].begin(), got[std::size_t(p)].end());
        }
    }
    return out;
}

void reportSplit(const Split& split, const std::string& how)
{
    std::printf("  (%s of the PCs syncing: %zu answers without the sync, %zu with it)\n",
                how.c_str(), split.alone.size(), split.withSync.size());
    for (const double p : {50.0, 99.0})
    {
        const auto name = "commit p" + std::to_string(int(p));
        const double alone = percentile(split.alone, p), with = percentile(split.withSync, p);
        bench::reportFigure("classroom", name + " without sync (" + how + ")", alone, "ms");
        bench::reportFigure("classroom", name + " with sync (" + how + ")", with, "ms",
                            "without sync", with / alone);
    }
}
} // namespace

int main()
{
    const char* secondsEnv = std::getenv("KOMPIS_BENCH_SECONDS");
    const double seconds = secondsEnv ? std::atof(secondsEnv) : 60.0;
    Room room;
    if (!room.classroom.available())
    {
        std::printf("classroom: %s\n", room.classroom.server.skipReason().c_str());
        return 0;
    }
    std::vector<std::string> names;
    for (int i = 0; i < kLearners; ++i)
        names.push_back("Elev " + std::to_string(i + 1));
    room.learners = room.classroom.addLearners(names);
    for (int p = 0; p < kPcs; ++p)
    {
        room.pcs.push_back(std::make_unique<test::TestPc>(
            room.dir.path(), room.classroom.pcConfig("pc-" + std::to_string(p))));
        for (int k = 0; k < 5; ++k)
            room.pcs.back()->sync->follow(room.learners[std::size_t((p * 5 + k) % kLearners)]);
        room.pcs.back()->sync->runOnce();
    }
    std::printf("classroom: %d PCs, %d learners, PostgreSQL with fsync, %.0f s per comparison\n",
                kPcs, kLearners, seconds);

    // 1. Commit latency with the sync running against without, in the same period. The key
    // figure swaps halves of the class, so only a PC's own sync differs; all-on against all-off
    // also charges the server and thirty syncs sharing this machine's cores and disk (on a
    // real class each PC has its own and the server is elsewhere).
    reportSplit(alternate(room, seconds, true), "half");
    reportSplit(alternate(room, seconds / 2, false), "all/none");
    for (auto& pc : room.pcs)
        pc->sync->start();

    // 2. Visibility: PC 0 answers for a learner PC 1 follows; how long until PC 1 has it.
    {
        auto& from = *room.pcs[0];
        auto& to = *room.pcs[1];
        const std::string learner = room.learners[5]; // followed by PC 1 (learners 5–9)
        from.sync->follow(learner);
        const auto fromId = from.local(learner);
        store::ProgressStore reader(test::testOptions(to.path));
        std::vector<double> visible;
        for (int i = 0; i < 40; ++i)
        {
            const auto t = Clock::now();
            const auto saved = from.store->recordAttempt(
                test::attempt(fromId, "probe", kompis::core::Outcome::Right, 1900000000 + i));
            from.sync->syncSoon();
            const auto expected = from.store->connection().scalar(
                "SELECT count(*) FROM attempts WHERE item_id='probe'");
            (void)saved;
            while (reader.connection().scalar(
                       "SELECT count(*) FROM attempts WHERE item_id='probe'") < expected &&
                   msSince(t) < 20000)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            visible.push_back(msSince(t));
        }
        bench::reportFigure("classroom", "answer visible on another PC p50",
                            percentile(visible, 50), "ms");
        bench::reportFigure("classroom", "answer visible on another PC p99",
                            percentile(visible, 99), "ms");
    }

    // 3. Throughput: a backlog built while the server was away drains when it is back.
    for (auto& pc : room.pcs)
        pc->sync->stop();
    const auto before = room.classroom.serverAttempts();
    answerFor(room, 10, std::chrono::milliseconds(2), std::vector<bool>(kPcs, false));
    std::int64_t backlog = 0;
    for (auto& pc : room.pcs)
        backlog += pc->store->connection().scalar("SELECT count(*) FROM attempts WHERE pushed=0");
    const auto t = Clock::now();
    for (auto& pc : room.pcs)
        pc->sync->start();
    while (room.classroom.serverAttempts() < before + backlog && msSince(t) < 300000)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    const double drained = msSince(t) / 1000.0;
    std::printf("  (backlog of %lld answers on %d PCs)\n", static_cast<long long>(backlog), kPcs);
    bench::reportFigure("classroom", "sync throughput, 30 PCs draining a backlog",
                        double(backlog) / drained, "att/s");
    for (auto& pc : room.pcs)
        pc->sync->stop();

    // 4. The teacher's class overview: 30 learners with every answer of the run.
    {
        auto db = room.classroom.teacher();
        db.exec("DELETE FROM kompis.learners WHERE display_name IN (" +
                [&]
                {
                    std::string list;
                    for (int i = 31; i <= kLearners; ++i)
                        list += (i > 31 ? ",'" : "'") + names[std::size_t(i - 1)] + "'";
                    return list;
                }() +
                ")");
        const auto answers = db.exec("SELECT count(*) FROM kompis.attempts").integer(0, 0);
        std::vector<double> times;
        std::size_t rows = 0;
        for (int i = 0; i < 20; ++i)
        {
            const auto s = Clock::now();
            rows = classroom::classOverview(db).size();
            times.push_back(msSince(s));
        }
        std::printf("  (%zu learners, %lld answers on the server)\n", rows,
                    static_cast<long long>(answers));
        bench::reportFigure("classroom", "class overview, 30 learners p50", percentile(times, 50),
                            "ms");
        bench::reportFigure("classroom", "class overview, 30 learners max", percentile(times, 100),
                            "ms");
    }
    return 0;
}
