// Issue 20, the teacher view's class part through the real player against a throwaway
// PostgreSQL: an empty class, then the whole class with what each learner did on another PC
// (lessons done by the course's pass mark, answers, time, texts, score, last seen and where),
// a Refresh that shows an answer given meanwhile, and a server that cannot be reached.
#include "ClassroomTestSupport.hpp"
#include "core/store/StoreTestSupport.hpp"
#include "ui/e2e/E2eSandbox.hpp"
#include "ui/e2e/ScopedEnv.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <thread>

using namespace kompis::core;
using kompis::test::TempDir;
using kompis::test::TestClassroom;
using kompis::test::TestPc;
using kompis::test::e2e::Sandbox;
using kompis::test::e2e::ScopedEnv;

namespace
{
std::string unlockTeacher()
{
    return "expect-screen profiles\nclick teacher\ntype 2580\nclick teacher-unlock\n"
           "expect-screen teacher\n";
}
} // namespace

TEST_CASE("the teacher view shows the whole class from the classroom server: empty, then each "
          "learner's work from another PC, refreshed on request, and a server that is away",
          "[classroom]")
{
    TestClassroom room;
    KOMPIS_NEED_SERVER(room);
    Sandbox teacherPc("classroom-teacher-view");
    teacherPc.locale = "sv_SE.UTF-8"; // the texts expected below are Swedish
    {
        store::StoreOptions options;
        options.path = teacherPc.store();
        store::ProgressStore s(options);
        REQUIRE(s.setTeacherPin("2580", "", 1'800'000'000).ok());
    }
    const auto config = room.pcConfig("unused");
    const auto passwordFile = teacherPc.dir / "classroom.password";
    std::ofstream(passwordFile) << config.password << "\n";
    ScopedEnv url("KOMPIS_CLASSROOM", config.url);
    ScopedEnv password("KOMPIS_CLASSROOM_PASSWORD_FILE", passwordFile.string());
    ScopedEnv name("KOMPIS_PC_NAME", "teacher-pc");

    // 1. Nobody in the class yet. The local list offers no rename or delete: the next sync
    // would undo them, so the view says where to do them.
    REQUIRE(teacherPc.run("empty", unlockTeacher() + "wait-text Hela klassen\n"
                                                     "wait-text Klassen har inga elever än.\n"
                                                     "expect-text På en klassrumsdator finns "
                                                     "klasslistan på servern\n"
                                                     "screenshot class-empty.png\nquit\n") == 0);
    INFO(teacherPc.errors("empty"));

    // 2. Amina worked on PC 7: a text of five words and a wrong answer in two minutes, lesson
    // "hello" finished at 80 %, lesson "time" at 50 %, which that PC called passed but the
    // example course's pass mark (60 %) does not. Bilal has done nothing.
    const auto ids = room.addLearners({"Amina", "Bilal"});
    TempDir dir;
    TestPc pc7(dir.path(), room.pcConfig("pc-7"));
    REQUIRE(pc7.sync->runOnce().state == classroom::SyncState::Online);
    const auto amina = pc7.local(ids[0]);
    auto text =
        kompis::test::attempt(amina, "w1", Outcome::Right, 1'800'000'000, "hello", "example");
    text.response = "Jag heter Amina och jobbar";
    text.timeSpentMs = 90'000;
    REQUIRE(pc7.store->recordAttempt(text));
    auto wrong =
        kompis::test::attempt(amina, "q1", Outcome::Wrong, 1'800'000'060, "hello", "example");
    wrong.timeSpentMs = 30'000;
    REQUIRE(pc7.store->recordAttempt(wrong));
    REQUIRE(pc7.store->completeLesson(amina, "example", "1.0.0", "hello", 0.8, true, 120'000,
                                      1'800'000'100));
    REQUIRE(pc7.store->completeLesson(amina, "example", "1.0.0", "time", 0.5, true, 60'000,
                                      1'800'000'200));
    REQUIRE(pc7.sync->runOnce().state == classroom::SyncState::Online);

    // While the view is open, Amina answers once more; Refresh shows it.
    std::thread meanwhile(
        [&]
        {
            for (int i = 0; i < 1500 && !std::filesystem::exists(teacherPc.dir / "class.png"); ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            (void)pc7.store->recordAttempt(kompis::test::attempt(
                amina, "q1", Outcome::Right, 1'800'000'300, "hello", "example"));
            (void)pc7.sync->runOnce();
        });
    const int status = teacherPc.run("class", unlockTeacher() + R"(wait-text Amina
wait-text 1 lektion klar · 2 svar, 1 rätt
expect-no-text Byt namn
expect-text Tid: 2 min · skrivna texter: 1
expect-text Medelresultat: 65 %
expect-text på pc-7
expect-text Bilal
expect-text Inga svar än.
key PageDown
key PageDown
wait 300
screenshot class.png
expect-text Läst från servern kl.
wait 2500
click class-refresh
wait 1500
click class-refresh
wait-text 1 lektion klar · 3 svar, 2 rätt
quit
)");
    meanwhile.join();
    INFO(teacherPc.errors("class"));
    REQUIRE(status == 0);

    // 3. The server is away: the view says so, the rest of the teacher view still works.
    room.server.stop();
    REQUIRE(teacherPc.run("away", unlockTeacher() + "wait-text Klassrummets server går\n"
                                                    "expect-text Exportera CSV\n"
                                                    "screenshot class-away.png\nquit\n") == 0);
    INFO(teacherPc.errors("away"));
}
