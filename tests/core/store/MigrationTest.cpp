#include "StoreTestSupport.hpp"
#include "core/review/RatingPolicy.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace kompis::core::store;
using kompis::core::Outcome;
using kompis::core::review::ratingFor;
using kompis::test::TempDir;
using kompis::test::testOptions;

namespace
{
constexpr std::int64_t kT0 = 1'800'000'000;

// Rows as a version-1 Kompis wrote them: learners, attempts and lesson progress only.
void fillVersion1(Connection& db)
{
    db.exec("INSERT INTO learners(id, display_name, colour, ui_language, pin_hash, created_at, "
            "last_seen_at) VALUES(1, 'Amal', '#123456', 'sv', NULL, 1800000000, 1800000000)");
    const char* rows[] = {"('q1', 2, 1800000000)", "('q1', 0, 1800172800)", "('q1', 2, 1800259200)",
                          "('q2', 1, 1800000100)"};
    for (const char* r : rows)
        db.exec(std::string("INSERT INTO attempts(learner_id, course_id, course_version, "
                            "lesson_id, item_id, outcome, ts, response, points, max_points, "
                            "time_ms) SELECT 1, 'svenska', '1.0.0', 'l1', column1, column2, "
                            "column3, 'x', 1, 1, 3000 FROM (VALUES ") +
                r + ")");
    db.exec("INSERT INTO lesson_progress VALUES(1, 'svenska', 'l1', 1, NULL, NULL, 4, 1800000100)");
}
} // namespace

TEST_CASE("a store made by every earlier schema version upgrades and keeps its data")
{
    // fillVersion1 writes only what version 1 had (no cards), so it stands for version 1 stores;
    // from version 2 to 3 (UUIDs) is tested in tests/classroom/IdentityTest.cpp.
    for (int version = 1; version < std::min(kSchemaVersion, 2); ++version)
    {
        INFO("from schema version " << version);
        TempDir dir;
        auto old = testOptions(dir / "p.sqlite");
        old.migrateTo = version;
        {
            ProgressStore store(old);
            REQUIRE(store.saving());
            REQUIRE(store.schemaVersion() == version);
            fillVersion1(store.connection());
        }
        ProgressStore store(testOptions(dir / "p.sqlite"));
        REQUIRE(store.saving());
        CHECK(store.openReport().migratedFrom == version);
        CHECK(store.schemaVersion() == kSchemaVersion);

        CHECK(store.learner(1)->displayName == "Amal");
        CHECK(store.lessonProgress(1, "svenska", "l1").resumeStep == 4);
        // Cards are rebuilt by replaying the old answers through FSRS in time order.
        const kompis::core::review::Fsrs fsrs;
        kompis::core::review::CardState expected;
        for (auto [outcome, ts] :
             {std::pair{Outcome::Right, kT0}, std::pair{Outcome::Wrong, kT0 + 172800},
              std::pair{Outcome::Right, kT0 + 259200}})
            expected = fsrs.review(expected, ratingFor(outcome, false), ts).state;
        const auto card = store.card(1, "svenska", CardKind::Item, "q1");
        REQUIRE(card);
        CHECK(card->state.stability == Approx(expected.stability));
        CHECK(card->state.difficulty == Approx(expected.difficulty));
        CHECK(card->state.reps == 3);
        CHECK(card->state.lapses == 1);
        const auto stats = store.statistics(1, kT0 + 259200);
        REQUIRE(stats.lessons.size() == 1);
        CHECK(stats.lessons[0].mastery == Approx(0.75)); // q1 right, q2 almost
        CHECK(stats.totalTimeMs == 4 * 3000);
        // New features work on the upgraded store.
        CHECK(store.checkLearnerPin(1, "1234", kT0).status == PinStatus::NoPinSet);
        CHECK(store.recordAttempt(kompis::test::attempt(1, "q3", Outcome::Right, kT0)).saved);
    }
}

TEST_CASE("a version 4 store opens with every row kept and learners get an empty second language")
{
    TempDir dir;
    auto old = testOptions(dir / "p.sqlite");
    old.migrateTo = 4;
    {
        ProgressStore store(old);
        REQUIRE(store.schemaVersion() == 4);
        fillVersion1(store.connection());
    }
    ProgressStore store(testOptions(dir / "p.sqlite"));
    REQUIRE(store.saving());
    CHECK(store.openReport().migratedFrom == 4);
    CHECK(store.schemaVersion() == kSchemaVersion);
    const auto amal = store.learner(1);
    REQUIRE(amal);
    CHECK(amal->displayName == "Amal");
    CHECK(amal->uiLanguage == "sv");
    CHECK(!amal->uuid.empty());
    CHECK(amal->secondLanguage.empty());
    CHECK(store.lessonProgress(1, "svenska", "l1").resumeStep == 4);
    // The raw rows fillVersion1 wrote (summary tables are filled only by the version 2 step).
    int attempts = 0;
    store.forEachAttempt(std::nullopt, [&](const AttemptRow&) { ++attempts; });
    CHECK(attempts == 4);

    REQUIRE(store.setLearnerSecondLanguage(1, "ar").saved);
    CHECK(store.learner(1)->secondLanguage == "ar");
    NewLearner nour{"Nour", "#654321", "ti", std::nullopt, "fi"};
    const auto created = store.createLearner(nour, kT0);
    REQUIRE(created.saved);
    CHECK(store.learner(created.id)->secondLanguage == "fi");
}

TEST_CASE("a store from a newer Kompis is left untouched and progress is not saved")
{
    TempDir dir;
    {
        ProgressStore store(testOptions(dir / "p.sqlite"));
        store.connection().exec("PRAGMA user_version = 99");
    }
    ProgressStore store(testOptions(dir / "p.sqlite"));
    CHECK_FALSE(store.saving());
    CHECK(store.statusMessage().find("newer version") != std::string::npos);
    ProgressStore again(testOptions(dir / "p.sqlite"));
    CHECK_FALSE(again.saving());
}
