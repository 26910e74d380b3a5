#include "ClassroomTestSupport.hpp"
#include "core/diag/Printable.hpp"
#include "core/store/Schema.hpp"
#include "core/store/StoreTestSupport.hpp"

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <regex>
#include <sys/wait.h>

using namespace kompis::core;
using kompis::test::TempDir;
using kompis::test::TestClassroom;
using kompis::test::TestPc;

namespace
{
struct Run
{
    int status = -1;
    std::string out;
};

// Runs kompis-admin with `env` (VAR=value words) before it; stderr joins stdout.
Run admin(const std::string& env, const std::string& arguments)
{
    const std::string cmd = env + " '" + KOMPIS_ADMIN_EXE + "' " + arguments + " 2>&1";
    Run r;
    FILE* pipe = ::popen(cmd.c_str(), "r");
    REQUIRE(pipe);
    char buf[4096];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;)
        r.out.append(buf, n);
    const int raw = ::pclose(pipe);
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    return r;
}

void write(const std::filesystem::path& file, const std::string& text)
{
    std::ofstream(file) << text;
}

// The environment of kompis-admin joined to the classroom as `config` says, its password in a
// file named `passwordFile` in `dir`.
std::string classroomEnv(const classroom::ClassroomConfig& config, const std::filesystem::path& dir,
                         const std::string& passwordFile)
{
    write(dir / passwordFile, config.password + "\n");
    return "KOMPIS_CLASSROOM='" + config.url + "' KOMPIS_CLASSROOM_PASSWORD_FILE='" +
           (dir / passwordFile).string() + "'";
}
} // namespace

