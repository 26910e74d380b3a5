#include "ClassroomTestSupport.hpp"
#include "core/store/StoreTestSupport.hpp"

#include <catch2/catch.hpp>
#include <map>
#include <netinet/in.h>
#include <set>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace kompis::core;
using classroom::SyncState;
using kompis::core::Outcome;
using kompis::test::attempt;
using kompis::test::eventually;
using kompis::test::TempDir;
using kompis::test::TestClassroom;
using kompis::test::TestPc;

namespace
{
std::set<std::string> asSet(const std::vector<std::string>& v)
{
    return {v.begin(), v.end()};
}

// A port on 127.0.0.1 where nothing listens: bound and released again.
int closedPort()
{
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    socklen_t len = sizeof addr;
    ::getsockname(s, reinterpret_cast<sockaddr*>(&addr), &len);
    ::close(s);
    return ntohs(addr.sin_port);
}
} // namespace

TEST_CASE("two PCs, one learner: answers given on both appear on both, once each", "[classroom]")
{
    TestClassroom room;
    KOMPIS_NEED_SERVER(room);
    const auto amina = room.addLearners({"Amina"}).front();
    TempDir dir;
    TestPc a(dir.path(), room.pcConfig("pc-a")), b(dir.path(), room.pcConfig("pc-b"));
    for (auto* pc : {&a, &b})
    {
        pc->sync->follow(amina);
        REQUIRE(pc->sync->runOnce().state == SyncState::Online);
        REQUIRE(pc->local(amina) != 0);
    }
    const auto onA = a.local(amina), onB = b.local(amina);
    REQUIRE(a.store->recordAttempt(attempt(onA, "q1", Outcome::Right, 1800000100)).saved);
    REQUIRE(a.store->recordAttempt(attempt(onA, "q2", Outcome::Wrong, 1800000110)).saved);
    REQUIRE(a.store->recordAttempt(attempt(onA, "q3", Outcome::Right, 1800000120)).saved);
    REQUIRE(b.store->recordAttempt(attempt(onB, "q4", Outcome::Almost, 1800000130)).saved);
    REQUIRE(b.store->recordAttempt(attempt(onB, "q5", Outcome::Right, 1800000140)).saved);

    for (auto* pc : {&a, &b, &a, &b})
        REQUIRE(pc->sync->runOnce().state == SyncState::Online);

    const auto onPcA = a.attemptUuids(amina);
    const auto onPcB = b.attemptUuids(amina);
    CHECK(onPcA.size() == 5);
    CHECK(onPcB.size() == 5);
    CHECK(asSet(onPcA) == asSet(onPcB));
    CHECK(asSet(onPcA).size() == 5);
    CHECK(room.serverAttempts(amina) == 5);
    // Which PC took each answer travels with it.
    std::map<std::string, int> byPc;
    b.store->forEachAttempt(std::nullopt, [&](const store::AttemptRow& r) { ++byPc[r.pc]; });
    CHECK(byPc == std::map<std::string, int>{{"pc-a", 3}, {"pc-b", 2}});
    // The statistics on B count A's answers too.
    CHECK(b.store->statistics(onB, 1800000200).attempts == 5);
    CHECK(a.sync->status().outbox == 0);
}

