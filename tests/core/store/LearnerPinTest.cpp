#include "StoreTestSupport.hpp"
#include "core/store/PinHash.hpp"

#include <catch2/catch.hpp>

using namespace kompis::core::store;
using kompis::test::attempt;
using kompis::test::TempDir;
using kompis::test::testOptions;

namespace
{
constexpr std::int64_t kNow = 1'800'000'000;
}

TEST_CASE("a PIN is stored only as a salted Argon2id hash")
{
    const auto a = hashPin("4711", 1, 64 * 1024);
    const auto b = hashPin("4711", 1, 64 * 1024);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->starts_with("$argon2id$"));
    CHECK(a->find("4711") == std::string::npos);
    CHECK(*a != *b); // different salts
    CHECK(verifyPin(*a, "4711"));
    CHECK_FALSE(verifyPin(*a, "4712"));
    CHECK_FALSE(hashPin("123", 1, 64 * 1024));
    CHECK_FALSE(hashPin("1234567890123", 1, 64 * 1024));
    CHECK(validPin("123456789012")); // longer PINs resist an offline search of a copied file
    CHECK_FALSE(hashPin("12a4", 1, 64 * 1024));
    CHECK(validPin("12345678"));

    TempDir dir;
    ProgressStore store(testOptions(dir / "p.sqlite"));
    const auto id = store.createLearner({"Amal", "#ff0000", "sv", "2580"}, kNow).id;
    const auto stored = store.connection().scalar(
        "SELECT count(*) FROM learners WHERE pin_hash LIKE '$argon2id$%'");
    CHECK(stored == 1);
    CHECK(store.learner(id)->hasPin);
    CHECK(store.checkLearnerPin(id, "2580", kNow).ok());
}

TEST_CASE("five wrong PINs lock a profile for a minute, even against the right PIN")
{
    TempDir dir;
    ProgressStore store(testOptions(dir / "p.sqlite"));
    const auto id = store.createLearner({"Bo", "", "sv", "1234"}, kNow).id;
    for (int i = 1; i <= 4; ++i)
    {
        const auto c = store.checkLearnerPin(id, "0000", kNow + i);
        CHECK(c.status == PinStatus::Wrong);
        CHECK(c.triesLeft == 5 - i);
    }
    const auto fifth = store.checkLearnerPin(id, "9999", kNow + 5);
    CHECK(fifth.status == PinStatus::Locked);
    CHECK(fifth.lockedUntil == kNow + 65);
    CHECK(store.checkLearnerPin(id, "1234", kNow + 30).status == PinStatus::Locked);
    CHECK(store.checkLearnerPin(id, "1234", kNow + 64).status == PinStatus::Locked);
    CHECK(store.checkLearnerPin(id, "1234", kNow + 65).ok());
    // A right PIN clears the count of wrong tries.
    CHECK(store.checkLearnerPin(id, "0000", kNow + 70).triesLeft == 4);
    CHECK(store.checkLearnerPin(id, "1234", kNow + 71).ok());
    CHECK(store.checkLearnerPin(id, "0000", kNow + 72).triesLeft == 4);
}

TEST_CASE("the lockout is shared by every process using the store file")
{
    TempDir dir;
    ProgressStore first(testOptions(dir / "p.sqlite"));
    const auto id = first.createLearner({"Cia", "", "sv", "1234"}, kNow).id;
    for (int i = 0; i < 5; ++i)
        (void)first.checkLearnerPin(id, "1111", kNow);
    ProgressStore second(testOptions(dir / "p.sqlite"));
    CHECK(second.checkLearnerPin(id, "1234", kNow + 1).status == PinStatus::Locked);
}

TEST_CASE("a learner can change their own PIN only with the old one")
{
    TempDir dir;
    ProgressStore store(testOptions(dir / "p.sqlite"));
    const auto id = store.createLearner({"Dag", "", "nb", "1234"}, kNow).id;
    CHECK(store.changeLearnerPin(id, "4321", std::string("5555"), kNow).status == PinStatus::Wrong);
    CHECK(store.changeLearnerPin(id, "1234", std::string("5555"), kNow).ok());
    CHECK(store.checkLearnerPin(id, "5555", kNow).ok());
    CHECK(store.changeLearnerPin(id, "5555", std::nullopt, kNow).ok());
    CHECK(store.checkLearnerPin(id, "", kNow).status == PinStatus::NoPinSet);
}

TEST_CASE("the teacher PIN unlocks rename, PIN reset, export marking and deletion after export")
{
    TempDir dir;
    ProgressStore store(testOptions(dir / "p.sqlite"));
    CHECK_FALSE(store.hasTeacherPin());
    REQUIRE(store.setTeacherPin("864209", "", kNow).ok());
    CHECK(store.hasTeacherPin());
    CHECK(store.setTeacherPin("1111", "000000", kNow).status == PinStatus::Wrong);
    CHECK_FALSE(store.unlockTeacher("123456", kNow));
    const auto token = store.unlockTeacher("864209", kNow);
    REQUIRE(token);

    const auto id = store.createLearner({"Eva", "", "sv", "1234"}, kNow).id;
    REQUIRE(store.recordAttempt(attempt(id, "q", Outcome::Right, kNow + 10)).saved);
    CHECK(store.renameLearner(*token, id, "Eva L.").saved);
    CHECK(store.learner(id)->displayName == "Eva L.");
    CHECK(store.resetLearnerPin(*token, id, std::string("9876")).saved);
    CHECK(store.checkLearnerPin(id, "9876", kNow).ok());

    CHECK_FALSE(store.deleteLearner(*token, id, false).saved);
    const auto refused = store.deleteLearner(*token, id, true);
    CHECK_FALSE(refused.saved);
    CHECK(refused.error.find("export") != std::string::npos);
    REQUIRE(store.markExported(*token, id, kNow + 20).saved);
    REQUIRE(store.deleteLearner(*token, id, true).saved);
    CHECK_FALSE(store.learner(id));
    CHECK(store.connection().scalar("SELECT count(*) FROM attempts") == 0);
    CHECK(store.connection().scalar("SELECT count(*) FROM cards") == 0);
}
