// The example course's "Calling in sick" lesson played as a learner would: a picture picked by
// keyboard and by clicking, a speaking exercise skipped without a microphone, and a text message
// written, compared with the model, ticked and found again in the teacher's CSV export.
#include "core/export/CsvExport.hpp"
#include "core/session/ChoiceShuffle.hpp"
#include "ui/e2e/E2eSandbox.hpp"

#include <catch2/catch.hpp>
#include <sstream>

namespace fs = std::filesystem;
using namespace kompis::core;
using kompis::test::e2e::attemptsIn;
using kompis::test::e2e::kToSickLesson;
using kompis::test::e2e::Sandbox;

TEST_CASE("a picture option is picked with a number key, and after a retry with a click")
{
    Sandbox box("s17items-pictures");
    const std::string script = std::string(kToSickLesson) + R"(screenshot pictures.png
key 2
click check
expect-text en termometer
click next
expect-screen lesson/sick-q2
quit
)";
    REQUIRE(box.run("pictures", script) == 0);
    INFO(box.errors("pictures"));
    const auto rows = attemptsIn(box.store());
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].attempt.itemId == "sick-q1");
    // Key 2 is the picture shown second: the learner's own order (three pictures, the first
    // written is the right one), so the answer saved is that picture's option number.
    auto store = kompis::test::e2e::openStore(box.store());
    const auto learner = store.learners().at(0);
    const auto shown = kompis::core::session::seededPermutation(
        3, kompis::core::session::shuffleSeed(
               kompis::core::session::learnerKey(learner.uuid, learner.id), "sick-q1"));
    CHECK(rows[0].attempt.response == std::to_string(shown[1] + 1));
    CHECK(rows[0].attempt.outcome == (shown[1] == 0 ? Outcome::Right : Outcome::Wrong));

    Sandbox again("s17items-pictures-click");
    const std::string clicked = std::string(kToSickLesson) + R"(click option-1
click check
expect-text Right!
quit
)";
    REQUIRE(again.run("click", clicked) == 0);
    const auto right = attemptsIn(again.store());
    REQUIRE(right.size() == 1);
    CHECK(right[0].attempt.response == "1");
    CHECK(right[0].attempt.outcome == Outcome::Right);
}

TEST_CASE("without any microphone the speaking exercise says so and is skipped at no cost")
{
    Sandbox box("s17items-speak");
    const std::string script = std::string(kToSickLesson) + R"(click option-1
click check
click next
expect-screen lesson/sick-q2
click record
expect-text No microphone was found
screenshot speak.png
click skip-speaking
expect-screen lesson/sick-q3
quit
)";
    REQUIRE(box.run("speak", script) == 0);
    INFO(box.errors("speak"));
    const auto rows = attemptsIn(box.store());
    // The picture item only: a skipped exercise saves no answer and costs no points.
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].attempt.itemId == "sick-q1");
}

TEST_CASE("a learner writes a sick-leave message, compares it with the model, ticks the "
          "checklist, and the teacher finds the text in the CSV export")
{
    Sandbox box("s17items-write");
    const std::string script = std::string(kToSickLesson) + R"(click option-1
click check
click next
click skip-speaking
expect-screen lesson/sick-q3
click answer
type Hej Anna! Jag är sjuk i dag. Jag ringer i morgon. Hälsningar Ali
click show-model
expect-text A model answer
expect-text Hint: it looks like your text does this.
click point-1
click point-2
click point-5
screenshot write.png
click check
expect-text Saved. Well done!
click next
expect-screen results
quit
)";
    REQUIRE(box.run("write", script) == 0);
    INFO(box.errors("write"));
    const auto rows = attemptsIn(box.store());
    REQUIRE(rows.size() == 2);
    const auto& written = rows[1].attempt;
    CHECK(written.itemId == "sick-q3");
    CHECK(written.outcome == Outcome::Done);
    CHECK(written.response == "Hej Anna! Jag är sjuk i dag. Jag ringer i morgon. Hälsningar Ali");
    CHECK(written.maxPoints == 0);

    store::StoreOptions options;
    options.path = box.store();
    options.autoBackup = false;
    store::ProgressStore store(options);
    const auto learner = store.learners().at(0);
    const auto versions = store.writtenVersions(learner.id, "example", "sick-q3");
    REQUIRE(versions.size() == 1);
    CHECK(versions[0].checklist == "1,2,5");
    // The picture was right and the message adds no points: the lesson is fully passed.
    CHECK(store.lessonProgress(learner.id, "example", "sick").bestScore == 1.0);

    std::ostringstream csv;
    exports::writeAttemptsCsv(store, std::nullopt, csv);
    CHECK(csv.str().find("Hej Anna! Jag är sjuk i dag. Jag ringer i morgon. Hälsningar Ali") !=
          std::string::npos);
    CHECK(csv.str().find(",done,") != std::string::npos);
}