TEST_CASE("a school's IT sets up a classroom with kompis-admin: init, a class list, a PC that "
          "syncs, status, overview and an export of the whole class",
          "[classroom]")
{
    TestClassroom room; // a server; init below is the command line's
    if (!room.available())
    {
        WARN(room.server.skipReason());
        return;
    }
    TempDir dir;
    const auto init = admin("", "classroom init '" + room.server.adminUrl() +
                                    "' --pc-role skola_pc --teacher-role skola_larare");
    INFO(init.out);
    REQUIRE(init.status == 0);
    std::smatch m;
    REQUIRE(std::regex_search(init.out, m, std::regex("url = (postgresql://skola_pc@\\S+)")));
    const std::string pcUrl = m[1];
    REQUIRE(std::regex_search(init.out, m,
                              std::regex("classroom.password \\(root:kompis, mode 0640\\) "
                                         "holding:\\n  (\\S+)")));
    write(dir / "classroom.password", m[1].str() + "\n");
    REQUIRE(std::regex_search(
        init.out, m, std::regex("KOMPIS_CLASSROOM=(\\S+)\\n[^\\n]*\\nholding:\\n  (\\S+)")));
    write(dir / "teacher.password", m[2].str() + "\n");
    const std::string teacher = "KOMPIS_CLASSROOM='" + m[1].str() +
                                "' KOMPIS_CLASSROOM_PASSWORD_FILE='" +
                                (dir / "teacher.password").string() + "'";
    // The printed URL keeps the admin URL's server settings, with the PC role as user.
    CHECK(pcUrl.find(":" + std::to_string(room.server.port()) + "/postgres") != std::string::npos);
    // PCs reach the server over TCP, where a password is required.
    write(dir / "classroom.conf",
          "# written by the test as IT would\nurl = " + room.server.tcpUrl("skola_pc") +
              "\npassword_file = classroom.password\npc_name = rum-4-pc-2\n");
    const std::string pc =
        "KOMPIS_CLASSROOM= KOMPIS_CLASSROOM_CONF='" + (dir / "classroom.conf").string() + "'";

    write(dir / "class.csv", "name,pin\r\nAmina,4821\r\nBo,\r\n");
    auto added = admin(teacher, "learners add --from '" + (dir / "class.csv").string() + "'");
    CHECK(added.status == 0);
    CHECK(added.out == "added 2 learners\n");
    added = admin(teacher, "learners add --from '" + (dir / "class.csv").string() + "'");
    CHECK(added.out == "added 0 learners; 2 were already in the class\n");
    write(dir / "bad.csv", "name,pin\nCyd,12\n");
    added = admin(teacher, "learners add --from '" + (dir / "bad.csv").string() + "'");
    CHECK(added.status == 1);
    CHECK(added.out.find("bad.csv:2: error: the PIN of Cyd is not 4 to 8 digits") !=
          std::string::npos);

    // The PC: its store, a sync that brings the class, an answer, a sync that sends it.
    const auto pcStore = dir / "pc.sqlite";
    std::int64_t amina = 0;
    {
        store::ProgressStore s(kompis::test::testOptions(pcStore));
    }
    auto synced = admin(pc, "sync --store '" + pcStore.string() + "'");
    INFO(synced.out);
    REQUIRE(synced.status == 0);
    {
        store::ProgressStore s(kompis::test::testOptions(pcStore));
        for (const auto& l : s.learners())
            if (l.displayName == "Amina")
                amina = l.id;
        REQUIRE(amina != 0);
        auto a = kompis::test::attempt(amina, "q1", kompis::core::Outcome::Right, 1800000000);
        a.response = "Jag heter Amina och jobbar i köket.";
        REQUIRE(s.recordAttempt(a));
    }
    synced = admin(pc, "sync --store '" + pcStore.string() + "'");
    CHECK(synced.out.find("synced: 1 answers and 0 finished lessons sent") != std::string::npos);

    const auto status = admin(teacher, "classroom status");
    CHECK(status.status == 0);
    CHECK(status.out.find("learners\t2\nanswers\t1\n") != std::string::npos);
    CHECK(std::regex_search(status.out,
                            std::regex("\\nrum-4-pc-2\\t\\d{4}-\\d\\d-\\d\\dT[^\\t]+\\t0\\t" +
                                       std::to_string(store::kSchemaVersion) + "\\n")));

    const auto overview = admin(teacher, "classroom overview");
    CHECK(overview.out.find("Amina\t0\t1\t1\t0\t1\t2027-01-15T08:00:00Z\trum-4-pc-2\n") !=
          std::string::npos);
    CHECK(overview.out.find("Bo\t0\t0\t0\t0\t0\t-\t-\n") != std::string::npos);

    // The teacher's export covers the class, learners named by UUID.
    const auto teacherStore = dir / "teacher.sqlite";
    {
        store::ProgressStore s(kompis::test::testOptions(teacherStore));
    }
    const auto exported =
        admin(teacher, "classroom export --format xapi --store '" + teacherStore.string() + "'");
    CHECK(exported.status == 0);
    CHECK(exported.out.find("Jag heter Amina och jobbar i köket.") != std::string::npos);
    auto db = room.teacher();
    const auto uuid =
        db.exec("SELECT uuid::text FROM kompis.learners WHERE display_name='Amina'").text(0, 0);
    CHECK(exported.out.find("\"name\":\"" + uuid + "\"") != std::string::npos);

    // A wrong password on the PC: a clear message, the answer stays.
    write(dir / "classroom.password", "wrong\n");
    synced = admin(pc, "sync --store '" + pcStore.string() + "'");
    CHECK(synced.status == 1);
    CHECK(synced.out.find("refused this PC") != std::string::npos);
}

