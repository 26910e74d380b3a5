// Issue 20 through the real player: two PCs (two stores, two kompis processes) on one
// throwaway PostgreSQL. A learner answers on PC 1; the answer reaches the server, and the
// teacher on PC 2 sees that learner, the answer and the PC it came from in the class overview.
#include "ClassroomTestSupport.hpp"
#include "ui/e2e/E2eSandbox.hpp"
#include "ui/e2e/ScopedEnv.hpp"

#include <catch2/catch.hpp>
#include <fstream>

using namespace kompis::core;
using kompis::test::TestClassroom;
using kompis::test::e2e::kToFirstItem;
using kompis::test::e2e::Sandbox;
using kompis::test::e2e::ScopedEnv;

TEST_CASE("two players on one classroom server: an answer on PC 1 reaches the server and the "
          "teacher on PC 2 sees the learner with it in the class overview",
          "[classroom]")
{
    TestClassroom room;
    if (!room.available())
    {
        WARN(room.server.skipReason());
        return;
    }
    const auto amina = room.addLearners({"Amina"}).front();
    Sandbox pc1("classroom-pc1"), pc2("classroom-pc2");
    pc1.locale = pc2.locale = "sv_SE.UTF-8"; // the texts expected below are Swedish
    const auto config = room.pcConfig("unused");
    const auto passwordFile = pc1.dir / "classroom.password";
    std::ofstream(passwordFile) << config.password << "\n";
    std::filesystem::permissions(passwordFile, std::filesystem::perms::owner_read |
                                                   std::filesystem::perms::owner_write);
    ScopedEnv url("KOMPIS_CLASSROOM", config.url);
    ScopedEnv password("KOMPIS_CLASSROOM_PASSWORD_FILE", passwordFile.string());
    {
        ScopedEnv name("KOMPIS_PC_NAME", "pc-1");
        // The class list comes from the server: Amina was never created on this PC.
        const std::string toFirstItem = kToFirstItem;
        const std::string script = R"(wait 2500
expect-screen profiles
click profile-1
)" + toFirstItem.substr(toFirstItem.find("expect-screen library")) +
                                   R"(click option-1
click check
wait 2500
expect-text Ansluten till klassrummets server
screenshot pc1-online.png
quit
)";
        REQUIRE(pc1.run("pc1", script) == 0);
        INFO(pc1.errors("pc1"));
    }
    CHECK(room.serverAttempts(amina) == 1);
    {
        store::StoreOptions options;
        options.path = pc2.store();
        store::ProgressStore s(options);
        REQUIRE(s.setTeacherPin("2580", "", 1'800'000'000).ok());
    }
    ScopedEnv name("KOMPIS_PC_NAME", "pc-2");
    const std::string script = R"(expect-screen profiles
click teacher
type 2580
click teacher-unlock
expect-screen teacher
wait 2500
expect-text Hela klassen
expect-text Amina
expect-text 1 svar, 1 rätt
expect-text på pc-1
screenshot pc2-teacher.png
quit
)";
    REQUIRE(pc2.run("pc2", script) == 0);
    INFO(pc2.errors("pc2"));
}

TEST_CASE("a learner with a PIN from the class list signs in on a PC that never saw them: the "
          "server checks the PIN, a wrong one is refused",
          "[classroom]")
{
    TestClassroom room;
    if (!room.available())
    {
        WARN(room.server.skipReason());
        return;
    }
    {
        auto db = room.teacher();
        const auto added = classroom::addLearnersFromCsv(db, "name,pin\nYonas,4826\n", "class.csv",
                                                         1'800'000'000, 1, 65536);
        REQUIRE(added.errors.empty());
    }
    Sandbox pc("classroom-pin");
    pc.locale = "sv_SE.UTF-8";
    const auto config = room.pcConfig("unused");
    const auto passwordFile = pc.dir / "classroom.password";
    std::ofstream(passwordFile) << config.password << "\n";
    ScopedEnv url("KOMPIS_CLASSROOM", config.url);
    ScopedEnv password("KOMPIS_CLASSROOM_PASSWORD_FILE", passwordFile.string());
    const std::string script = R"(wait 2500
expect-screen profiles
click profile-1
expect-screen pin
click pin-1
click pin-1
click pin-1
click pin-1
click pin-ok
expect-screen pin
click pin-4
click pin-8
click pin-2
click pin-6
click pin-ok
expect-screen library
quit
)";
    REQUIRE(pc.run("pin", script) == 0);
    INFO(pc.errors("pin"));
    // The PC holds no PIN hash of Yonas: only the server can have said yes.
    store::StoreOptions options;
    options.path = pc.store();
    options.autoBackup = false;
    store::ProgressStore s(options);
    for (const auto& l : s.learners())
        if (l.displayName == "Yonas")
            CHECK(s.checkLearnerPin(l.id, "4826", 1'800'000'000).status != store::PinStatus::Ok);
}
