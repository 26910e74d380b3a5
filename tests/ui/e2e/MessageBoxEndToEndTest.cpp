// The writing item's message box played as a learner would: a sick-leave message of three lines
// written with Enter between them, corrected with the arrow keys, compared and ticked with
// Ctrl+Enter, and found with its line breaks in the store and in the teacher's CSV export.
#include "core/export/Csv.hpp"
#include "core/export/CsvExport.hpp"
#include "ui/e2e/E2eSandbox.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <sstream>

using namespace kompis::core;
using kompis::test::e2e::attemptsIn;
using kompis::test::e2e::kToSickLesson;
using kompis::test::e2e::Sandbox;

namespace
{

// From the profile picker to the sick lesson's writing item, the speaking item skipped.
const std::string kToMessageItem = std::string(kToSickLesson) + R"(click option-1
click check
click next
click skip-speaking
expect-screen lesson/sick-q3
)";

const std::string kMessage = "Hej Anna!\n"
                             "Jag är sjuk i dag och har feber, så jag kan inte komma till jobbet. "
                             "Jag ringer dig i morgon.\n"
                             "Hälsningar Ali";

} // namespace

TEST_CASE("a learner writes a three-line sick-leave message with Enter between the lines, ticks "
          "the checklist, and the CSV export holds the text with its line breaks")
{
    Sandbox box("s22area-message");
    // The greeting is typed without its "!" and mended at the end: Up past the first line goes
    // to the start, End to the end of the first line (not of the text), Down past the last line
    // back to the end.
    std::string script = kToMessageItem + R"(expect-text Write your message here.
expect-text Enter starts a new line. Press Ctrl+Enter when you are done.
expect-focus answer
type Hej Anna
key Enter
type Jag är sjuk i dag och har feber, så jag kan inte komma till jobbet. Jag ringer dig i morgon.
key Enter
type Hälsningar Ali
expect-no-text Write your message here.
)";
    for (int i = 0; i < 6; ++i)
        script += "key Up\n";
    script += "key End\ntype !\n";
    for (int i = 0; i < 6; ++i)
        script += "key Down\n";
    script += R"(type x
key Backspace
expect-text Hej Anna!
expect-text Hälsningar Ali
screenshot message-typed.png
key Ctrl+Enter
expect-text A model answer
expect-focus answer
click point-1
click point-2
click point-3
click point-4
click point-5
screenshot message-ticked.png
key Ctrl+Enter
expect-text Saved. Well done!
screenshot message-saved.png
quit
)";
    REQUIRE(box.run("message", script) == 0);
    INFO(box.errors("message"));
    const auto rows = attemptsIn(box.store());
    REQUIRE(rows.size() == 2);
    const auto& written = rows[1].attempt;
    CHECK(written.itemId == "sick-q3");
    CHECK(written.outcome == Outcome::Done);
    CHECK(written.response == kMessage);

    auto store = kompis::test::e2e::openStore(box.store());
    const auto learner = store.learners().at(0);
    const auto versions = store.writtenVersions(learner.id, "example", "sick-q3");
    REQUIRE(versions.size() == 1);
    CHECK(versions[0].text == kMessage);
    CHECK(versions[0].checklist == "1,2,3,4,5");

    // The teacher's spreadsheet: one record per answer, the message in one quoted cell with its
    // line breaks (RFC 4180), read back whole.
    std::ostringstream csv;
    exports::writeAttemptsCsv(store, std::nullopt, csv);
    std::vector<exports::CsvRecord> records;
    int badLine = 0;
    REQUIRE(exports::parseCsv(csv.str(), records, badLine));
    REQUIRE(records.size() == 3);
    const auto& header = records[0].fields;
    const auto column =
        std::size_t(std::find(header.begin(), header.end(), "response") - header.begin());
    REQUIRE(column < header.size());
    CHECK(std::any_of(records.begin() + 1, records.end(),
                      [&](const exports::CsvRecord& r)
                      { return r.fields.size() > column && r.fields[column] == kMessage; }));
    CHECK(csv.str().find("\"" + kMessage + "\"") != std::string::npos);
}

TEST_CASE("Escape over a message not yet saved asks first: keep writing brings the message back, "
          "and only 'close and lose' leaves the lesson")
{
    Sandbox box("s23unsaved");
    const std::string script = kToMessageItem + R"(type Hej Anna, jag är sjuk i dag.
key Escape
expect-screen lesson/sick-q3
expect-text the lesson now, the message is lost.
expect-focus keep-writing
screenshot unsaved-question.png
key Escape
expect-text Hej Anna, jag är sjuk i dag.
expect-focus answer
click close-lesson
expect-screen lesson/sick-q3
click keep-writing
expect-text Hej Anna, jag är sjuk i dag.
click close-lesson
click close-anyway
expect-screen course-map
quit
)";
    REQUIRE(box.run("unsaved", script) == 0);
    INFO(box.errors("unsaved"));
    // Nothing was checked, so the message was never saved: only the first item's answer is.
    CHECK(attemptsIn(box.store()).size() == 1);
}

TEST_CASE("a lesson with no message written closes at once with Escape")
{
    Sandbox box("s23unsaved-empty");
    const std::string script = kToMessageItem + R"(key Escape
expect-screen course-map
quit
)";
    REQUIRE(box.run("empty", script) == 0);
    INFO(box.errors("empty"));
}
