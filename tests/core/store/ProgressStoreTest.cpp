#include "StoreTestSupport.hpp"
#include "core/review/UtcTime.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <sys/stat.h>

using namespace kompis::core::store;
using kompis::core::review::Rating;
using kompis::core::review::unixFromCivil;
using kompis::test::attempt;
using kompis::test::TempDir;
using kompis::test::testOptions;

namespace
{
const std::int64_t kNow = unixFromCivil(2026, 3, 2) + 9 * 3600;
constexpr std::int64_t kDay = 86400;

std::int64_t addLearner(ProgressStore& store, const std::string& name)
{
    const auto r = store.createLearner({name, "#3a7bd5", "sv", std::nullopt}, kNow);
    REQUIRE(r.saved);
    return r.id;
}
} // namespace

TEST_CASE("an answer is saved with everything the player reported and starts the lesson")
{
    TempDir dir;
    ProgressStore store(testOptions(dir / "p.sqlite"));
    REQUIRE(store.saving());
    const auto id = addLearner(store, "Amal");
    auto a = attempt(id, "q1", Outcome::Almost, kNow);
    a.response = "Jag heter, \"Amal\"\nok";
    a.points = 0.5;
    a.timeSpentMs = 7300;
    const auto saved = store.recordAttempt(a);
    REQUIRE(saved.saved);
    CHECK(saved.id > 0);

    std::vector<AttemptRow> rows;
    store.forEachAttempt(id, [&](const AttemptRow& r) { rows.push_back(r); });
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].learnerName == "Amal");
    CHECK(rows[0].attempt.response == a.response);
    CHECK(rows[0].attempt.outcome == Outcome::Almost);
    CHECK(rows[0].attempt.points == 0.5);
    CHECK(rows[0].attempt.timeSpentMs == 7300);
    CHECK(rows[0].attempt.courseVersion == "1.0.0");
    CHECK(rows[0].attempt.timestamp == kNow);
    CHECK(store.lessonProgress(id, "svenska", "l1").status == LessonStatus::InProgress);
    CHECK(store.lessonProgress(id, "svenska", "l2").status == LessonStatus::New);
}

TEST_CASE("closing the store mid-lesson and reopening resumes at the same step")
{
    TempDir dir;
    std::int64_t id = 0;
    {
        ProgressStore store(testOptions(dir / "p.sqlite"));
        id = addLearner(store, "Bo");
        REQUIRE(store.setResumeStep(id, "svenska", "l3", 7, kNow).saved);
    }
    ProgressStore again(testOptions(dir / "p.sqlite"));
    const auto p = again.lessonProgress(id, "svenska", "l3");
    CHECK(p.status == LessonStatus::InProgress);
    CHECK(p.resumeStep == 7);
}

TEST_CASE("completing a lesson marks it done and keeps the best and the last score")
{
    TempDir dir;
    ProgressStore store(testOptions(dir / "p.sqlite"));
    const auto id = addLearner(store, "Cecilia");
    REQUIRE(store.completeLesson(id, "svenska", "1.0.0", "l1", 0.8, true, 60000, kNow).saved);
    REQUIRE(store.completeLesson(id, "svenska", "1.0.0", "l1", 0.6, true, 50000, kNow + 10).saved);
    const auto p = store.lessonProgress(id, "svenska", "l1");
    CHECK(p.status == LessonStatus::Done);
    CHECK(p.bestScore == Approx(0.8));
    CHECK(p.lastScore == Approx(0.6));
    CHECK(store.completions(id).size() == 2);
}