TEST_CASE("the server stopped mid-lesson: answers keep committing locally without an error, "
          "and all arrive once after the restart",
          "[classroom]")
{
    TestClassroom room;
    KOMPIS_NEED_SERVER(room);
    const auto bo = room.addLearners({"Bo"}).front();
    TempDir dir;
    TestPc pc(dir.path(), room.pcConfig("pc-1"), std::chrono::milliseconds(100));
    pc.sync->follow(bo);
    pc.sync->start();
    REQUIRE(eventually([&] { return pc.local(bo) != 0; }));
    const auto me = pc.local(bo);
    std::int64_t ts = 1800000000;
    for (int i = 0; i < 3; ++i)
    {
        REQUIRE(
            pc.store->recordAttempt(attempt(me, "q" + std::to_string(i), Outcome::Right, ++ts)));
        pc.sync->syncSoon();
    }
    REQUIRE(eventually([&] { return room.serverAttempts(bo) == 3; }));

    room.server.stop();
    for (int i = 3; i < 10; ++i)
    {
        const auto before = std::chrono::steady_clock::now();
        const auto saved =
            pc.store->recordAttempt(attempt(me, "q" + std::to_string(i), Outcome::Wrong, ++ts));
        CHECK(saved.saved);
        CHECK(saved.error.empty());
        // The network is never on the answer's path.
        CHECK(std::chrono::steady_clock::now() - before < std::chrono::milliseconds(500));
        pc.sync->syncSoon();
    }
    REQUIRE(eventually([&] { return pc.sync->status().state == SyncState::Offline; }));
    CHECK(pc.sync->status().message.find("saved on this PC") != std::string::npos);
    CHECK(eventually([&] { return pc.sync->status().outbox == 7; }));

    room.server.start();
    const bool arrived = eventually([&] { return room.serverAttempts(bo) == 10; });
    INFO("sync: " << classroom::syncStateName(pc.sync->status().state) << ": "
                  << pc.sync->status().message);
    REQUIRE(arrived);
    REQUIRE(eventually([&] { return pc.sync->status().outbox == 0; }));
    pc.sync->stop();
    CHECK(pc.sync->runOnce().state == SyncState::Online);
    CHECK(room.serverAttempts(bo) == 10);
    CHECK(pc.attemptUuids(bo).size() == 10);
}

namespace
{
struct DerivedState
{
    std::vector<std::string> rows;
    bool operator==(const DerivedState&) const = default;
};

DerivedState derived(TestPc& pc, std::int64_t learner)
{
    DerivedState s;
    auto& db = pc.store->connection();
    const std::string id = std::to_string(learner);
    for (const std::string& sql :
         {"SELECT course_id||'/'||ref_id||' '||printf('%.12g %.12g', stability, difficulty)||' '||"
          "last_review||' '||due||' '||reps||' '||lapses FROM cards WHERE kind=0 AND learner_id=" +
              id + " ORDER BY 1",
          "SELECT course_id||'/'||lesson_id||' '||status||' '||ifnull(best_score,'-')||' '||"
          "ifnull(last_score,'-') FROM lesson_progress WHERE learner_id=" +
              id + " ORDER BY 1",
          "SELECT item_id||' '||attempts||' '||last_outcome||' '||best_points||' '||last_ts "
          "FROM item_progress WHERE learner_id=" +
              id + " ORDER BY 1",
          "SELECT day||' '||attempts||' '||time_ms FROM activity WHERE learner_id=" + id +
              " ORDER BY 1"})
    {
        store::Statement st(db.handle(), sql);
        while (st.step())
            s.rows.push_back(st.text(0));
    }
    return s;
}
} // namespace

TEST_CASE("two PCs answering for the same learner while cut off converge to the same FSRS "
          "cards and lesson progress",
          "[classroom]")
{
    TestClassroom room;
    KOMPIS_NEED_SERVER(room);
    const auto cyd = room.addLearners({"Cyd"}).front();
    TempDir dir;
    TestPc a(dir.path(), room.pcConfig("pc-a")), b(dir.path(), room.pcConfig("pc-b"));
    for (auto* pc : {&a, &b})
    {
        pc->sync->follow(cyd);
        REQUIRE(pc->sync->runOnce().state == SyncState::Online);
    }
    room.server.stop();
    const auto onA = a.local(cyd), onB = b.local(cyd);
    const std::int64_t day = 86400;
    const std::int64_t t0 = 1800000000;
    // Interleaved in time, recorded apart: A on days 0, 2, 5; B on days 1, 3, 6.
    REQUIRE(a.store->recordAttempt(attempt(onA, "q1", Outcome::Right, t0)));
    REQUIRE(b.store->recordAttempt(attempt(onB, "q1", Outcome::Wrong, t0 + day)));
    REQUIRE(a.store->recordAttempt(attempt(onA, "q2", Outcome::Almost, t0 + 2 * day)));
    REQUIRE(b.store->recordAttempt(attempt(onB, "q1", Outcome::Right, t0 + 3 * day)));
    REQUIRE(a.store->recordAttempt(attempt(onA, "q1", Outcome::Right, t0 + 5 * day)));
    REQUIRE(b.store->recordAttempt(attempt(onB, "q2", Outcome::Right, t0 + 6 * day, "l2")));
    REQUIRE(b.store->completeLesson(onB, "svenska", "1.0.0", "l1", 0.5, true, 60000, t0 + 3 * day));
    REQUIRE(a.store->completeLesson(onA, "svenska", "1.0.0", "l1", 0.8, true, 60000, t0 + 5 * day));
    CHECK(a.sync->runOnce().state == SyncState::Offline);
    CHECK_FALSE(derived(a, onA) == derived(b, onB));

    room.server.start();
    for (auto* pc : {&a, &b, &a})
        REQUIRE(pc->sync->runOnce().state == SyncState::Online);
    const auto onPcA = derived(a, onA);
    const auto onPcB = derived(b, onB);
    CHECK(onPcA.rows == onPcB.rows);
    // q1 was reviewed four times in all, in time order: right, wrong (a lapse), right, right.
    const auto q1 = a.store->card(onA, "svenska", store::CardKind::Item, "q1");
    REQUIRE(q1);
    CHECK(q1->state.reps == 4);
    CHECK(q1->state.lapses == 1);
    CHECK(q1->state.lastReview == t0 + 5 * day);
    const auto l1 = b.store->lessonProgress(onB, "svenska", "l1");
    CHECK(l1.status == store::LessonStatus::Done);
    CHECK(l1.bestScore == Approx(0.8));
    CHECK(l1.lastScore == Approx(0.8));
}

