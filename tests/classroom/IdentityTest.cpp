#include "core/store/Schema.hpp"
#include "core/store/StoreTestSupport.hpp"

#include <catch2/catch.hpp>
#include <regex>
#include <set>

using namespace kompis::core;
using kompis::test::attempt;
using kompis::test::TempDir;
using kompis::test::testOptions;

namespace
{
std::set<std::string> column(store::ProgressStore& s, const std::string& sql)
{
    std::set<std::string> out;
    store::Statement st(s.connection().handle(), sql);
    while (st.step())
        out.insert(st.text(0));
    return out;
}

const std::regex kUuid4("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");

bool allUuids(const std::set<std::string>& values)
{
    for (const auto& v : values)
        if (!std::regex_match(v, kUuid4))
            return false;
    return true;
}
} // namespace

TEST_CASE("a version 2 store migrates to UUIDs for every learner, attempt and completion, "
          "keeping all its rows",
          "[classroom]")
{
    TempDir dir;
    auto old = testOptions(dir / "p.sqlite");
    old.migrateTo = 2;
    {
        // Rows as version 2 wrote them (this build's writes name version 3 columns).
        store::ProgressStore s(old);
        REQUIRE(s.schemaVersion() == 2);
        auto& db = s.connection();
        for (int learner = 1; learner <= 2; ++learner)
        {
            const std::string id = std::to_string(learner);
            db.exec("INSERT INTO learners(id, display_name, created_at, last_seen_at) VALUES(" +
                    id + ", 'Elev " + id + "', 1800000000, 1800000000)");
            for (int i = 0; i < 20; ++i)
                db.exec("INSERT INTO attempts(learner_id, course_id, course_version, lesson_id, "
                        "item_id, response, outcome, points, max_points, time_ms, ts) VALUES(" +
                        id + ", 'svenska', '1.0.0', 'l1', 'q" + std::to_string(i) +
                        "', 'x', 2, 1, 1, 3000, " + std::to_string(1800000000 + i) + ")");
            db.exec("INSERT INTO completions(learner_id, course_id, course_version, lesson_id, "
                    "score, passed, duration_ms, ts) VALUES(" +
                    id + ", 'svenska', '1.0.0', 'l1', 1, 1, 1000, 1800000100)");
        }
    }
    store::ProgressStore s(testOptions(dir / "p.sqlite"));
    CHECK(s.openReport().migratedFrom == 2);
    CHECK(s.schemaVersion() == store::kSchemaVersion); // migrated on to the newest
    const auto learners = column(s, "SELECT uuid FROM learners");
    const auto attempts = column(s, "SELECT uuid FROM attempts");
    const auto completions = column(s, "SELECT uuid FROM completions");
    CHECK(learners.size() == 2);
    CHECK(attempts.size() == 40);
    CHECK(completions.size() == 2);
    CHECK(allUuids(learners));
    CHECK(allUuids(attempts));
    CHECK(allUuids(completions));
    // Everything already there waits in the outbox for a classroom.
    CHECK(s.connection().scalar("SELECT count(*) FROM attempts WHERE pushed=0") == 40);
}

TEST_CASE("new learners, answers and finished lessons get fresh random UUIDs, and a quick "
          "right answer is remembered as quick",
          "[classroom]")
{
    TempDir dir;
    store::ProgressStore s(testOptions(dir / "p.sqlite"));
    const auto id = s.createLearner({"Amina", "", "sv", std::nullopt}, 1800000000).id;
    auto quick = attempt(id, "q1", kompis::core::Outcome::Right, 1800000001);
    quick.fast = true;
    REQUIRE(s.recordAttempt(quick));
    REQUIRE(s.recordAttempt(attempt(id, "q2", kompis::core::Outcome::Right, 1800000002)));
    REQUIRE(s.completeLesson(id, "svenska", "1.0.0", "l1", 1.0, true, 1000, 1800000100));
    CHECK(std::regex_match(s.learner(id)->uuid, kUuid4));
    std::vector<store::AttemptRow> rows;
    s.forEachAttempt(id, [&](const store::AttemptRow& r) { rows.push_back(r); });
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].uuid != rows[1].uuid);
    CHECK(std::regex_match(rows[0].uuid, kUuid4));
    CHECK(rows[0].learnerUuid == s.learner(id)->uuid);
    CHECK(rows[0].attempt.fast);
    CHECK_FALSE(rows[1].attempt.fast);
    CHECK(std::regex_match(s.completions(id).front().uuid, kUuid4));
}
