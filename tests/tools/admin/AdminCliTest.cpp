#include "core/store/StoreTestSupport.hpp"

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

using namespace kompis::core;
using kompis::test::TempDir;

namespace
{
struct Run
{
    int status = -1;
    std::string out;
    std::string err;
};

std::string slurp(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Runs kompis-admin; `env` is prefixed to the command (e.g. "KOMPIS_TEACHER_PIN=2468").
Run admin(const TempDir& dir, const std::string& arguments, const std::string& env = "")
{
    const auto errFile = dir / "stderr.txt";
    const std::string cmd = env + " '" + KOMPIS_ADMIN_EXE + "' " + arguments + " 2>'" +
                            errFile.string() + "' </dev/null";
    Run r;
    FILE* pipe = ::popen(cmd.c_str(), "r");
    REQUIRE(pipe);
    char buf[4096];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;)
        r.out.append(buf, n);
    const int raw = ::pclose(pipe);
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    r.err = slurp(errFile);
    return r;
}

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

std::vector<std::string> split(const std::string& line)
{
    std::vector<std::string> out(1);
    for (const char c : line)
        if (c == ',')
            out.emplace_back();
        else
            out.back().push_back(c);
    return out;
}

void write(const std::filesystem::path& p, const std::string& text)
{
    std::ofstream(p, std::ios::binary) << text;
}
} // namespace

TEST_CASE("fsrs-replay prints the FSRS-6 state after each review, with R = 1 on a first review")
{
    TempDir dir;
    write(dir / "log.csv", "card,timestamp,rating\n"
                           "c1,2026-01-01T10:00:00Z,3\n"
                           "c2,2026-01-01T10:00:00Z,1\n"
                           "c1,2026-01-04T10:00:00Z,3\n"
                           "c1,2026-01-21T10:00:00Z,1\n"
                           "c1,2026-01-21T12:00:00Z,2\n");
    const auto r = admin(dir, "fsrs-replay '" + (dir / "log.csv").string() + "'");
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    const auto rows = lines(r.out);
    REQUIRE(rows.size() == 6);
    CHECK(rows[0] == "card,timestamp,rating,stability,difficulty,retrievability,due");
    // Expected values from the published FSRS-6 formulas, evaluated by hand:
    // S0(Good) = w2, D0(Good) = w4 − e^(2·w5) + 1, interval round(S) = 2 days.
    const auto first = split(rows[1]);
    CHECK(first[0] == "c1");
    CHECK(first[1] == "2026-01-01T10:00:00Z");
    CHECK(std::stod(first[3]) == Approx(2.3065));
    CHECK(std::stod(first[4]) == Approx(2.118104).epsilon(1e-6));
    CHECK(first[5] == "1");
    CHECK(first[6] == "2026-01-03T10:00:00Z");
    const auto again = split(rows[2]);
    CHECK(std::stod(again[3]) == Approx(0.212));
    CHECK(std::stod(again[4]) == Approx(6.4133));
    CHECK(again[5] == "1");
    CHECK(again[6] == "2026-01-02T10:00:00Z");
    // Three days later: R = (1 + f·3/2.3065)^(−w20) = 0.880948, S' = 13.826904.
    const auto second = split(rows[3]);
    CHECK(std::stod(second[5]) == Approx(0.880948).epsilon(1e-6));
    CHECK(std::stod(second[3]) == Approx(13.826904).epsilon(1e-6));
    CHECK(second[6] == "2026-01-18T10:00:00Z");
    // A lapse 17 days on, then a same-day Hard (short-term formula, kept at S, R = 1).
    CHECK(std::stod(split(rows[4])[3]) == Approx(1.766526).epsilon(1e-6));
    const auto sameDay = split(rows[5]);
    CHECK(std::stod(sameDay[3]) == Approx(1.766526).epsilon(1e-6));
    CHECK(std::stod(sameDay[4]) == Approx(8.254075).epsilon(1e-6));
    CHECK(sameDay[5] == "1");
}

