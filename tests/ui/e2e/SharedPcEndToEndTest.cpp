// A shared classroom PC, as a teacher and learners meet it: the "Set up this computer" step,
// learners managed behind the teacher PIN, namesakes, settings that stay, the system's language
// at the first start, idle sign-out, and screens that fit 800×600 at the largest text.
#include "ui/e2e/E2eSandbox.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

using kompis::test::e2e::attemptsIn;
using kompis::test::e2e::kToFirstItem;
using kompis::test::e2e::Sandbox;
namespace fs = std::filesystem;
namespace store = kompis::core::store;

namespace
{

std::string slurp(const fs::path& file)
{
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

store::ProgressStore openStore(const Sandbox& box)
{
    return kompis::test::e2e::openStore(box.store());
}

/// HOME for the players a test starts (the teacher's copies of answers are saved there).
struct HomeIn
{
    std::string old;
    explicit HomeIn(const fs::path& dir)
    {
        if (const char* home = std::getenv("HOME"))
            old = home;
        ::setenv("HOME", dir.c_str(), 1);
    }
    ~HomeIn() { ::setenv("HOME", old.c_str(), 1); }
};

} // namespace

TEST_CASE("a new PC asks for the teacher PIN twice, refuses two that differ, and then opens the "
          "teacher view only with it")
{
    Sandbox box("setup-pc");
    fs::remove(box.settings());
    const std::string script = R"(expect-screen language
click lang-en
expect-screen set-up
expect-text Set up this computer
click setup-pin
type 2468
click setup-pin-again
type 2486
click setup-save
expect-screen set-up
expect-text The two PINs are not the same.
click setup-pin
type 24681357
click setup-pin-again
type 24681357
click setup-save
expect-screen profiles
expect-text The teacher PIN is saved.
click teacher
expect-screen teacher
type 1111
click teacher-unlock
expect-text Wrong PIN.
type 24681357
click teacher-unlock
expect-text Learners on this computer
quit
)";
    CHECK(box.run("setup", script) == 0);
    INFO(box.errors("setup"));
    auto progress = openStore(box);
    CHECK(progress.hasTeacherPin());
    CHECK(progress.unlockTeacher("24681357", 0).has_value());
    CHECK(slurp(box.settings()).find("pc-set-up=1") != std::string::npos);

    // Set up once: the next start goes straight to the learners.
    CHECK(box.run("again", "expect-screen profiles\nquit\n") == 0);
    INFO(box.errors("again"));
}

TEST_CASE("on a learner's own PC the set-up step can be skipped, and the Teacher button later "
          "asks for the PIN twice instead of taking the first one typed")
{
    Sandbox box("own-pc");
    fs::remove(box.settings());
    const std::string script = R"(expect-screen language
click lang-en
expect-screen set-up
click setup-own-pc
expect-screen profiles
click teacher
expect-screen set-up
click setup-pin
type 1234
click setup-save
expect-text The two PINs are not the same.
quit
)";
    CHECK(box.run("own", script) == 0);
    INFO(box.errors("own"));
    CHECK_FALSE(openStore(box).hasTeacherPin());
    CHECK(box.run("later", "expect-screen profiles\nquit\n") == 0);
}

TEST_CASE("the teacher adds, renames and deletes learners; a deleted learner's answers go with "
          "them and a copy is saved first")
{
    Sandbox box("manage");
    HomeIn home(box.dir);
    (void)openStore(box).setTeacherPin("1357", "", 0);
    // Kim answers one item first.
    CHECK(box.run("kim", std::string(kToFirstItem) + "click option-1\nclick check\nquit\n") == 0);
    INFO(box.errors("kim"));
    REQUIRE(attemptsIn(box.store()).size() == 1);

    const std::string script = R"(expect-screen profiles
click teacher
type 1357
click teacher-unlock
expect-text Kim Ådahl
click add-name
type Sara
click add-learner
expect-text Sara was added.
click rename-2
type h Berg
click rename-save-2
expect-text Sara is now called Sarah Berg.
click delete-1
expect-text Delete Kim Ådahl for good? Answers (1)
click delete-cancel-1
expect-text Kim Ådahl
click delete-1
click delete-confirm-1
expect-text Kim Ådahl was deleted. A copy of the answers:
click idle-10
click back
expect-screen profiles
expect-text Sarah Berg
quit
)";
    CHECK(box.run("manage", script) == 0);
    INFO(box.errors("manage"));
    auto progress = openStore(box);
    const auto learners = progress.learners();
    REQUIRE(learners.size() == 1);
    CHECK(learners[0].displayName == "Sarah Berg");
    CHECK(attemptsIn(box.store()).empty());
    bool copied = false;
    for (const auto& entry : fs::directory_iterator(box.dir))
        if (entry.path().filename().string().rfind("kompis-1-", 0) == 0)
            copied = slurp(entry.path()).find("hello-q1") != std::string::npos;
    CHECK(copied);
    CHECK(slurp(box.settings()).find("idle-sign-out-seconds=600") != std::string::npos);
}

TEST_CASE("two learners of the same name look different and each opens only their own PIN pad")
{
    Sandbox box("namesakes");
    {
        auto progress = openStore(box);
        REQUIRE(progress.createLearner({"Ali", "#1f6f8b", "en", "1111"}, 1700000000));
        REQUIRE(progress.createLearner({"Ali", "#b5482f", "en", "2222"}, 1700100000));
    }
    const std::string script = R"(expect-screen profiles
expect-text No. 1
expect-text No. 2
click profile-1
expect-screen pin
key 2
key 2
key 2
key 2
key Enter
expect-text Wrong PIN.
click back
click profile-2
expect-screen pin
key 2
key 2
key 2
key 2
key Enter
expect-screen library
quit
)";
    CHECK(box.run("namesakes", script, "--size 1100x700") == 0);
    INFO(box.errors("namesakes"));
    auto progress = openStore(box);
    // Only the second Ali signed in: the first was last seen when made.
    CHECK(progress.learner(1)->lastSeenAt == 1700000000);
    CHECK(progress.learner(2)->lastSeenAt > 1700100000);
}