TEST_CASE("answers become review cards with wrong Again, almost Hard, right Good, fast right Easy")
{
    CHECK(ratingFor(Outcome::Wrong, false) == Rating::Again);
    CHECK(ratingFor(Outcome::Wrong, true) == Rating::Again);
    CHECK(ratingFor(Outcome::Almost, false) == Rating::Hard);
    CHECK(ratingFor(Outcome::Right, false) == Rating::Good);
    CHECK(ratingFor(Outcome::Right, true) == Rating::Easy);

    TempDir dir;
    ProgressStore store(testOptions(dir / "p.sqlite"));
    const auto id = addLearner(store, "Dani");
    const kompis::core::review::Fsrs fsrs;
    const std::pair<Outcome, bool> cases[] = {{Outcome::Wrong, false},
                                              {Outcome::Almost, false},
                                              {Outcome::Right, false},
                                              {Outcome::Right, true}};
    int n = 0;
    for (const auto& [outcome, fast] : cases)
    {
        auto a = attempt(id, "item" + std::to_string(n++), outcome, kNow);
        a.fast = fast;
        REQUIRE(store.recordAttempt(a).saved);
        const auto card = store.card(id, "svenska", CardKind::Item, a.itemId);
        REQUIRE(card);
        CHECK(card->state.stability == Approx(fsrs.initialStability(ratingFor(outcome, fast))));
        CHECK(card->state.reps == 1);
    }
}

TEST_CASE("the due queue spans courses and puts the least retrievable card first")
{
    TempDir dir;
    ProgressStore store(testOptions(dir / "p.sqlite"));
    const auto id = addLearner(store, "Eva");
    const auto other = addLearner(store, "Fia");
    // Good on day 0 (S = 2.3) and wrong on day 0 (S = 0.2): both due by day 5, the wrong one
    // less retrievable. An Easy card (S = 8.3) is not due yet on day 5.
    REQUIRE(store.recordAttempt(attempt(id, "good", Outcome::Right, kNow, "l1", "svenska")).saved);
    REQUIRE(store.recordAttempt(attempt(id, "bad", Outcome::Wrong, kNow, "l1", "norsk")).saved);
    auto easy = attempt(id, "easy", Outcome::Right, kNow);
    easy.fast = true;
    REQUIRE(store.recordAttempt(easy).saved);
    REQUIRE(store.recordAttempt(attempt(other, "x", Outcome::Wrong, kNow)).saved);
    REQUIRE(store.meetVocabulary(id, "norsk", "ord-hus", kNow).saved);

    const auto queue = store.dueQueue(id, kNow + 5 * kDay);
    REQUIRE(queue.size() == 3);
    CHECK(queue[0].refId == "bad");
    CHECK(queue[0].courseId == "norsk");
    CHECK(queue[1].refId == "good");
    CHECK(queue[2].refId == "ord-hus");
    CHECK(queue[2].kind == CardKind::Vocabulary);
    CHECK(queue[0].retrievability < queue[1].retrievability);
    CHECK(queue[2].retrievability == 1.0);

    REQUIRE(
        store.reviewCard(id, "norsk", CardKind::Item, "bad", Rating::Good, kNow + 5 * kDay).saved);
    const auto after = store.dueQueue(id, kNow + 5 * kDay);
    CHECK(after.size() == 2);
    CHECK(store.dueQueue(id, kNow + 5 * kDay, 1).size() == 1);
}

