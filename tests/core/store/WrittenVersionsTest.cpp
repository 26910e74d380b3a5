#include "StoreTestSupport.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

using namespace kompis::core::store;
using kompis::core::Outcome;
using kompis::test::attempt;
using kompis::test::TempDir;
using kompis::test::testOptions;

namespace
{
constexpr std::int64_t kNow = 1800000000;

AttemptRecord written(std::int64_t learner, const std::string& text, const std::string& ticks,
                      std::int64_t ts)
{
    auto a = attempt(learner, "w-sick", Outcome::Done, ts);
    a.response = text;
    a.checklist = ticks;
    a.points = 0;
    a.maxPoints = 0;
    return a;
}
} // namespace

TEST_CASE("every version a learner wrote comes back oldest first with the points ticked each time")
{
    TempDir dir;
    ProgressStore store(testOptions(dir / "p.sqlite"));
    const auto ali = store.createLearner({"Ali", "", "sv", std::nullopt}, kNow).id;
    const auto eva = store.createLearner({"Eva", "", "sv", std::nullopt}, kNow).id;
    REQUIRE(store.recordAttempt(written(ali, "Hej. Jag är sjuk.", "1", kNow + 10)).saved);
    REQUIRE(store.recordAttempt(written(eva, "Hej!", "", kNow + 15)).saved);
    REQUIRE(store.recordAttempt(attempt(ali, "q-other", Outcome::Right, kNow + 18)).saved);
    REQUIRE(
        store.recordAttempt(written(ali, "Hej Anna!\nJag är sjuk i dag.\nAli", "1,2,3", kNow + 20))
            .saved);

    const auto versions = store.writtenVersions(ali, "svenska", "w-sick");
    REQUIRE(versions.size() == 2);
    CHECK(versions[0].text == "Hej. Jag är sjuk.");
    CHECK(versions[0].checklist == "1");
    CHECK(versions[0].timestamp == kNow + 10);
    CHECK(versions[1].text == "Hej Anna!\nJag är sjuk i dag.\nAli");
    CHECK(versions[1].checklist == "1,2,3");
    CHECK(store.writtenVersions(eva, "svenska", "w-sick").at(0).checklist.empty());
    CHECK(store.writtenVersions(ali, "other-course", "w-sick").empty());
}

TEST_CASE("a written answer is done: it is not counted as a mistake and its card is rescheduled")
{
    TempDir dir;
    ProgressStore store(testOptions(dir / "p.sqlite"));
    const auto ali = store.createLearner({"Ali", "", "sv", std::nullopt}, kNow).id;
    REQUIRE(store.recordAttempt(written(ali, "Hej!", "", kNow)).saved);
    CHECK(store.connection().scalar("SELECT outcome FROM attempts") == 3);
    CHECK(store.connection().scalar("SELECT reps FROM cards WHERE ref_id='w-sick'") == 1);
}

TEST_CASE("deleting a learner deletes the checklist ticks of their written answers too")
{
    TempDir dir;
    ProgressStore store(testOptions(dir / "p.sqlite"));
    REQUIRE(store.setTeacherPin("864209", "", kNow).ok());
    const auto token = store.unlockTeacher("864209", kNow);
    REQUIRE(token);
    const auto ali = store.createLearner({"Ali", "", "sv", std::nullopt}, kNow).id;
    const auto eva = store.createLearner({"Eva", "", "sv", std::nullopt}, kNow).id;
    REQUIRE(store.recordAttempt(written(ali, "Hej!", "1", kNow + 10)).saved);
    REQUIRE(store.recordAttempt(written(eva, "Hej!", "2", kNow + 10)).saved);
    REQUIRE(store.markExported(*token, ali, kNow + 20).saved);
    REQUIRE(store.deleteLearner(*token, ali, true).saved);
    CHECK(store.connection().scalar("SELECT count(*) FROM attempt_checklist") == 1);
    CHECK(store.writtenVersions(eva, "svenska", "w-sick").at(0).checklist == "2");
}

TEST_CASE("a learner's recordings live in their own folder beside the store and go with them")
{
    TempDir dir;
    ProgressStore store(testOptions(dir / "p.sqlite"));
    REQUIRE(store.setTeacherPin("864209", "", kNow).ok());
    const auto token = store.unlockTeacher("864209", kNow);
    const auto ali = store.createLearner({"Ali", "", "sv", std::nullopt}, kNow).id;
    const auto eva = store.createLearner({"Eva", "", "sv", std::nullopt}, kNow).id;
    const auto aliDir = store.recordingsDir(ali);
    const auto evaDir = store.recordingsDir(eva);
    REQUIRE_FALSE(aliDir.empty());
    CHECK(aliDir.parent_path() == dir / "recordings");
    CHECK(aliDir != evaDir);
    std::filesystem::create_directories(aliDir);
    std::filesystem::create_directories(evaDir);
    std::ofstream(aliDir / "sick-q2.ogg") << "voice";
    REQUIRE(store.deleteLearner(*token, ali, true).saved);
    CHECK_FALSE(std::filesystem::exists(aliDir));
    CHECK(std::filesystem::exists(evaDir));
    CHECK(store.recordingsDir(ali).empty());
}