TEST_CASE("the PIN pad takes twelve digits and its keys stay where they are while typing")
{
    Sandbox box("pin-pad");
    REQUIRE(openStore(box).createLearner({"Lina", "#1f6f8b", "en", "123456789012"}, 1));
    std::string script = "click profile-1\nexpect-screen pin\nexpect-unmoved pin-1\n"
                         "expect-unmoved pin-ok\n";
    // A wrong PIN first: its message must not push the keys down either.
    script += "key 9\nkey 9\nkey 9\nkey 9\nkey Enter\nexpect-text Wrong PIN.\n";
    script += "expect-unmoved pin-1\nexpect-unmoved pin-ok\n";
    // Twelve digits, each followed by a look at the keys, and a thirteenth that is not taken.
    for (const char digit : std::string("1234567890123"))
        script += std::string("key ") + digit + "\nexpect-unmoved pin-1\nexpect-unmoved pin-ok\n";
    script += "key Enter\nexpect-screen library\nquit\n";
    CHECK(box.run("pad", script) == 0);
    INFO(box.errors("pad"));
}

TEST_CASE("a Finnish interface stays Finnish after a restart")
{
    Sandbox box("finnish");
    CHECK(box.run("choose",
                  "click settings\nclick lang-fi\nclick settings-done\nexpect-screen profiles\n"
                  "expect-text Kuka opiskelee tänään?\nquit\n") == 0);
    INFO(box.errors("choose"));
    CHECK(box.run("restart",
                  "expect-screen profiles\nexpect-text Kuka opiskelee tänään?\nquit\n") == 0);
    INFO(box.errors("restart"));
}

TEST_CASE("the first start follows the system's language: Norwegian under nb_NO, English where "
          "Kompis has no catalog")
{
    Sandbox box("system-language");
    box.locale = "nb_NO.UTF-8";
    CHECK(box.run("nb",
                  "expect-text Hvem skal lære i dag?\nclick new-learner\n"
                  "expect-text Ny deltaker\nexpect-text Suomi\nexpect-text العربية\nquit\n") == 0);
    INFO(box.errors("nb"));
    Sandbox other("system-language-de");
    other.locale = "de_DE.UTF-8";
    CHECK(other.run("de", "expect-text Who is learning today?\nquit\n") == 0);
    INFO(other.errors("de"));
}

TEST_CASE("in classroom use an idle learner is signed out, and the answers given stay saved")
{
    Sandbox box("idle");
    std::ofstream(box.settings()) << "pc-set-up=1\nidle-sign-out-seconds=2\n";
    const std::string script = std::string(kToFirstItem) + R"(click option-1
click check
expect-text Right!
wait 3500
expect-screen profiles
expect-text Kim Ådahl was signed out
click profile-1
expect-screen library
quit
)";
    CHECK(box.run("idle", script) == 0);
    INFO(box.errors("idle"));
    CHECK(attemptsIn(box.store()).size() == 1);
}

TEST_CASE("at 800×600 with the largest text the set-up, profiles, new learner, PIN pad and a "
          "lesson's buttons are inside the window, and feedback scrolls into view")
{
    Sandbox box("small-screen");
    std::ofstream(box.settings()) << "text-size=2\n";
    const std::string script = R"(expect-screen language
expect-inside lang-en
click lang-en
expect-screen set-up
expect-inside setup-pin
expect-inside setup-save
click setup-pin
type 2468
click setup-pin-again
expect-inside setup-pin-again
type 2468
click setup-save
expect-screen profiles
expect-inside new-learner
expect-inside teacher
expect-inside settings
click new-learner
expect-inside name
type Muhammad Abdirahman Warsame
click pin
expect-inside pin
type 123456789012
key PageDown
click ui-uk
expect-inside ui-uk
click ui-en
expect-inside create
screenshot new-learner-800x600.png
click create
expect-screen library
expect-inside switch-learner
click course-example
click start
click next
click next
click next
click next
click next
click next
expect-screen lesson/hello-q1
click option-1
click check
expect-inside next
click next
click option-1
click check
click next
click answer-false
click check
click next
type xyz
click gap-2
type xyz
click check
expect-seen Not quite
expect-inside next
screenshot feedback-800x600.png
click close-lesson
click back
click switch-learner
click profile-1
expect-screen pin
expect-inside pin-ok
expect-inside pin-erase
screenshot pin-800x600.png
quit
)";
    CHECK(box.run("small", script, "--size 800x600") == 0);
    INFO(box.errors("small"));
}

TEST_CASE("a vocabulary page of 26 words at 800×600 and the largest text goes down a screen at a "
          "time with Page Down, with Continue always in reach")
{
    Sandbox box("long-words");
    std::ofstream(box.settings()) << "pc-set-up=1\ntext-size=2\n";
    const std::string script = R"(click new-learner
type Ana
click ui-en
click create
click course-svenska-pa-jobbet
click lesson-fika
click next
click next
expect-screen lesson/fika-v3
expect-seen en fika
expect-inside next
key PageDown
expect-seen en rast
expect-inside next
key PageDown
key PageDown
key PageUp
key PageUp
expect-seen en rast
quit
)";
    CHECK(box.run("words", script,
                  "--size 800x600 --course '" KOMPIS_COURSES_DIR "/svenska-pa-jobbet'") == 0);
    INFO(box.errors("words"));
}
