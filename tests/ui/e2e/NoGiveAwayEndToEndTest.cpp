// A dictation or listening item on a PC without sound: the answer is never printed before the
// learner answered, and the item can be skipped without counting as wrong.
#include "ui/e2e/E2eSandbox.hpp"

#include <catch2/catch.hpp>
#include <regex>

using namespace kompis::test::e2e;

namespace
{

// From the first item of the example course's first lesson to its dictation (hello-q7). Any
// answer will do on the way; `click next` moves on after right, almost and wrong alike.
const std::string kToDictation = std::string(kToFirstItem) + R"(key 1
click check
click next
key 1
click check
click next
key 1
click check
click next
type en
key Tab
type jobbar
click check
click next
key 1
key 1
key 1
key 1
click check
click next
key 1
key 1
key 1
click check
click next
expect-screen lesson/hello-q7
)";

} // namespace

TEST_CASE("without sound a dictation and a listening item show no transcript before an answer, "
          "and skipping them saves no attempt")
{
    Sandbox box("no-give-away");
    // ALSOFT_DRIVERS=null (the sandbox's default): OpenAL's silent device, which no one hears.
    const std::string script = kToDictation + R"(expect-text Sound cannot play on this computer.
expect-no-text Omar
expect-text Skip
screenshot dictation-no-sound.png
click audio-hello-q7
expect-no-text Omar
expect-focus answer
click skip
expect-screen lesson/hello-q7
expect-text Skipped.
expect-text Jag heter Omar.
screenshot dictation-skipped.png
click next
expect-screen lesson/hello-q8
expect-no-text fikarummet
click skip
expect-text Var ligger fikarummet?
click next
expect-screen results
quit
)";
    CHECK(box.run("no-give-away", script) == 0);
    INFO(box.errors("no-give-away"));
    const auto rows = attemptsIn(box.store());
    CHECK(rows.size() == 6);
    for (const auto& r : rows)
    {
        CHECK(r.attempt.itemId != "hello-q7");
        CHECK(r.attempt.itemId != "hello-q8");
    }
}

TEST_CASE("with no OpenAL device at all a dictation is not given away either")
{
    Sandbox box("no-device");
    const std::string script = kToDictation + R"(expect-no-text Omar
click audio-hello-q7
expect-text Sound cannot play on this computer.
expect-no-text Omar
type Jag heter Omar
key Enter
expect-text Right!
expect-text Jag heter Omar.
quit
)";
    CHECK(box.run("no-device", script, {}, "no-such-driver") == 0);
    INFO(box.errors("no-device"));
    const auto rows = attemptsIn(box.store());
    REQUIRE(rows.size() == 7);
    CHECK(rows.back().attempt.itemId == "hello-q7");
    CHECK(rows.back().attempt.outcome == kompis::core::Outcome::Right);
}

TEST_CASE("in a typed answer Left and Right move the caret after Listen, and Enter checks")
{
    Sandbox box("answer-focus");
    // Listen first: the click must leave the focus in the field, or Left would move it to a
    // button, the letter would be lost and Enter would press that button.
    const std::string script = kToDictation + R"(type Jag heter Omr
click audio-hello-q7
key Left
key Right
key Left
type a
key Up
key Down
expect-focus answer
key Enter
expect-text Right!
quit
)";
    CHECK(box.run("answer-focus", script) == 0);
    INFO(box.errors("answer-focus"));
    const auto rows = attemptsIn(box.store());
    REQUIRE(rows.size() == 7);
    CHECK(rows.back().attempt.response == "Jag heter Omar");
}

TEST_CASE("after Try again the answer field has the focus, so the slip is fixed by typing")
{
    Sandbox box("retry-focus");
    const std::string script = kToDictation + R"(type Jag heter Omarr
key Enter
expect-text Almost right
click retry
expect-focus answer
key Backspace
key Enter
expect-text Right!
quit
)";
    CHECK(box.run("retry-focus", script) == 0);
    INFO(box.errors("retry-focus"));
    const auto rows = attemptsIn(box.store());
    REQUIRE(rows.size() == 8);
    CHECK(rows.back().attempt.response == "Jag heter Omar");
}

TEST_CASE("with sound working, a dictation whose clip is broken offers Skip instead of the "
          "transcript")
{
    Sandbox box("broken-clip");
    // A copy of the example course under another id, with the dictation's clip not audio.
    const fs::path course = box.dir / "broken-clip-course";
    fs::copy(fs::path(KOMPIS_COURSES_DIR) / "example", course, fs::copy_options::recursive);
    std::ifstream in(course / "course.xml");
    const std::string xml{std::istreambuf_iterator<char>(in), {}};
    in.close();
    std::ofstream(course / "course.xml")
        << std::regex_replace(xml, std::regex("id=\"example\""), "id=\"brokenclip\"",
                              std::regex_constants::format_first_only);
    std::ofstream(course / "media" / "hello-q7.ogg", std::ios::trunc) << "not a sound";
    std::string script = kToDictation;
    script.replace(script.find("click course-example"), 20, "click course-brokenclip");
    script += R"(expect-no-text Sound cannot play
expect-no-text Skip
click audio-hello-q7
expect-text This recording cannot play.
expect-no-text Omar
click skip
expect-text Jag heter Omar.
quit
)";
    // The silent device counts as sound here, so only the broken clip cannot play.
    const std::string extra = "--course '" + course.string() + "'";
    CHECK(box.run("broken-clip", script, extra, "null KOMPIS_PLAY_SILENT=1") == 0);
    INFO(box.errors("broken-clip"));
    for (const auto& r : attemptsIn(box.store()))
        CHECK(r.attempt.itemId != "hello-q7");
}
