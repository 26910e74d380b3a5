// Files and secrets on a shared PC: what the player and kompis-admin create is for this account
// only (0600), backups need the teacher PIN, and no PIN is taken from a command line, where
// every account sees it in the process list (issue 15).
#include "Cases.hpp"
#include "StoreFiles.hpp"

#include <sys/stat.h>

namespace kompis::attack
{

namespace
{

/// Every file under `dir` that another account could read or write.
void checkPrivate(Case& c, const fs::path& dir, const std::string& who)
{
    std::error_code ec;
    for (const auto& entry : fs::recursive_directory_iterator(dir, ec))
    {
        if (!entry.is_regular_file(ec))
            continue;
        const auto perms = entry.status(ec).permissions();
        if ((perms & (fs::perms::group_all | fs::perms::others_all)) != fs::perms::none)
        {
            char mode[8];
            std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(perms) & 07777u);
            c.fail(who + " left " + entry.path().lexically_relative(c.dir()).string() +
                   " with mode " + mode);
        }
    }
}

Expect refusedWithout(const std::string& word)
{
    Expect e;
    e.exits = {1};
    e.mentions = {word};
    return e;
}

void modes(Attack& attack)
{
    if (attack.setup().player.empty())
        return;
    Case c(attack, "secrets", "player-files-are-private");
    const auto store = c.dir() / "pc" / "progress.sqlite";
    // The PC is set up in the player, so it writes its settings file itself.
    c.player("expect-screen language\nclick lang-en\nexpect-screen set-up\nclick setup-own-pc\n" +
                 replaced(openCourseScript("example"), "click course-example\n",
                          "click course-example\nclick start\nwait 300\n"),
             store, {attack.setup().exampleCourse}, -1, false);
    checkPrivate(c, store.parent_path(), "kompis");
}

void admin(Attack& attack)
{
    const std::map<std::string, std::string> pin = {{"KOMPIS_TEACHER_PIN", kTeacherPin}};
    {
        Case c(attack, "secrets", "admin-backup-and-export-files-are-private");
        const auto store = c.dir() / "pc" / "progress.sqlite";
        makeStore(store, 20);
        fs::permissions(store, fs::perms::owner_read | fs::perms::owner_write);
        Expect ok;
        ok.exits = {0};
        c.admin({"backup", "--store", store.string(), "--to", (c.dir() / "out/b.sqlite").string()},
                ok, pin);
        c.admin({"backup", "--store", store.string()}, ok, pin);
        c.admin({"export", "--format", "csv", "--store", store.string(), "--out",
                 (c.dir() / "out/answers.csv").string()},
                ok, pin);
        c.admin({"export", "--format", "xapi", "--store", store.string(), "--out",
                 (c.dir() / "out/answers.json").string()},
                ok, pin);
        checkPrivate(c, c.dir() / "out", "kompis-admin");
        checkPrivate(c, store.parent_path(), "kompis-admin");
    }
    {
        Case c(attack, "secrets", "admin-backup-without-the-pin-is-refused");
        const auto store = c.dir() / "pc" / "progress.sqlite";
        makeStore(store, 20);
        c.admin({"backup", "--store", store.string(), "--to", (c.dir() / "b.sqlite").string()},
                refusedWithout("PIN"));
        if (fs::exists(c.dir() / "b.sqlite"))
            c.fail("a backup was written without the teacher PIN");
    }
    {
        Case c(attack, "secrets", "admin-backup-with-a-wrong-pin-is-refused");
        const auto store = c.dir() / "pc" / "progress.sqlite";
        makeStore(store, 20);
        c.admin({"backup", "--store", store.string(), "--to", (c.dir() / "b.sqlite").string()},
                refusedWithout("PIN"), {{"KOMPIS_TEACHER_PIN", "000000"}});
        if (fs::exists(c.dir() / "b.sqlite"))
            c.fail("a backup was written with a wrong teacher PIN");
    }
    {
        Case c(attack, "secrets", "admin-export-without-the-pin-is-refused");
        const auto store = c.dir() / "pc" / "progress.sqlite";
        makeStore(store, 20);
        c.admin({"export", "--format", "csv", "--store", store.string(), "--out",
                 (c.dir() / "a.csv").string()},
                refusedWithout("PIN"));
        if (fs::exists(c.dir() / "a.csv"))
            c.fail("an export was written without the teacher PIN");
    }
    const std::vector<std::vector<std::string>> onCommandLine = {
        {"backup", "--teacher-pin", kTeacherPin},
        {"export", "--format", "csv", "--teacher-pin", kTeacherPin},
        {"teacher-pin", "--new-pin", "123456"},
        {"reset-pin", "1", "--new-pin", "123456"},
        {"backup", std::string("--teacher-pin=") + kTeacherPin},
    };
    int n = 0;
    for (const auto& args : onCommandLine)
    {
        Case c(attack, "secrets", "pin-on-the-command-line-" + std::to_string(++n));
        const auto store = c.dir() / "pc" / "progress.sqlite";
        makeStore(store, 2);
        auto withStore = args;
        withStore.insert(withStore.begin() + 1, {"--store", store.string()});
        // Refused (1) with the reason, or not known as an option at all (2).
        Expect refused;
        refused.exits = {1, 2};
        refused.mentions = {"not accepted", "unknown option"};
        c.admin(withStore, refused);
    }
}

} // namespace

void secretFamily(Attack& attack)
{
    modes(attack);
    admin(attack);
}

} // namespace kompis::attack