TEST_CASE("a new course version archives progress on removed items and keeps the rest")
{
    TempDir dir;
    ProgressStore store(testOptions(dir / "p.sqlite"));
    const auto id = addLearner(store, "Goran");
    CourseOutline v1{"svenska", "1.0.0", {{"l1", {"arbete"}, {"a", "b", "c"}, {}}}};
    REQUIRE(store.syncCourse(v1).saved);
    for (const char* item : {"a", "b", "c"})
        REQUIRE(store.recordAttempt(attempt(id, item, Outcome::Right, kNow)).saved);
    CHECK(store.statistics(id, kNow).lessons.at(0).mastery == Approx(1.0));

    CourseOutline v2{"svenska", "1.1.0", {{"l1", {"arbete"}, {"a", "c", "d"}, {}}}};
    REQUIRE(store.syncCourse(v2).saved);
    const auto stats = store.statistics(id, kNow);
    REQUIRE(stats.lessons.size() == 1);
    CHECK(stats.lessons[0].itemsSeen == 2);
    CHECK(stats.lessons[0].itemsTotal == 3);
    CHECK(stats.lessons[0].mastery == Approx(2.0 / 3.0));
    // The removed item's card leaves the queue but stays in the store, as do its attempts.
    const auto queue = store.dueQueue(id, kNow + 30 * kDay);
    CHECK(queue.size() == 2);
    CHECK(store.card(id, "svenska", CardKind::Item, "b").has_value());
    int attempts = 0;
    store.forEachAttempt(id, [&](const AttemptRow&) { ++attempts; });
    CHECK(attempts == 3);
    CHECK(store.connection().scalar("SELECT archived FROM item_progress WHERE item_id='b'") == 1);

    // A republished version with the same number still archives what it dropped.
    CourseOutline again{"svenska", "1.1.0", {{"l1", {"arbete"}, {"a"}, {}}}};
    REQUIRE(store.syncCourse(again).saved);
    CHECK(store.statistics(id, kNow).lessons.at(0).itemsTotal == 1);
    CHECK(store.dueQueue(id, kNow + 30 * kDay).size() == 1);
}

TEST_CASE("vocabulary cards of entries a new course version drops leave the review queue")
{
    TempDir dir;
    ProgressStore store(testOptions(dir / "p.sqlite"));
    const auto id = addLearner(store, "Hugo");
    CourseOutline v1{"svenska", "1", {{"l1", {}, {}, {"ord-hus", "ord-bil"}}}};
    REQUIRE(store.syncCourse(v1).saved);
    REQUIRE(store.meetVocabulary(id, "svenska", "ord-hus", kNow).saved);
    REQUIRE(store.meetVocabulary(id, "svenska", "ord-bil", kNow).saved);
    CHECK(store.dueQueue(id, kNow).size() == 2);
    CourseOutline v2{"svenska", "2", {{"l1", {}, {}, {"ord-hus"}}}};
    REQUIRE(store.syncCourse(v2).saved);
    const auto queue = store.dueQueue(id, kNow);
    REQUIRE(queue.size() == 1);
    CHECK(queue[0].refId == "ord-hus");
    CHECK(store.card(id, "svenska", CardKind::Vocabulary, "ord-bil").has_value());
}

TEST_CASE("an answer for a learner who does not exist is refused, not stored")
{
    TempDir dir;
    ProgressStore store(testOptions(dir / "p.sqlite"));
    const auto r = store.recordAttempt(attempt(42, "q", Outcome::Right, kNow));
    CHECK_FALSE(r.saved);
    CHECK(r.error.find("unknown learner") != std::string::npos);
    CHECK(store.saving());
    CHECK(store.connection().scalar("SELECT count(*) FROM attempts") == 0);
}