TEST_CASE("thirty PCs with fifty learners answering at once lose and duplicate no attempt",
          "[classroom]")
{
    TestClassroom room;
    KOMPIS_NEED_SERVER(room);
    std::vector<std::string> names;
    for (int i = 0; i < 50; ++i)
        names.push_back("Elev " + std::to_string(i + 1));
    const auto learners = room.addLearners(names);
    TempDir dir;
    constexpr int kPcs = 30;
    std::vector<std::unique_ptr<TestPc>> pcs;
    for (int p = 0; p < kPcs; ++p)
    {
        pcs.push_back(std::make_unique<TestPc>(dir.path(), room.pcConfig("pc-" + std::to_string(p)),
                                               std::chrono::milliseconds(250)));
        // Each PC is used by a few learners, and each learner sits at a few PCs.
        for (int k = 0; k < 5; ++k)
            pcs.back()->sync->follow(learners[std::size_t((p * 5 + k) % 50)]);
        pcs.back()->sync->start();
    }
    for (auto& pc : pcs)
        REQUIRE(eventually([&] { return pc->store->learners().size() == 50; }));

    std::atomic<bool> go{true};
    std::vector<int> saved(kPcs, 0), failed(kPcs, 0);
    std::vector<std::thread> answering;
    for (int p = 0; p < kPcs; ++p)
        answering.emplace_back(
            [&, p]
            {
                auto& pc = *pcs[std::size_t(p)];
                std::int64_t ts = 1800000000;
                for (int n = 0; go; ++n)
                {
                    const auto& who = learners[std::size_t((p * 5 + n % 5) % 50)];
                    const auto result = pc.store->recordAttempt(
                        attempt(pc.local(who), "q" + std::to_string(n % 7),
                                n % 3 ? Outcome::Right : Outcome::Wrong, ++ts));
                    (result.saved ? saved : failed)[std::size_t(p)]++;
                    pc.sync->syncSoon();
                    std::this_thread::sleep_for(std::chrono::milliseconds(40));
                }
            });
    std::this_thread::sleep_for(std::chrono::seconds(10));
    go = false;
    for (auto& t : answering)
        t.join();
    int total = 0;
    for (int p = 0; p < kPcs; ++p)
    {
        CHECK(failed[std::size_t(p)] == 0);
        total += saved[std::size_t(p)];
    }
    INFO("answers saved on the PCs: " << total);
    CHECK(total >= 30 * 10); // a loaded 2-core CI machine manages far more
    REQUIRE(eventually([&] { return room.serverAttempts() == total; }, std::chrono::seconds(30)));
    for (auto& pc : pcs)
        pc->sync->stop();

    // Every answer a PC took is on the server exactly once, under the PC's own UUID.
    std::set<std::string> own;
    int twice = 0;
    for (auto& pc : pcs)
    {
        CHECK(pc->sync->status().outbox == 0);
        pc->store->forEachAttempt(std::nullopt,
                                  [&](const store::AttemptRow& r)
                                  {
                                      if (r.pc == pc->path.stem().string() &&
                                          !own.insert(r.uuid).second)
                                          ++twice;
                                  });
    }
    CHECK(twice == 0);
    CHECK(int(own.size()) == total);
    auto db = room.teacher();
    CHECK(db.exec("SELECT count(DISTINCT uuid) FROM kompis.attempts").integer(0, 0) == total);
    // A learner followed on a PC has their whole history there, from every PC.
    auto& first = *pcs.front();
    CHECK(first.sync->runOnce().state == SyncState::Online);
    CHECK(int(first.attemptUuids(learners[0]).size()) == room.serverAttempts(learners[0]));
}

