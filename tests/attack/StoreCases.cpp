// Damaged stores for kompis-admin and the player: random bytes flipped, truncated, large and
// damaged, wrong schema (issue 15: a damaged store over 32 MiB aborted both; admin exited 0
// with an empty export on a store it could not open; the player hid the damage).
#include "Cases.hpp"
#include "StoreFiles.hpp"

#include <sqlite3.h>

namespace kompis::attack
{

namespace
{

using Damage = std::function<void(const fs::path& store, std::mt19937& random)>;

void flip(const fs::path& store, std::mt19937& random, std::size_t from, int count)
{
    auto bytes = readFile(store);
    std::uniform_int_distribution<std::size_t> where(std::min(from, bytes.size() - 1),
                                                     bytes.size() - 1);
    for (int i = 0; i < count; ++i)
        bytes[where(random)] ^= static_cast<char>(0xA5);
    std::ofstream(store, std::ios::binary | std::ios::trunc) << bytes;
}

void truncateTo(const fs::path& store, double share)
{
    fs::resize_file(store, static_cast<std::uintmax_t>(double(fs::file_size(store)) * share));
}

void sql(const fs::path& file, const char* statements)
{
    sqlite3* db = nullptr;
    sqlite3_open(file.c_str(), &db);
    sqlite3_exec(db, statements, nullptr, nullptr, nullptr);
    sqlite3_close(db);
}

/// Whether a store can be worked with: as SQLite's check says, or known for its schema.
enum class Usable
{
    AsChecked,
    No,
};

/// What kompis-admin must do with a store: work when it is usable, else refuse with a message.
Expect adminOn(bool usable)
{
    Expect e;
    e.exits = usable ? std::vector<int>{0} : std::vector<int>{1};
    if (!usable)
        e.mentions = {"damaged", "cannot", "not a", "store", "restore", "newer"};
    return e;
}

void storeCase(Attack& attack, const std::string& name, int answers, const Damage& damage,
               bool player, Usable usable = Usable::AsChecked)
{
    Case c(attack, "store", name);
    const auto store = c.dir() / "pc" / "progress.sqlite";
    // Big stores get long typed answers rather than many rows: as big, quicker to build.
    makeStore(store, answers > 10000 ? answers / 40 : answers, "Amina",
              answers > 10000 ? 1600 : 40);
    damage(store, c.random());
    const bool sound = usable == Usable::AsChecked && storeIsSound(store);
    const std::map<std::string, std::string> pin = {{"KOMPIS_TEACHER_PIN", kTeacherPin}};
    c.admin({"learners", "--store", store.string()}, adminOn(sound));
    const auto csv = c.dir() / "export.csv";
    const auto exported =
        c.admin({"export", "--format", "csv", "--store", store.string(), "--out", csv.string()},
                adminOn(sound), pin);
    if (exported.exitCode == 0 && (!fs::exists(csv) || fs::file_size(csv) < 20))
        c.fail("kompis-admin export said done and wrote no answers");
    if (exported.exitCode != 0 && fs::exists(csv))
        c.fail("kompis-admin export failed and left " + csv.filename().string());
    c.admin({"backup", "--store", store.string(), "--to", (c.dir() / "backup.sqlite").string()},
            adminOn(sound), pin);
    if (!player || !c.hasPlayer())
        return;
    // The learner is told, and the damaged file is kept aside for a restore.
    const auto run = c.player("expect-screen profiles\nquit\n", store, {});
    bool keptAside = false;
    for (const auto& entry : fs::directory_iterator(store.parent_path()))
        keptAside =
            keptAside || entry.path().filename().string().find("damaged") != std::string::npos;
    if (!sound && !keptAside)
        c.fail("kompis: the damaged store was not kept aside");
    if (!storeIsSound(store) && run.exitCode == 0)
        c.fail("kompis: after the run the store at its place is still not sound");
}

} // namespace

void storeFamily(Attack& attack)
{
    for (int i = 1; i <= 4; ++i)
        storeCase(
            attack, "20-bytes-flipped-" + std::to_string(i), 2000,
            [](const fs::path& s, std::mt19937& r) { flip(s, r, 100, 20); }, i == 1);
    storeCase(
        attack, "header-bytes-flipped", 2000,
        [](const fs::path& s, std::mt19937& r) { flip(s, r, 16, 8); }, false);
    storeCase(
        attack, "truncated-to-half", 2000,
        [](const fs::path& s, std::mt19937&) { truncateTo(s, 0.5); }, true);
    storeCase(
        attack, "truncated-to-100-bytes", 2000,
        [](const fs::path& s, std::mt19937&) { fs::resize_file(s, 100); }, false);
    storeCase(
        attack, "empty-file", 10, [](const fs::path& s, std::mt19937&) { fs::resize_file(s, 0); },
        false);
    storeCase(
        attack, "text-file", 10,
        [](const fs::path& s, std::mt19937&)
        { std::ofstream(s, std::ios::trunc) << "not a store\n"; },
        false);
    storeCase(
        attack, "40-MB-store-with-pages-zeroed-in-the-middle", 180000,
        [](const fs::path& s, std::mt19937&)
        {
            std::fstream f(s, std::ios::in | std::ios::out | std::ios::binary);
            f.seekp(static_cast<std::streamoff>(fs::file_size(s) / 2));
            const std::string zeros(64 * 1024, '\0');
            f.write(zeros.data(), static_cast<std::streamsize>(zeros.size()));
        },
        true);
    storeCase(
        attack, "another-programs-database", 10,
        [](const fs::path& s, std::mt19937&)
        {
            fs::remove(s);
            sql(s, "CREATE TABLE notes(x TEXT); INSERT INTO notes VALUES('hello');"
                   "PRAGMA user_version = 3;");
        },
        true, Usable::No);
    storeCase(
        attack, "schema-from-the-future", 10,
        [](const fs::path& s, std::mt19937&) { sql(s, "PRAGMA user_version = 999;"); }, false,
        Usable::No);
    storeCase(
        attack, "attempts-table-dropped", 10,
        [](const fs::path& s, std::mt19937&) { sql(s, "DROP TABLE attempts;"); }, false,
        Usable::No);
    storeCase(
        attack, "store-is-a-folder", 10,
        [](const fs::path& s, std::mt19937&)
        {
            fs::remove(s);
            fs::create_directories(s);
        },
        false);
}

} // namespace kompis::attack