TEST_CASE("classroom status and overview print learner and PC names with their control "
          "characters escaped: nothing a name holds reaches the terminal as a control sequence",
          "[classroom]")
{
    TestClassroom room;
    KOMPIS_NEED_SERVER(room);
    TempDir dir;
    const std::string teacher = classroomEnv(room.teacherConfig(), dir.path(), "teacher.password");
    // A PC name and a learner name as anyone could set them: a clear-screen, a retitle (OSC),
    // a C1 CSI and a carriage return that would hide what came before it.
    const std::string evilName = "Eve\x1b[2J\x1b]0;owned\x07\xc2\x9b"
                                 "31m\rAdmin";
    const std::string evilPc = "pc\x1b[31m-9\r";
    const auto ids = room.addLearners({"Amina"});
    {
        auto db = room.teacher();
        db.exec("UPDATE kompis.learners SET display_name=$1 WHERE uuid=$2::uuid",
                {evilName, ids[0]});
    }
    TestPc pc(dir.path(), room.pcConfig(evilPc));
    REQUIRE(pc.sync->runOnce().state == classroom::SyncState::Online);
    REQUIRE(pc.store->recordAttempt(
        kompis::test::attempt(pc.local(ids[0]), "q1", Outcome::Right, 1800000000)));
    REQUIRE(pc.sync->runOnce().state == classroom::SyncState::Online);

    for (const char* command : {"classroom status", "classroom overview"})
    {
        const auto run = admin(teacher, command);
        INFO(command << ":\n" << kompis::core::printable(run.out)); // Catch cannot wrap raw
        CHECK(run.status == 0);
        CHECK(run.out.find('\x1b') == std::string::npos);
        CHECK(run.out.find('\r') == std::string::npos);
        CHECK(run.out.find('\x07') == std::string::npos);
        CHECK(run.out.find("\xc2\x9b") == std::string::npos);
        CHECK(run.out.find("pc\\x1b[31m-9\\x0d") != std::string::npos);
    }
    const auto overview = admin(teacher, "classroom overview");
    CHECK(overview.out.find("Eve\\x1b[2J\\x1b]0;owned\\x07\\u009b31m\\x0dAdmin\t") !=
          std::string::npos);
}

TEST_CASE("kompis-admin rename and delete with the teacher's classroom role change the learner "
          "on the server too; with a PC's role the server refuses and the command says so",
          "[classroom]")
{
    TestClassroom room;
    KOMPIS_NEED_SERVER(room);
    TempDir dir;
    const auto ids = room.addLearners({"Amina", "Bo"});
    const std::string pin = "KOMPIS_TEACHER_PIN=2580 ";
    const std::string teacher =
        pin + classroomEnv(room.teacherConfig(), dir.path(), "teacher.password");
    const std::string pc =
        pin + classroomEnv(room.pcConfig("rum-4-pc-1"), dir.path(), "pc.password");
    const auto storePath = dir / "teacher.sqlite";
    const std::string store = " --store '" + storePath.string() + "'";
    {
        store::ProgressStore s(kompis::test::testOptions(storePath));
        REQUIRE(s.setTeacherPin("2580", "", 1'800'000'000).ok());
    }
    REQUIRE(admin(teacher, "sync" + store).status == 0);
    std::string amina, bo;
    {
        store::ProgressStore s(kompis::test::testOptions(storePath));
        for (const auto& l : s.learners())
            (l.uuid == ids[0] ? amina : bo) = std::to_string(l.id);
    }
    auto db = room.teacher();
    const auto serverName = [&](const std::string& uuid)
    {
        const auto r =
            db.exec("SELECT display_name FROM kompis.learners WHERE uuid=$1::uuid", {uuid});
        return r.rows() ? r.text(0, 0) : std::string("(none)");
    };

    const auto refused = admin(pc, "rename " + amina + " Mallory" + store);
    CHECK(refused.status == 1);
    CHECK(refused.out.find("only the teacher's role may change learners") != std::string::npos);
    CHECK(serverName(ids[0]) == "Amina");

    const auto renamed = admin(teacher, "rename " + amina + " 'Amina Noor'" + store);
    INFO(renamed.out);
    CHECK(renamed.status == 0);
    CHECK(serverName(ids[0]) == "Amina Noor");

    const auto deleted = admin(teacher, "delete " + bo + " --yes" + store);
    INFO(deleted.out);
    CHECK(deleted.status == 0);
    CHECK(serverName(ids[1]) == "(none)");
    CHECK(db.exec("SELECT 1 FROM kompis.deleted_learners WHERE uuid=$1::uuid", {ids[1]}).rows() ==
          1);
}
