#include "ClassroomTestSupport.hpp"
#include "core/classroom/ClassOverview.hpp"
#include "core/classroom/ServerPins.hpp"
#include "core/store/StoreTestSupport.hpp"

#include <catch2/catch.hpp>

using namespace kompis::core;
using classroom::SyncState;
using kompis::core::Outcome;
using kompis::test::attempt;
using kompis::test::TempDir;
using kompis::test::TestClassroom;
using kompis::test::TestPc;
using store::PinStatus;

TEST_CASE("PINs are checked against the server: five wrong tries on any PCs lock the learner "
          "everywhere, and no PC store holds a PIN hash",
          "[classroom]")
{
    TestClassroom room;
    KOMPIS_NEED_SERVER(room);
    {
        auto teacher = room.teacher();
        const auto added = classroom::addLearnersFromCsv(teacher, "name,pin\nFarah,4821\nGus,\n",
                                                         "class.csv", 1800000000, 1, 65536);
        REQUIRE(added.errors.empty());
        REQUIRE(added.added == 2);
    }
    TempDir dir;
    TestPc a(dir.path(), room.pcConfig("pc-a")), b(dir.path(), room.pcConfig("pc-b"));
    REQUIRE(a.sync->runOnce().state == SyncState::Online);
    REQUIRE(b.sync->runOnce().state == SyncState::Online);
    std::string farah, gus;
    for (const auto& l : a.store->learners())
        (l.displayName == "Farah" ? farah : gus) = l.uuid;
    // The PC knows Farah has a PIN, but holds nothing a PIN could be tested against.
    CHECK(a.store->learner(a.local(farah))->hasPin);
    CHECK(a.store->connection().scalar("SELECT count(*) FROM learners WHERE pin_hash LIKE "
                                       "'$argon2%'") == 0);
    CHECK(a.store->checkLearnerPin(a.local(farah), "4821", 1800000000).status != PinStatus::Ok);

    const std::int64_t now = 1800000100;
    CHECK(a.sync->checkPin(farah, "4821", now).status == PinStatus::Ok);
    CHECK(a.sync->checkPin(gus, "1234", now).status == PinStatus::NoPinSet);
    for (int i = 0; i < 4; ++i)
    {
        auto& pc = i % 2 ? a : b;
        const auto check = pc.sync->checkPin(farah, "0000", now);
        CHECK(check.status == PinStatus::Wrong);
        CHECK(check.triesLeft == 4 - i);
    }
    const auto fifth = a.sync->checkPin(farah, "0000", now);
    CHECK(fifth.status == PinStatus::Locked);
    // Locked on the other PC too, even with the right PIN, until the minute has passed.
    CHECK(b.sync->checkPin(farah, "4821", now + 10).status == PinStatus::Locked);
    CHECK(b.sync->checkPin(farah, "4821", now + 61).status == PinStatus::Ok);

    classroom::SyncOptions away;
    away.classroom = room.pcConfig("pc-a");
    away.classroom.url = "postgresql://kompis_pc@127.0.0.1:1/postgres?sslmode=disable";
    away.storePath = a.path;
    std::string why;
    CHECK(classroom::ClassroomSync(away).checkPin(farah, "4821", now, &why).status ==
          PinStatus::Invalid);
    CHECK(why.find("cannot be checked now") != std::string::npos);
}