TEST_CASE("fsrs-replay of a mixed log prints what the ts-fsrs reference scheduler printed")
{
    TempDir dir;
    const std::string golden =
        slurp(KOMPIS_SOURCE_DIR "/tests/core/review/data/ts-fsrs-5.4.2-replay.csv");
    std::string input;
    for (const auto& line : lines(golden))
    {
        const auto f = split(line);
        input += f[0] + "," + f[1] + "," + f[2] + "\n";
    }
    write(dir / "log.csv", input);
    const auto r = admin(dir, "fsrs-replay '" + (dir / "log.csv").string() + "'");
    CHECK(r.status == 0);
    const auto expected = lines(golden);
    const auto got = lines(r.out);
    REQUIRE(got.size() == expected.size());
    CHECK(got[0] == expected[0]);
    for (std::size_t i = 1; i < got.size(); ++i)
    {
        INFO(expected[i] << " vs " << got[i]);
        const auto e = split(expected[i]);
        const auto g = split(got[i]);
        REQUIRE(g.size() == 7);
        CHECK(g[0] == e[0]);
        CHECK(g[1] == e[1]);
        for (int k = 3; k <= 5; ++k)
            CHECK(std::stod(g[std::size_t(k)]) ==
                  Approx(std::stod(e[std::size_t(k)])).epsilon(1e-7));
        CHECK(g[6] == e[6]);
    }
}

TEST_CASE("fsrs-replay names the file and line of a bad row and exits with 1")
{
    TempDir dir;
    write(dir / "log.csv", "card,timestamp,rating\n"
                           "c1,2026-01-01T10:00:00Z,5\n"
                           "c1,yesterday,3\n"
                           "c1,2026-01-02T10:00:00Z,3\n");
    const auto r = admin(dir, "fsrs-replay '" + (dir / "log.csv").string() + "'");
    CHECK(r.status == 1);
    CHECK(r.err.find("log.csv:2: error:") != std::string::npos);
    CHECK(r.err.find("[replay.bad-rating]") != std::string::npos);
    CHECK(r.err.find("log.csv:3: error:") != std::string::npos);
    CHECK(lines(r.out).size() == 2); // header and the one good row

    write(dir / "bad.csv", "id,when,grade\n");
    CHECK(admin(dir, "fsrs-replay '" + (dir / "bad.csv").string() + "'").status == 1);
}

TEST_CASE("export, learners and backup work on the store named with --store")
{
    TempDir dir;
    const auto file = dir / "p.sqlite";
    {
        store::ProgressStore s(kompis::test::testOptions(file));
        const auto id = s.createLearner({"Åsa", "#aa0000", "sv", "1234"}, 1800000000).id;
        auto a = kompis::test::attempt(id, "q1", kompis::core::Outcome::Right, 1800000000);
        a.response = "ja, \"visst\"";
        REQUIRE(s.recordAttempt(a).saved);
    }
    const std::string store = " --store '" + file.string() + "'";

    const auto csv = admin(dir, "export --format csv" + store);
    CHECK(csv.status == 0);
    REQUIRE(lines(csv.out).size() == 2);
    CHECK(lines(csv.out)[0].starts_with("attempt_id,learner_id,learner,"));
    CHECK(csv.out.find("\"ja, \"\"visst\"\"\"") != std::string::npos);

    const auto xapi = admin(dir, "export --format xapi --home-page https://lms.example" + store);
    CHECK(xapi.status == 0);
    CHECK(xapi.out.find("\"homePage\":\"https://lms.example\"") != std::string::npos);
    CHECK(xapi.out.find("http://adlnet.gov/expapi/verbs/answered") != std::string::npos);

    const auto listed = admin(dir, "learners" + store);
    CHECK(listed.status == 0);
    REQUIRE(lines(listed.out).size() == 2);
    CHECK(lines(listed.out)[1].starts_with("1\tÅsa\t#aa0000\tsv\t"));
    CHECK(lines(listed.out)[1].find("\tyes\t") != std::string::npos);

    const auto backup = admin(dir, "backup --to '" + (dir / "b.sqlite").string() + "'" + store);
    CHECK(backup.status == 0);
    store::ProgressStore copy(kompis::test::testOptions(dir / "b.sqlite"));
    CHECK(copy.learners().size() == 1);

    CHECK(admin(dir, "export --format pdf" + store).status == 2);
    CHECK(admin(dir, "learners --store '" + (dir / "none.sqlite").string() + "'").status == 1);
}

