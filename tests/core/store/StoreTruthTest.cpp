// Issue 15: the store tells the truth about damage, keeps good backups, recovers from a full
// disk, counts PIN tries atomically and creates private files.
#include "StoreTestSupport.hpp"
#include "core/store/Backup.hpp"
#include "core/util/UtcTime.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace kompis::core::store;
using kompis::core::Outcome;
using kompis::core::util::unixFromCivil;
using kompis::test::attempt;
using kompis::test::TempDir;
using kompis::test::testOptions;
namespace fs = std::filesystem;

namespace
{
const std::int64_t kNow = unixFromCivil(2026, 3, 2) + 9 * 3600;
constexpr std::int64_t kDay = 86400;

std::int64_t learnerWithAnswers(ProgressStore& store, const std::string& name, int answers)
{
    const auto id = store.createLearner({name, "#3a7bd5", "sv", std::nullopt}, kNow).id;
    for (int i = 0; i < answers; ++i)
        REQUIRE(store.recordAttempt(attempt(id, std::to_string(i), Outcome::Right, kNow)).saved);
    return id;
}

// Overwrites 4 KiB in the middle of the file, as a failing disk does; the header stays.
void scribble(const fs::path& file)
{
    const auto size = fs::file_size(file);
    std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(std::streamoff(size / 2));
    f << std::string(4096, '\x5a');
}

fs::perms permsOf(const fs::path& p)
{
    return fs::status(p).permissions() & fs::perms::all;
}
} // namespace