TEST_CASE("a wrong password or an unreachable server gives a clear message and local-only "
          "mode, and no answer is lost",
          "[classroom]")
{
    TestClassroom room;
    KOMPIS_NEED_SERVER(room);
    const auto dana = room.addLearners({"Dana"}).front();
    TempDir dir;
    {
        TestPc setup(dir.path(), room.pcConfig("pc-1"));
        REQUIRE(setup.sync->runOnce().state == SyncState::Online);
    }
    auto wrong = room.pcConfig("pc-1");
    wrong.password = "not-the-password";
    TestPc pc(dir.path(), wrong);
    const auto me = pc.local(dana);
    REQUIRE(me != 0);
    REQUIRE(pc.store->recordAttempt(attempt(me, "q1", Outcome::Right, 1800000001)));
    auto status = pc.sync->runOnce();
    CHECK(status.state == SyncState::Refused);
    CHECK(status.message.find("refused this PC") != std::string::npos);
    CHECK(status.message.find("password") != std::string::npos);
    CHECK(status.message.find("Answers are saved on this PC") != std::string::npos);
    CHECK(status.outbox == 1);

    auto away = room.pcConfig("pc-1");
    away.url = "postgresql://kompis_pc@127.0.0.1:" + std::to_string(closedPort()) +
               "/postgres?sslmode=disable&connect_timeout=2";
    classroom::SyncOptions options;
    options.classroom = away;
    options.storePath = pc.path;
    classroom::ClassroomSync unreachable(options);
    REQUIRE(pc.store->recordAttempt(attempt(me, "q2", Outcome::Wrong, 1800000002)));
    status = unreachable.runOnce();
    CHECK(status.state == SyncState::Offline);
    CHECK(status.message.find("cannot be reached") != std::string::npos);
    CHECK(status.outbox == 2);
    CHECK(room.serverAttempts() == 0);

    // Once the PC has the right password again, everything arrives.
    classroom::SyncOptions fixed;
    fixed.classroom = room.pcConfig("pc-1");
    fixed.storePath = pc.path;
    CHECK(classroom::ClassroomSync(fixed).runOnce().state == SyncState::Online);
    CHECK(room.serverAttempts(dana) == 2);
}

TEST_CASE("a PC refuses to write to a server set up by a newer Kompis and says so", "[classroom]")
{
    TestClassroom room;
    KOMPIS_NEED_SERVER(room);
    const auto eli = room.addLearners({"Eli"}).front();
    TempDir dir;
    TestPc pc(dir.path(), room.pcConfig("pc-1"));
    REQUIRE(pc.sync->runOnce().state == SyncState::Online);
    classroom::PgConnection admin(room.server.adminUrl(), "");
    admin.exec("UPDATE kompis.meta SET value='99' WHERE key='schema_version'");
    REQUIRE(pc.store->recordAttempt(attempt(pc.local(eli), "q1", Outcome::Right, 1800000001)));
    const auto status = pc.sync->runOnce();
    CHECK(status.state == SyncState::Incompatible);
    CHECK(status.message.find("newer Kompis") != std::string::npos);
    CHECK(status.message.find("update Kompis on this PC") != std::string::npos);
    CHECK(status.outbox == 1);
    CHECK(room.serverAttempts() == 0);
    // `classroom init` from this older build will not touch it either.
    CHECK_THROWS_WITH(classroom::migrateServer(admin, {}), Catch::Contains("newer Kompis"));
}