TEST_CASE("export needs the teacher PIN once one is set, and then marks learners exported")
{
    TempDir dir;
    const auto file = dir / "p.sqlite";
    {
        store::ProgressStore s(kompis::test::testOptions(file));
        REQUIRE(s.setTeacherPin("24680", "", 1800000000).ok());
        REQUIRE(s.createLearner({"Bo", "", "sv", std::nullopt}, 1800000000).saved);
    }
    const std::string store = " --store '" + file.string() + "'";
    const auto refused = admin(dir, "export --format csv" + store);
    CHECK(refused.status == 1);
    CHECK(refused.err.find("teacher PIN") != std::string::npos);
    CHECK(admin(dir, "export --format csv" + store, "KOMPIS_TEACHER_PIN=11111").status == 1);
    CHECK(admin(dir, "export --format csv --what summary" + store, "KOMPIS_TEACHER_PIN=24680")
              .status == 0);
    store::ProgressStore s(kompis::test::testOptions(file));
    CHECK(s.learners().at(0).exportedAt > 0);
}

TEST_CASE("kompis-admin and each of its commands explain themselves with --help")
{
    TempDir dir;
    const auto top = admin(dir, "--help");
    CHECK(top.status == 0);
    for (const char* command : {"fsrs-replay", "export", "learners", "backup"})
    {
        INFO(command);
        CHECK(top.out.find(command) != std::string::npos);
        const auto help = admin(dir, std::string(command) + " --help");
        CHECK(help.status == 0);
        CHECK(help.out.starts_with(std::string("Usage: kompis-admin ") + command));
    }
    const auto exportHelp = admin(dir, "export --help").out;
    CHECK(exportHelp.find("xAPI 1.0.3") != std::string::npos);
    CHECK(exportHelp.find("RFC 4180") != std::string::npos);
    CHECK(admin(dir, "frobnicate").status == 2);
}