TEST_CASE("statistics give mastery per lesson and topic, daily activity, streak and study time")
{
    TempDir dir;
    ProgressStore store(testOptions(dir / "p.sqlite"));
    const auto id = addLearner(store, "Hanna");
    REQUIRE(store
                .syncCourse({"svenska",
                             "1",
                             {{"l1", {"arbete", "samtal"}, {"a", "b"}, {}},
                              {"l2", {"arbete"}, {"c", "d", "e", "f"}, {}}}})
                .saved);
    // Days -3, -1 and 0 relative to kNow: a two-day streak ending today.
    REQUIRE(store.recordAttempt(attempt(id, "a", Outcome::Right, kNow - 3 * kDay)).saved);
    REQUIRE(store.recordAttempt(attempt(id, "b", Outcome::Almost, kNow - kDay)).saved);
    REQUIRE(store.recordAttempt(attempt(id, "c", Outcome::Right, kNow, "l2")).saved);
    REQUIRE(store.recordAttempt(attempt(id, "c", Outcome::Wrong, kNow + 60, "l2")).saved);
    REQUIRE(store.recordAttempt(attempt(id, "d", Outcome::Right, kNow + 120, "l2")).saved);

    const auto stats = store.statistics(id, kNow + 3600);
    REQUIRE(stats.lessons.size() == 2);
    CHECK(stats.lessons[0].lessonId == "l1");
    CHECK(stats.lessons[0].mastery == Approx(0.75)); // right + almost over 2 items
    CHECK(stats.lessons[1].mastery == Approx(0.25)); // c now wrong, d right, over 4 items
    REQUIRE(stats.topics.size() == 2);
    CHECK(stats.topics[0].topic == "arbete");
    CHECK(stats.topics[0].mastery == Approx(2.5 / 6.0));
    CHECK(stats.topics[1].topic == "samtal");
    CHECK(stats.topics[1].mastery == Approx(0.75));
    REQUIRE(stats.days.size() == 3);
    CHECK(stats.days[0].date == "2026-02-27");
    CHECK(stats.days[2].date == "2026-03-02");
    CHECK(stats.days[2].attempts == 3);
    CHECK(stats.streakDays == 2);
    CHECK(stats.totalTimeMs == 5 * 4000);
    CHECK(stats.attempts == 5);
    // Tomorrow the streak still stands; the day after, it is broken.
    CHECK(store.statistics(id, kNow + kDay).streakDays == 2);
    CHECK(store.statistics(id, kNow + 2 * kDay).streakDays == 0);
}

TEST_CASE("the store path comes from the option, then KOMPIS_STORE, then the XDG data dir")
{
    ::setenv("KOMPIS_STORE", "/srv/klass/progress.sqlite", 1);
    ::setenv("XDG_DATA_HOME", "/home/x/.data", 1);
    CHECK(resolveStorePath("/tmp/a.sqlite") == "/tmp/a.sqlite");
    CHECK(resolveStorePath() == "/srv/klass/progress.sqlite");
    ::unsetenv("KOMPIS_STORE");
    CHECK(resolveStorePath() == "/home/x/.data/kompis/progress.sqlite");
    ::unsetenv("XDG_DATA_HOME");
    ::setenv("HOME", "/home/y", 1);
    CHECK(resolveStorePath() == "/home/y/.local/share/kompis/progress.sqlite");
}

