// A store whose file passes SQLite's check but lacks the tables its schema version promises
// (found by the attack, tests/attack): it counts as damaged on open, so the tools refuse it with
// the restore advice instead of aborting at the first query.
#include "StoreTestSupport.hpp"

#include <catch2/catch.hpp>

using namespace kompis::core::store;
using kompis::test::TempDir;
using kompis::test::testOptions;

namespace
{

/// A store with one learner, then `damage` run on the closed file with plain SQL.
void storeThen(const std::filesystem::path& file, const std::string& damage)
{
    {
        ProgressStore store(testOptions(file));
        REQUIRE(store.createLearner({"Ola", "", "sv", std::nullopt}, 1'800'000'000).saved);
    }
    auto db = Connection::open(file.string(), false);
    db.exec(damage);
}

} // namespace

TEST_CASE("a store with its answers table dropped is refused by the tools with the restore "
          "advice, not opened to fail at the export")
{
    TempDir dir;
    const auto file = dir / "p.sqlite";
    storeThen(file, "DROP TABLE attempts");
    auto options = testOptions(file);
    options.moveDamagedAside = false;
    ProgressStore store(options);
    CHECK_FALSE(store.saving());
    CHECK(store.openReport().recovery.find("damaged") != std::string::npos);
}

TEST_CASE("another program's database that claims a schema version is refused by the tools")
{
    TempDir dir;
    const auto file = dir / "p.sqlite";
    storeThen(file, "DROP TABLE learners; DROP TABLE attempts; DROP TABLE lesson_progress");
    auto options = testOptions(file);
    options.moveDamagedAside = false;
    ProgressStore store(options);
    CHECK_FALSE(store.saving());
    CHECK(store.openReport().recovery.find("damaged") != std::string::npos);
}