TEST_CASE("a teacher renames, resets a PIN and deletes a learner from the command line, only with "
          "the teacher PIN and only after an export")
{
    TempDir dir;
    const auto file = dir / "p.sqlite";
    std::int64_t id = 0;
    {
        store::ProgressStore s(kompis::test::testOptions(file));
        id = s.createLearner({"Aino", "#3366aa", "fi", std::nullopt}, 1'700'000'000).id;
        REQUIRE(s.recordAttempt(
                     kompis::test::attempt(id, "q1", kompis::core::Outcome::Right, 1'700'000'100))
                    .saved);
    }
    const std::string store = " --store '" + file.string() + "'";
    const std::string learner = std::to_string(id);
    CHECK(admin(dir, "rename " + learner + " Aina" + store).status == 1); // no teacher PIN yet
    REQUIRE(admin(dir, "teacher-pin" + store, "KOMPIS_NEW_PIN=2468").status == 0);
    // Changing it needs the old one.
    CHECK(admin(dir, "teacher-pin" + store, "KOMPIS_NEW_PIN=1111").status == 1);
    const std::string teacher = "KOMPIS_TEACHER_PIN=2468";
    const auto wrong = admin(dir, "rename " + learner + " Aina" + store, "KOMPIS_TEACHER_PIN=1357");
    CHECK(wrong.status == 1);
    CHECK(wrong.err.find("wrong teacher PIN") != std::string::npos);
    CHECK(admin(dir, "rename " + learner + " 'Aino Virtanen'" + store, teacher).status == 0);
    CHECK(admin(dir, "reset-pin " + learner + store, teacher + " KOMPIS_NEW_PIN=5678").status == 0);
    CHECK(admin(dir, "delete " + learner + store, teacher).status == 2); // no --yes
    const auto early = admin(dir, "delete " + learner + " --yes" + store, teacher);
    CHECK(early.status == 1); // not exported since the last answer
    CHECK(early.err.find("export") != std::string::npos);
    {
        store::ProgressStore s(kompis::test::testOptions(file));
        const auto learners = s.learners();
        REQUIRE(learners.size() == 1);
        CHECK(learners[0].displayName == "Aino Virtanen");
        CHECK(learners[0].hasPin);
    }
    REQUIRE(admin(dir, "export --format csv" + store, teacher).status == 0);
    CHECK(admin(dir, "delete " + learner + " --yes" + store, teacher).status == 0);
    store::ProgressStore s(kompis::test::testOptions(file));
    CHECK(s.learners().empty());
}

TEST_CASE("kompis-admin refuses a PIN on the command line and reads it from a file or the "
          "environment")
{
    TempDir dir;
    const auto file = dir / "p.sqlite";
    {
        store::ProgressStore s(kompis::test::testOptions(file));
        REQUIRE(s.setTeacherPin("2468", "", 1800000000).ok());
    }
    const std::string store = " --store '" + file.string() + "'";
    const auto onLine = admin(dir, "export --format csv --teacher-pin 2468" + store);
    CHECK(onLine.status == 1);
    CHECK(onLine.err.find("process list") != std::string::npos);
    write(dir / "pin.txt", "2468\n");
    CHECK(admin(dir, "export --format csv --teacher-pin-file '" + (dir / "pin.txt").string() + "'" +
                         store)
              .status == 0);
    CHECK(admin(dir, "teacher-pin 1357" + store).status == 2); // a new PIN is not an argument
}

TEST_CASE("kompis-admin backup needs the teacher PIN once one is set")
{
    TempDir dir;
    const auto file = dir / "p.sqlite";
    {
        store::ProgressStore s(kompis::test::testOptions(file));
        REQUIRE(s.setTeacherPin("2468", "", 1800000000).ok());
        REQUIRE(s.createLearner({"Gul", "", "sv", std::nullopt}, 1800000000).saved);
    }
    const std::string store = " --store '" + file.string() + "'";
    const std::string to = " --to '" + (dir / "b.sqlite").string() + "'";
    const auto refused = admin(dir, "backup" + to + store);
    CHECK(refused.status == 1);
    CHECK_FALSE(std::filesystem::exists(dir / "b.sqlite"));
    CHECK(admin(dir, "backup" + to + store, "KOMPIS_TEACHER_PIN=1111").status == 1);
    CHECK_FALSE(std::filesystem::exists(dir / "b.sqlite"));
    CHECK(admin(dir, "backup" + to + store, "KOMPIS_TEACHER_PIN=2468").status == 0);
    CHECK(std::filesystem::exists(dir / "b.sqlite"));
}

TEST_CASE("on a damaged store kompis-admin exits non-zero and says how to restore, and restore "
          "brings the backup back")
{
    TempDir dir;
    const auto file = dir / "p.sqlite";
    const std::string store = " --store '" + file.string() + "'";
    {
        store::ProgressStore s(kompis::test::testOptions(file));
        REQUIRE(s.createLearner({"Hamid", "", "fa", std::nullopt}, 1800000000).saved);
    }
    REQUIRE(admin(dir, "backup --to '" + (dir / "good.sqlite").string() + "'" + store).status == 0);
    write(file, std::string(8192, 'x')); // the disk ate it
    for (const char* command : {"export --format csv", "learners", "teacher-pin"})
    {
        INFO(command);
        const auto run = admin(dir, std::string(command) + store, "KOMPIS_NEW_PIN=2468");
        CHECK(run.status == 1);
        CHECK(run.out.empty());
    }
    const auto restore = admin(dir, "restore '" + (dir / "good.sqlite").string() + "'" + store);
    CHECK(restore.status == 0);
    const auto listed = admin(dir, "learners" + store);
    CHECK(listed.status == 0);
    CHECK(listed.out.find("Hamid") != std::string::npos);
    CHECK(admin(dir, "restore '" + (dir / "none.sqlite").string() + "'" + store).status == 1);
}

TEST_CASE("export --out writes a private file, and refuses a home page that is not an IRI")
{
    TempDir dir;
    const auto file = dir / "p.sqlite";
    {
        store::ProgressStore s(kompis::test::testOptions(file));
        REQUIRE(s.createLearner({"Ivar", "", "nb", std::nullopt}, 1800000000).saved);
    }
    const std::string store = " --store '" + file.string() + "'";
    const auto out = dir / "x.json";
    CHECK(admin(dir, "export --format xapi --out '" + out.string() + "'" + store).status == 0);
    CHECK((std::filesystem::status(out).permissions() & std::filesystem::perms::all) ==
          std::filesystem::perms(0600));
    CHECK_FALSE(std::filesystem::exists(dir / "x.json.part"));
    const auto bad = admin(dir, "export --format xapi --home-page 'skolan nu'" + store);
    CHECK(bad.status == 2);
    CHECK(bad.err.find("not an IRI") != std::string::npos);
    CHECK(admin(dir, "export --format xapi --activity-base 'https://a.example/x y/'" + store)
              .status == 2);
}

TEST_CASE("a teacher copies the learners' recordings out with the teacher PIN: a private folder "
          "per learner and a list, never inside the CSV")
{
    TempDir dir;
    const auto file = dir / "p.sqlite";
    {
        store::ProgressStore s(kompis::test::testOptions(file));
        REQUIRE(s.setTeacherPin("24680", "", 1800000000).ok());
        REQUIRE(s.createLearner({"Amal Hassan", "", "sv", std::nullopt}, 1800000000).saved);
        REQUIRE(s.createLearner({"a/b", "", "sv", std::nullopt}, 1800000000).saved);
        REQUIRE(s.createLearner({"Kim", "", "sv", std::nullopt}, 1800000000).saved);
        for (const auto& [id, item] : {std::pair{1, "sick-q2"}, std::pair{2, "hello-q9"}})
        {
            std::filesystem::create_directories(s.recordingsDir(id));
            write(s.recordingsDir(id) / (std::string(item) + ".ogg"),
                  std::string("OggS take ") + item);
        }
    }
    const std::string store = " --store '" + file.string() + "'";
    const auto out = dir / "voices";
    const std::string copy = "export --recordings '" + out.string() + "'" + store;

    const auto refused = admin(dir, copy);
    CHECK(refused.status == 1);
    CHECK_FALSE(std::filesystem::exists(out));

    const auto copied = admin(dir, copy, "KOMPIS_TEACHER_PIN=24680");
    INFO(copied.err);
    REQUIRE(copied.status == 0);
    CHECK(copied.err.find("copied 2 recording(s)") != std::string::npos);
    CHECK(slurp(out / "1 Amal Hassan" / "sick-q2.ogg") == "OggS take sick-q2");
    CHECK(slurp(out / "2 a_b" / "hello-q9.ogg") == "OggS take hello-q9");
    CHECK_FALSE(std::filesystem::exists(out / "3 Kim"));
    namespace fs = std::filesystem;
    CHECK((fs::status(out / "1 Amal Hassan").permissions() & fs::perms::all) ==
          fs::perms::owner_all);
    CHECK((fs::status(out / "2 a_b" / "hello-q9.ogg").permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write));
    const auto list = lines(slurp(out / "recordings.csv"));
    REQUIRE(list.size() == 3);
    CHECK(list[1].find("1,Amal Hassan,") == 0);
    CHECK(list[1].find(",sick-q2,1 Amal Hassan/sick-q2.ogg") != std::string::npos);

    const auto one = dir / "one";
    CHECK(admin(dir, "export --learner 2 --recordings '" + one.string() + "'" + store,
                "KOMPIS_TEACHER_PIN=24680")
              .status == 0);
    CHECK(std::filesystem::exists(one / "2 a_b" / "hello-q9.ogg"));
    CHECK_FALSE(std::filesystem::exists(one / "1 Amal Hassan"));

    const auto csv = admin(dir, "export --format csv" + store, "KOMPIS_TEACHER_PIN=24680");
    CHECK(csv.status == 0);
    CHECK(csv.out.find("OggS") == std::string::npos);
}
