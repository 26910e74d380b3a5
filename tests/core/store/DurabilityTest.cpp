#include "StoreTestSupport.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <csignal>
#include <limits>
#include <random>
#include <set>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

using namespace kompis::core::store;
using kompis::core::Outcome;
using kompis::test::attempt;
using kompis::test::TempDir;
using kompis::test::testOptions;

namespace
{
constexpr std::int64_t kNow = 1'800'000'000;

// Runs `body` in a forked child that never returns into Catch; its exit code is the result.
template <typename F> pid_t spawn(F&& body)
{
    const pid_t pid = ::fork();
    if (pid == 0)
    {
        int code = 3;
        try
        {
            code = body();
        }
        catch (...)
        {
        }
        ::_exit(code);
    }
    return pid;
}

void writeLine(int fd, const std::string& line)
{
    const std::string text = line + "\n";
    std::size_t done = 0;
    while (done < text.size())
    {
        const auto n = ::write(fd, text.data() + done, text.size() - done);
        if (n <= 0)
            return;
        done += std::size_t(n);
    }
}

// Reads until `count` newlines have arrived (or the pipe closes); returns what was read.
std::string readLines(int fd, int count)
{
    std::string all;
    char buf[4096];
    while (std::count(all.begin(), all.end(), '\n') < count)
    {
        const auto n = ::read(fd, buf, sizeof buf);
        if (n <= 0)
            break;
        all.append(buf, std::size_t(n));
    }
    return all;
}

// Whole lines only: a child killed mid-write leaves a partial last line, which was not reported.
std::vector<std::string> wholeLines(const std::string& all)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t nl; (nl = all.find('\n', start)) != std::string::npos; start = nl + 1)
        lines.push_back(all.substr(start, nl - start));
    return lines;
}

std::set<std::string> storedItems(ProgressStore& store)
{
    std::set<std::string> items;
    store.forEachAttempt(std::nullopt,
                         [&](const AttemptRow& r) { items.insert(r.attempt.itemId); });
    return items;
}

std::string integrity(ProgressStore& store)
{
    Statement st(store.connection().handle(), "PRAGMA integrity_check");
    return st.step() ? st.text(0) : "no answer";
}
} // namespace

TEST_CASE("every answer reported as saved survives SIGKILL at 200 random moments")
{
    TempDir dir;
    const auto file = dir / "p.sqlite";
    std::int64_t learner = 0;
    {
        ProgressStore store(testOptions(file));
        learner = store.createLearner({"Krasch", "", "sv", std::nullopt}, kNow).id;
    }
    std::mt19937 rng(Catch::rngSeed());
    // Kill after a random number of acknowledged answers plus a random delay, so the moment
    // falls anywhere in a commit however loaded the machine is.
    std::uniform_int_distribution<int> answersFirst(0, 20);
    std::uniform_int_distribution<int> delayUs(0, 3000);
    std::set<std::string> reported;
    constexpr int kRounds = 200;
    for (int round = 0; round < kRounds; ++round)
    {
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        const pid_t pid = spawn(
            [&]
            {
                ::close(fds[0]);
                ProgressStore store(testOptions(file));
                for (int n = 0;; ++n)
                {
                    const auto item = std::to_string(round) + "-" + std::to_string(n);
                    if (store.recordAttempt(attempt(learner, item, Outcome::Right, kNow + n)))
                        writeLine(fds[1], item);
                }
                return 0;
            });
        REQUIRE(pid > 0);
        ::close(fds[1]);
        std::string text = readLines(fds[0], answersFirst(rng));
        ::usleep(useconds_t(delayUs(rng)));
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        CHECK(WIFSIGNALED(status));
        text += readLines(fds[0], std::numeric_limits<int>::max());
        for (auto& line : wholeLines(text))
            reported.insert(std::move(line));
        ::close(fds[0]);
    }
    ProgressStore store(testOptions(file));
    CHECK(store.saving());
    CHECK_FALSE(store.openReport().movedAside);
    CHECK(integrity(store) == "ok");
    const auto stored = storedItems(store);
    std::vector<std::string> lost;
    for (const auto& item : reported)
        if (!stored.count(item))
            lost.push_back(item);
    INFO(reported.size() << " answers reported saved");
    CHECK(reported.size() > std::size_t(kRounds));
    CHECK(lost.empty());
}

TEST_CASE("two processes writing answers at once lose no rows and see no errors")
{
    TempDir dir;
    const auto file = dir / "p.sqlite";
    std::int64_t learners[2] = {};
    {
        ProgressStore store(testOptions(file));
        learners[0] = store.createLearner({"Ett", "", "sv", std::nullopt}, kNow).id;
        learners[1] = store.createLearner({"Två", "", "sv", std::nullopt}, kNow).id;
    }
    constexpr int kEach = 300;
    pid_t pids[2];
    for (int p = 0; p < 2; ++p)
        pids[p] = spawn(
            [&, p]
            {
                ProgressStore store(testOptions(file));
                int failures = 0;
                for (int n = 0; n < kEach; ++n)
                {
                    const auto item = "p" + std::to_string(p) + "-" + std::to_string(n);
                    // Both also touch shared rows: the same lesson and a shared item card.
                    failures +=
                        !store.recordAttempt(attempt(learners[p], item, Outcome::Right, kNow + n));
                    failures += !store.setResumeStep(learners[p], "svenska", "l1", n, kNow + n);
                }
                return failures > 0 ? 1 : 0;
            });
    for (const pid_t pid : pids)
    {
        int status = 0;
        REQUIRE(::waitpid(pid, &status, 0) == pid);
        CHECK(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 0);
    }
    ProgressStore store(testOptions(file));
    const auto stored = storedItems(store);
    CHECK(stored.size() == 2 * kEach);
    for (int p = 0; p < 2; ++p)
    {
        CHECK(stored.count("p" + std::to_string(p) + "-" + std::to_string(kEach - 1)) == 1);
        CHECK(store.lessonProgress(learners[p], "svenska", "l1").resumeStep == kEach - 1);
        CHECK(store.statistics(learners[p], kNow).attempts == kEach);
    }
    CHECK(integrity(store) == "ok");
}

namespace
{
int synchronousMode(ProgressStore& store)
{
    Statement st(store.connection().handle(), "PRAGMA synchronous");
    return st.step() ? int(st.integer(0)) : -1;
}
} // namespace

TEST_CASE("a learner's store waits for the disk on every commit and a throwaway preview store "
          "does not")
{
    TempDir dir;
    auto options = testOptions(dir / "learner.sqlite");
    ProgressStore learner(options);
    CHECK(synchronousMode(learner) == 2); // FULL

    options.path = dir / "preview.sqlite";
    options.durable = false;
    ProgressStore preview(options);
    CHECK(synchronousMode(preview) == 0); // OFF
    const auto made = preview.createLearner({"Preview", "#1f6f8b", "sv", std::nullopt}, kNow);
    REQUIRE(made);
    CHECK(preview.learners().size() == 1);
}