TEST_CASE("a store with a damaged page is found out on open and moved aside")
{
    TempDir dir;
    const auto file = dir / "p.sqlite";
    {
        ProgressStore store(testOptions(file));
        const auto id = addLearner(store, "Iris");
        for (int i = 0; i < 300; ++i)
            REQUIRE(store.recordAttempt(attempt(id, std::to_string(i), Outcome::Right, kNow)));
        store.connection().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const auto size = std::filesystem::file_size(file);
    {
        // Scribble over a page in the middle of the file; the header stays intact.
        std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(std::streamoff(size / 2));
        f << std::string(4096, '\x5a');
    }
    ProgressStore store(testOptions(file));
    CHECK(store.saving());
    REQUIRE(store.openReport().movedAside);
    CHECK(std::filesystem::file_size(*store.openReport().movedAside) == size);
    CHECK(store.learners().empty());
}

TEST_CASE("a new store in a folder shared by a class is writable by the class")
{
    TempDir dir;
    namespace fs = std::filesystem;
    fs::create_directories(dir / "shared");
    fs::create_directories(dir / "private");
    fs::permissions(dir / "shared", fs::perms(0775));
    fs::permissions(dir / "private", fs::perms(0700));
    const auto oldMask = ::umask(022);
    {
        ProgressStore shared(testOptions(dir / "shared" / "p.sqlite"));
        ProgressStore mine(testOptions(dir / "private" / "p.sqlite"));
    }
    ::umask(oldMask);
    const auto sharedPerms = fs::status(dir / "shared" / "p.sqlite").permissions();
    CHECK((sharedPerms & fs::perms::group_write) != fs::perms::none);
    CHECK((sharedPerms & fs::perms::others_write) == fs::perms::none);
    const auto mine = fs::status(dir / "private" / "p.sqlite").permissions();
    CHECK((mine & fs::perms::group_write) == fs::perms::none);
}

TEST_CASE("a damaged file is moved aside, never deleted, and a fresh store is started")
{
    TempDir dir;
    const auto file = dir / "p.sqlite";
    {
        std::ofstream out(file, std::ios::binary);
        out << std::string(8192, 'x');
    }
    ProgressStore store(testOptions(file));
    CHECK(store.saving());
    REQUIRE(store.openReport().movedAside);
    const auto kept = *store.openReport().movedAside;
    CHECK(std::filesystem::file_size(kept) == 8192);
    CHECK(store.openReport().createdFresh);
    CHECK(store.statusMessage().find(kept.string()) != std::string::npos);
    CHECK(store.createLearner({"Ida", "", "sv", std::nullopt}, kNow).saved);
}

TEST_CASE("a store that cannot be opened runs in memory, marked as not saving")
{
    TempDir dir;
    {
        std::ofstream out(dir / "plain-file");
        out << "not a folder";
    }
    ProgressStore store(testOptions(dir / "plain-file" / "p.sqlite"));
    CHECK_FALSE(store.saving());
    CHECK(store.statusMessage().find("not being saved") != std::string::npos);
    // The session still works, but nothing is reported as saved.
    const auto r = store.createLearner({"Jon", "", "nb", std::nullopt}, kNow);
    CHECK_FALSE(r.saved);
    CHECK(store.learners().size() == 1);
    CHECK_FALSE(store.recordAttempt(attempt(r.id, "q", Outcome::Right, kNow)).saved);
}

TEST_CASE("a full disk turns saving off with a clear message, and saving comes back by itself "
          "when space returns")
{
    TempDir dir;
    ProgressStore store(testOptions(dir / "p.sqlite"));
    const auto id = addLearner(store, "Kari");
    // Cap the file at its current size: the next growth fails like a full disk (SQLITE_FULL).
    const auto pages = store.connection().scalar("PRAGMA page_count");
    store.connection().exec("PRAGMA max_page_count=" + std::to_string(pages));
    SaveResult last;
    for (int i = 0;
         i < 2000 &&
         (last = store.recordAttempt(attempt(id, std::to_string(i), Outcome::Right, kNow)));
         ++i)
    {
    }
    CHECK_FALSE(last.saved);
    CHECK_FALSE(store.saving());
    CHECK(store.statusMessage().find("not being saved") != std::string::npos);
    store.connection().exec("PRAGMA max_page_count=1073741823"); // space is back
    CHECK(store.recordAttempt(attempt(id, "after", Outcome::Right, kNow)).saved);
    CHECK(store.saving());
    CHECK(store.statusMessage().empty());
}

TEST_CASE("an on-demand backup is a complete copy and automatic backups rotate")
{
    TempDir dir;
    auto options = testOptions(dir / "p.sqlite");
    options.autoBackupKeep = 2;
    ProgressStore store(options);
    const auto id = addLearner(store, "Lars");
    REQUIRE(store.recordAttempt(attempt(id, "q", Outcome::Right, kNow)).saved);
    REQUIRE(store.backupTo(dir / "copy.sqlite").saved);
    {
        ProgressStore copy(testOptions(dir / "copy.sqlite"));
        CHECK(copy.learners().size() == 1);
        int n = 0;
        copy.forEachAttempt(std::nullopt, [&](const AttemptRow&) { ++n; });
        CHECK(n == 1);
    }
    REQUIRE(store.autoBackup(kNow).saved);
    REQUIRE(store.autoBackup(kNow + 3600).saved); // too soon: no new file
    REQUIRE(store.autoBackup(kNow + kDay).saved);
    REQUIRE(store.autoBackup(kNow + 2 * kDay).saved);
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(store.backupDir()))
        names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    REQUIRE(names.size() == 2);
    CHECK(names[0] == "progress-20260303T090000Z.sqlite");
    CHECK(names[1] == "progress-20260304T090000Z.sqlite");
}