TEST_CASE("the teacher's class overview shows each learner's work across PCs: lessons, "
          "answers, time, texts written, last seen and where",
          "[classroom]")
{
    TestClassroom room;
    KOMPIS_NEED_SERVER(room);
    const auto ids = room.addLearners({"Hana", "Ivo"});
    TempDir dir;
    TestPc a(dir.path(), room.pcConfig("rum-12-pc-1")), b(dir.path(), room.pcConfig("rum-12-pc-2"));
    REQUIRE(a.sync->runOnce().state == SyncState::Online);
    REQUIRE(b.sync->runOnce().state == SyncState::Online);
    const auto hanaA = a.local(ids[0]), hanaB = b.local(ids[0]);
    auto text = attempt(hanaA, "write-1", Outcome::Right, 1800000010);
    text.response = "Jag heter Hana och jag kommer från Syrien.";
    text.timeSpentMs = 60000;
    REQUIRE(a.store->recordAttempt(text));
    REQUIRE(a.store->recordAttempt(attempt(hanaA, "q1", Outcome::Wrong, 1800000020)));
    REQUIRE(a.store->completeLesson(hanaA, "svenska", "1.0.0", "l1", 0.5, true, 90000, 1800000030));
    REQUIRE(b.store->recordAttempt(attempt(hanaB, "q1", Outcome::Right, 1800000500, "l2")));
    // Finished under the pass mark: a completion, but not a lesson done.
    REQUIRE(b.store->completeLesson(b.local(ids[1]), "svenska", "1.0.0", "l1", 0.3, false, 60000,
                                    1800000600));
    REQUIRE(a.sync->runOnce().state == SyncState::Online);
    REQUIRE(b.sync->runOnce().state == SyncState::Online);

    auto db = room.teacher();
    const auto overview = classroom::classOverview(db);
    REQUIRE(overview.size() == 2);
    const auto& hana = overview[0];
    CHECK(hana.name == "Hana");
    CHECK(hana.attempts == 3);
    CHECK(hana.rightAttempts == 2);
    CHECK(hana.timeMs == 60000 + 2 * 4000);
    CHECK(hana.textsWritten == 1);
    CHECK(hana.lessonsDone == 1);
    CHECK(hana.lastSeenAt == 1800000500);
    CHECK(hana.lastPc == "rum-12-pc-2");
    REQUIRE(hana.lessons.size() == 2);
    CHECK(hana.lessons[0].lessonId == "l1");
    CHECK(hana.lessons[0].bestScore == Approx(0.5));
    CHECK_FALSE(hana.lessons[1].bestScore);
    CHECK(overview[1].name == "Ivo");
    CHECK(overview[1].attempts == 0);
    CHECK(overview[1].lessonsDone == 0);
    REQUIRE(overview[1].lessons.size() == 1);
    CHECK(overview[1].lessons[0].completions == 1);
    CHECK_FALSE(overview[1].lessons[0].passed);
    CHECK(hana.lessons[0].passed);
    CHECK(overview[1].lastPc.empty());

    // A PC's role may read the class too (the player's teacher screen on any PC).
    classroom::PgConnection pc(room.server.tcpUrl("kompis_pc"), room.init.pcPassword);
    CHECK(classroom::classOverview(pc).size() == 2);
    // …but not the PIN hashes, and it cannot rewrite history.
    CHECK_THROWS_WITH(pc.exec("SELECT pin_hash FROM kompis.learners"),
                      Catch::Contains("permission denied"));
    CHECK_THROWS_WITH(pc.exec("DELETE FROM kompis.attempts"), Catch::Contains("permission denied"));
}

TEST_CASE("the teacher's rename and delete reach the server and every PC; a PC's role can "
          "rename or delete nobody, and a PC holding a deleted learner cannot bring them back",
          "[classroom]")
{
    TestClassroom room;
    KOMPIS_NEED_SERVER(room);
    const auto ids = room.addLearners({"Hana", "Ivo"});
    TempDir dir;
    TestPc a(dir.path(), room.pcConfig("rum-3-pc-1"));
    REQUIRE(a.sync->runOnce().state == SyncState::Online);
    const auto ivo = a.local(ids[1]);
    REQUIRE(a.store->recordAttempt(attempt(ivo, "q1", Outcome::Right, 1800000000)));
    REQUIRE(a.sync->runOnce().state == SyncState::Online);

    // A PC's role: no renames, no deletions, no tombstones, however it asks.
    classroom::PgConnection pc(room.server.tcpUrl("kompis_pc"), room.init.pcPassword);
    CHECK_THROWS_WITH(classroom::renameLearnerOnServer(pc, ids[0], "Mallory"),
                      Catch::Contains("permission denied"));
    CHECK_THROWS_WITH(classroom::deleteLearnerOnServer(pc, ids[1]),
                      Catch::Contains("permission denied"));
    CHECK_THROWS_WITH(pc.exec("DELETE FROM kompis.learners"), Catch::Contains("permission denied"));
    CHECK_THROWS_WITH(pc.exec("UPDATE kompis.learners SET display_name='x'"),
                      Catch::Contains("permission denied"));
    CHECK_THROWS_WITH(pc.exec("INSERT INTO kompis.deleted_learners(uuid) VALUES('" + ids[0] + "')"),
                      Catch::Contains("permission denied"));

    // The teacher renames Hana: the PC takes the new name with its next round.
    auto teacher = room.teacher();
    CHECK(classroom::renameLearnerOnServer(teacher, ids[0], "Hana Ali"));
    REQUIRE(a.sync->runOnce().state == SyncState::Online);
    std::string local;
    for (const auto& l : a.store->learners())
        if (l.uuid == ids[0])
            local = l.displayName;
    CHECK(local == "Hana Ali");

    // The teacher deletes Ivo: the server forgets him and his answers. The PC still holds him
    // and answers once more for him; its round goes through (its outbox empties) and he stays
    // deleted on the server.
    CHECK(classroom::deleteLearnerOnServer(teacher, ids[1]));
    CHECK(room.serverAttempts(ids[1]) == 0);
    REQUIRE(a.store->recordAttempt(attempt(ivo, "q2", Outcome::Right, 1800000100)));
    const auto round = a.sync->runOnce();
    CHECK(round.state == SyncState::Online);
    CHECK(round.outbox == 0);
    CHECK(teacher.exec("SELECT 1 FROM kompis.learners WHERE uuid=$1::uuid", {ids[1]}).rows() == 0);
    CHECK(room.serverAttempts(ids[1]) == 0);
    CHECK_FALSE(classroom::deleteLearnerOnServer(teacher, ids[1]));
}