TEST_CASE("a damaged store over 32 MiB is checked on open and moved aside instead of aborting")
{
    TempDir dir;
    const auto file = dir / "p.sqlite";
    {
        ProgressStore store(testOptions(file));
        const auto id = learnerWithAnswers(store, "Stor", 1);
        // 34 MiB of answers: long typed responses, as a big class's year of work would add up.
        auto a = attempt(id, "long", Outcome::Wrong, kNow);
        a.response = std::string(64 * 1024, 'x');
        for (int i = 0; i < 34 * 16; ++i)
            REQUIRE(store.recordAttempt(a).saved);
        store.connection().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    REQUIRE(fs::file_size(file) > (std::uintmax_t(32) << 20));
    scribble(file);
    ProgressStore store(testOptions(file));
    REQUIRE(store.openReport().movedAside);
    CHECK(store.saving());
    CHECK_NOTHROW(store.learners());
    CHECK(store.openReport().recovery.find("damaged") != std::string::npos);
}

TEST_CASE("after a move-aside the newest good backup is named for restoring and never rotated "
          "away by a week of backups of the fresh store")
{
    TempDir dir;
    const auto file = dir / "p.sqlite";
    {
        ProgressStore store(testOptions(file));
        learnerWithAnswers(store, "Amina", 300);
        REQUIRE(store.autoBackup(kNow - kDay).saved);
        store.connection().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    scribble(file);
    auto options = testOptions(file);
    options.autoBackupKeep = 7;
    fs::path kept;
    {
        ProgressStore store(options);
        REQUIRE(store.openReport().movedAside);
        REQUIRE(store.openReport().restoreFrom);
        kept = *store.openReport().restoreFrom;
        CHECK(store.statusMessage().find("kompis-admin restore '" + kept.string() + "'") !=
              std::string::npos);
        CHECK(store.learners().empty());
        for (int day = 0; day < 9; ++day)
            REQUIRE(store.autoBackup(kNow + day * kDay).saved);
    }
    REQUIRE(fs::exists(kept));
    const auto restored = restoreStore(kept, options);
    REQUIRE(restored.restored);
    REQUIRE(restored.previousKeptAs);
    CHECK(fs::exists(*restored.previousKeptAs)); // the fresh store is kept too, never deleted
    ProgressStore store(options);
    REQUIRE(store.learners().size() == 1);
    CHECK(store.learners()[0].displayName == "Amina");
    CHECK(store.attemptCount(std::nullopt) == 300);
}

TEST_CASE("backup rotation keeps the newest backups that pass a check, not merely the newest")
{
    TempDir dir;
    auto options = testOptions(dir / "p.sqlite");
    options.autoBackupKeep = 2;
    ProgressStore store(options);
    learnerWithAnswers(store, "Bo", 50);
    REQUIRE(store.autoBackup(kNow).saved);
    REQUIRE(store.autoBackup(kNow + kDay).saved);
    // The next two backups go bad on disk, each soon after it was made.
    for (int day : {2, 3})
    {
        REQUIRE(store.autoBackup(kNow + day * kDay).saved);
        const auto name = "progress-2026030" + std::to_string(2 + day) + "T090000Z.sqlite";
        REQUIRE(fs::exists(store.backupDir() / name));
        std::ofstream(store.backupDir() / name, std::ios::binary) << std::string(8192, 'z');
    }
    REQUIRE(store.autoBackup(kNow + 4 * kDay).saved);
    int good = 0;
    for (const auto& e : fs::directory_iterator(store.backupDir()))
        good += passesIntegrityCheck(e.path());
    CHECK(good >= 2);
}

TEST_CASE("tools leave a damaged store in place and say which backup to restore")
{
    TempDir dir;
    const auto file = dir / "p.sqlite";
    auto options = testOptions(file);
    {
        ProgressStore store(options);
        learnerWithAnswers(store, "Ola", 300);
        REQUIRE(store.autoBackup(kNow).saved);
        store.connection().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    scribble(file);
    const auto size = fs::file_size(file);
    options.moveDamagedAside = false;
    ProgressStore store(options);
    CHECK_FALSE(store.saving());
    CHECK_FALSE(store.openReport().movedAside);
    CHECK(fs::file_size(file) == size);
    REQUIRE(store.openReport().restoreFrom);
    CHECK(store.openReport().recovery.find("kompis-admin restore") != std::string::npos);
}

TEST_CASE("a restore refuses a damaged backup and leaves the store in place")
{
    TempDir dir;
    const auto file = dir / "p.sqlite";
    {
        ProgressStore store(testOptions(file));
        learnerWithAnswers(store, "Cem", 3);
    }
    std::ofstream(dir / "junk.sqlite", std::ios::binary) << std::string(8192, 'q');
    const auto result = restoreStore(dir / "junk.sqlite", testOptions(file));
    CHECK_FALSE(result.restored);
    CHECK(result.error.find("check") != std::string::npos);
    ProgressStore store(testOptions(file));
    CHECK(store.learners().size() == 1);
}

TEST_CASE("a backup killed half-way leaves no .part file behind once the store opens again")
{
    TempDir dir;
    auto options = testOptions(dir / "p.sqlite");
    {
        ProgressStore store(options);
        fs::create_directories(store.backupDir());
        std::ofstream(store.backupDir() / "progress-20260301T090000Z.sqlite.part")
            << std::string(4096, 'p');
    }
    ProgressStore store(options);
    CHECK_FALSE(fs::exists(store.backupDir() / "progress-20260301T090000Z.sqlite.part"));
}

TEST_CASE("the store, its journal and its backups are readable by their owner only")
{
    TempDir dir;
    const auto oldMask = ::umask(022);
    auto options = testOptions(dir / "home" / "kompis" / "p.sqlite");
    {
        ProgressStore store(options);
        learnerWithAnswers(store, "Dana", 2);
        REQUIRE(store.autoBackup(kNow).saved);
        REQUIRE(store.backupTo(dir / "home" / "manual.sqlite").saved);
        CHECK(permsOf(dir / "home" / "kompis" / "p.sqlite-wal") == fs::perms(0600));
    }
    ::umask(oldMask);
    CHECK(permsOf(dir / "home" / "kompis") == fs::perms(0700));
    CHECK(permsOf(dir / "home" / "kompis" / "p.sqlite") == fs::perms(0600));
    CHECK(permsOf(dir / "home" / "kompis" / "backups") == fs::perms(0700));
    for (const auto& e : fs::directory_iterator(dir / "home" / "kompis" / "backups"))
        CHECK(permsOf(e.path()) == fs::perms(0600));
}

TEST_CASE("a store in a class folder with its own group is shared with the group, never others")
{
    TempDir dir;
    fs::create_directories(dir / "class");
    fs::permissions(dir / "class", fs::perms(02770));
    const auto oldMask = ::umask(002);
    {
        ProgressStore store(testOptions(dir / "class" / "p.sqlite"));
        learnerWithAnswers(store, "Eli", 1);
        REQUIRE(store.autoBackup(kNow).saved);
    }
    ::umask(oldMask);
    CHECK(permsOf(dir / "class" / "p.sqlite") == fs::perms(0660));
    CHECK(permsOf(dir / "class" / "backups") == fs::perms(0770));
}

TEST_CASE("forty parallel wrong PIN guesses from other processes get at most five evaluated")
{
    TempDir dir;
    const auto file = dir / "p.sqlite";
    std::int64_t id = 0;
    {
        auto options = testOptions(file);
        options.pinOpsLimit = 2;
        options.pinMemLimit = std::size_t(8) << 20; // ~20 ms per check: a wide race window
        ProgressStore store(options);
        id = store.createLearner({"Fatima", "", "sv", "20241231"}, kNow).id;
    }
    std::vector<pid_t> children;
    int go[2];
    REQUIRE(::pipe(go) == 0);
    for (int i = 0; i < 40; ++i)
    {
        const pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0)
        {
            ::close(go[1]);
            ProgressStore store(testOptions(file));
            char c;
            (void)::read(go[0], &c, 1); // all start together
            const auto check = store.checkLearnerPin(id, std::to_string(1000 + i), kNow);
            ::_exit(check.status == PinStatus::Wrong    ? 1
                    : check.status == PinStatus::Locked ? 2
                                                        : 3);
        }
        children.push_back(pid);
    }
    ::close(go[0]);
    ::close(go[1]); // EOF releases every child at once
    int wrong = 0;
    int locked = 0;
    for (const pid_t pid : children)
    {
        int status = 0;
        ::waitpid(pid, &status, 0);
        REQUIRE(WIFEXITED(status));
        wrong += WEXITSTATUS(status) == 1;
        locked += WEXITSTATUS(status) == 2;
    }
    // Four wrong tries leave tries; the fifth locks; every later guess meets the lock.
    CHECK(wrong == 4);
    CHECK(locked == 36);
}

TEST_CASE("deleting the teacher row in the file does not remove the teacher PIN protection")
{
    TempDir dir;
    const auto file = dir / "p.sqlite";
    {
        ProgressStore store(testOptions(file));
        REQUIRE(store.setTeacherPin("135790", "", kNow).ok());
    }
    {
        ProgressStore store(testOptions(file));
        store.connection().exec("DELETE FROM teacher");
    }
    ProgressStore store(testOptions(file));
    CHECK(store.hasTeacherPin());
    CHECK(store.teacherPinMissing());
    CHECK_FALSE(store.setTeacherPin("1111", "", kNow).ok());
    CHECK_FALSE(store.unlockTeacher("1111", kNow));
}
