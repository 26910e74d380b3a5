// Learners who read little hear a text one paragraph at a time and each example sentence on its
// own: every voiced paragraph and example has its own Listen button, reachable by keyboard.
#include "ui/e2e/E2eSandbox.hpp"
#include "ui/e2e/ScopedEnv.hpp"

#include <catch2/catch.hpp>

using namespace kompis::test::e2e;

namespace
{

// The example course's first lesson opens on its text step.
constexpr const char* kToIntro = R"(expect-screen profiles
click new-learner
type Kim
click ui-en
click create
expect-screen library
click course-example
expect-screen course-map
click start
expect-screen lesson/hello-intro
)";

/// The sandbox's OpenAL device is the silent one, which the player rightly treats as no sound;
/// these tests are about which clip plays, so they let it count as a speaker.
struct SilentSpeaker
{
    ScopedEnv silent{"KOMPIS_PLAY_SILENT", "1"};
};

} // namespace

TEST_CASE("a learner presses a paragraph's Listen and hears that paragraph, and the whole text's "
          "Listen says it reads the whole text")
{
    SilentSpeaker speaker;
    Sandbox box("paragraph-audio");
    const std::string script = std::string(kToIntro) + R"(expect-text Listen to the whole text
expect-playing -
screenshot text-with-voiced-paragraphs.png
click audio-hello-intro-p2
expect-playing media/hello-intro-p2.ogg
click audio-hello-intro-p2
expect-playing -
click audio-hello-intro-p1
expect-playing media/hello-intro-p1.ogg
click audio-hello-intro
expect-playing media/hello-intro.ogg
quit
)";
    const int exit = box.run("paragraph-audio", script);
    INFO(box.errors("paragraph-audio"));
    CHECK(exit == 0);
}

TEST_CASE("a learner presses an example's Listen and hears the example sentence")
{
    SilentSpeaker speaker;
    Sandbox box("example-audio");
    const std::string script = std::string(kToIntro) + R"(click next
expect-screen lesson/hello-dialogue
click next
expect-screen lesson/hello-words
expect-text Listen to the example
click audio-w-arbetsplats-ex
expect-playing media/w-arbetsplats-ex.ogg
screenshot words-with-voiced-examples.png
click audio-w-arbetsplats
expect-playing media/w-arbetsplats.ogg
quit
)";
    const int exit = box.run("example-audio", script);
    INFO(box.errors("example-audio"));
    CHECK(exit == 0);
}

TEST_CASE("a paragraph's Listen is reached with Tab and plays with Enter")
{
    SilentSpeaker speaker;
    Sandbox box("paragraph-keys");
    const std::string script = std::string(kToIntro) + R"(key Tab
key Tab
expect-focus audio-hello-intro-p1
key Enter
expect-playing media/hello-intro-p1.ogg
key Enter
expect-playing -
key Tab
key Tab
expect-focus audio-hello-intro-p2
key Enter
expect-playing media/hello-intro-p2.ogg
quit
)";
    const int exit = box.run("paragraph-keys", script);
    INFO(box.errors("paragraph-keys"));
    CHECK(exit == 0);
}
