// The process the fault tests break things around: it saves answers and reports each one the
// store acknowledged, so the test can check that none of them is ever lost.
//   fault_child fill DIR [MAX]    answer until saving fails (or MAX answers); print "saved ID"
//   fault_child verify DIR        read "saved ID" lines on stdin; print "missing N" and "integrity
//   X" fault_child lock DIR SECONDS  hold an exclusive lock on the store, print "locked", then
//   release
#include "core/store/ProgressStore.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <set>
#include <sqlite3.h>
#include <string>
#include <thread>

using namespace kompis::core::store;
using kompis::core::Outcome;

namespace
{

StoreOptions optionsFor(const std::string& dir)
{
    StoreOptions options;
    options.path = std::filesystem::path(dir) / "progress.sqlite";
    options.autoBackup = false;
    options.pinOpsLimit = 1;
    options.pinMemLimit = 8192;
    options.busyTimeout = std::chrono::milliseconds(1000);
    options.busyRetries = 2;
    return options;
}

int fill(const std::string& dir, int max)
{
    ProgressStore store(optionsFor(dir));
    std::printf("opened saving=%d\n", store.saving() ? 1 : 0);
    const auto learner =
        store.createLearner({"Aino", "#3366aa", "fi", std::nullopt}, 1'700'000'000);
    if (!learner.saved)
    {
        std::printf("stopped: %s\nmessage=%s\n", learner.error.c_str(),
                    store.statusMessage().c_str());
        return 0;
    }
    std::printf("learner %lld\n", static_cast<long long>(learner.id));
    // Long typed answers fill the disk quickly, as a class's dictations would over a term.
    const std::string answer(600, 'x');
    for (int i = 0; i < max; ++i)
    {
        AttemptRecord attempt;
        attempt.learnerId = learner.id;
        attempt.courseId = "svenska-pa-jobbet";
        attempt.courseVersion = "1.0.0";
        attempt.lessonId = "hello";
        attempt.itemId = "q" + std::to_string(i);
        attempt.response = answer + std::to_string(i);
        attempt.outcome = Outcome::Right;
        attempt.points = 1;
        attempt.timestamp = 1'700'000'000 + i;
        const auto result = store.recordAttempt(attempt);
        if (!result.saved)
        {
            std::printf("stopped: %s\n", result.error.c_str());
            break;
        }
        std::printf("saved %s\n", attempt.itemId.c_str());
        std::fflush(stdout);
    }
    std::printf("saving=%d\nmessage=%s\n", store.saving() ? 1 : 0, store.statusMessage().c_str());
    return 0;
}

int verify(const std::string& dir)
{
    std::set<std::string> reported;
    for (std::string line; std::getline(std::cin, line);)
        if (line.rfind("saved ", 0) == 0)
            reported.insert(line.substr(6));
    // Read the file directly and read-only: the check must not repair or move anything.
    sqlite3* db = nullptr;
    const auto path = (std::filesystem::path(dir) / "progress.sqlite").string();
    // On a read-only file system SQLite cannot make the WAL index; the last writer closed
    // cleanly (its WAL is checkpointed), so reading the file as immutable sees everything.
    const bool readOnlyFs =
        std::filesystem::exists(path) && std::system(("test -w " + dir).c_str()) != 0;
    const auto uri = "file:" + path + (readOnlyFs ? "?immutable=1" : "?mode=ro");
    if (sqlite3_open_v2(uri.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) !=
        SQLITE_OK)
    {
        std::printf("cannot open %s: %s\n", path.c_str(), sqlite3_errmsg(db));
        sqlite3_close(db);
        return 1;
    }
    std::set<std::string> present;
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db, "SELECT item_id FROM attempts", -1, &statement, nullptr);
    while (statement && sqlite3_step(statement) == SQLITE_ROW)
        present.insert(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    std::size_t missing = 0;
    for (const auto& id : reported)
        missing += present.contains(id) ? 0 : 1;
    std::string integrity = "unknown";
    sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr);
    if (statement && sqlite3_step(statement) == SQLITE_ROW)
        integrity = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    std::printf("reported %zu\nmissing %zu\nintegrity %s\n", reported.size(), missing,
                integrity.c_str());
    return 0;
}

int lock(const std::string& dir, int seconds)
{
    sqlite3* db = nullptr;
    const auto path = (std::filesystem::path(dir) / "progress.sqlite").string();
    if (sqlite3_open(path.c_str(), &db) != SQLITE_OK ||
        sqlite3_exec(db, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) != SQLITE_OK)
    {
        std::printf("cannot lock: %s\n", sqlite3_errmsg(db));
        return 1;
    }
    std::printf("locked\n");
    std::fflush(stdout);
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "fill" && argc >= 3)
        return fill(argv[2], argc >= 4 ? std::stoi(argv[3]) : 100000);
    if (mode == "verify" && argc >= 3)
        return verify(argv[2]);
    if (mode == "lock" && argc >= 4)
        return lock(argv[2], std::stoi(argv[3]));
    std::fprintf(stderr, "usage: fault_child fill|verify|lock DIR [N]\n");
    return 2;
}
