// A first start anyone can read, and instructions read aloud (issue 16): the language picker
// shows and says each language's own name, the choice is kept, and the lesson's prompt and
// feedback are spoken in the language of the text shown; Tigrinya has no voice, so no button.
#include "ui/e2e/E2eSandbox.hpp"

#include <catch2/catch.hpp>

using namespace kompis::test::e2e;

namespace
{

std::string slurp(const fs::path& file)
{
    std::ifstream in(file);
    return {std::istreambuf_iterator<char>(in), {}};
}

/// The sandbox's OpenAL device is the silent one, which the player treats as no sound; these
/// tests are about what is spoken, so they let it count as a speaker (as NoGiveAway's do).
constexpr const char* kSilentSpeaker = "null KOMPIS_PLAY_SILENT=1";

/// A script of E2eSandbox that makes a learner, without its choice of English: the learner
/// keeps the interface language offered (the picker's choice).
std::string inInterfaceLanguage(const char* script)
{
    std::string text = script;
    const std::string english = "click ui-en\n";
    text.erase(text.find(english), english.size());
    return text;
}

} // namespace

TEST_CASE("at the very first start a learner hears Arabic named, picks it, sets up the PC in "
          "Arabic and hears the prompt and the feedback read aloud")
{
    Sandbox box("speech-first-start");
    fs::remove(box.settings()); // a PC never started before
    const std::string script = std::string(R"(expect-screen language
expect-text العربية
expect-text ትግርኛ
expect-text Soomaali
expect-text Українська
screenshot picker-first-start.png
click say-ar
expect-playing speech/ar
click lang-ar
expect-screen set-up
expect-text إعداد هذا الحاسوب
click setup-own-pc
)") + inInterfaceLanguage(kToFirstItem) +
                               R"(expect-text 🔊 اقرأ بصوت عالٍ
click read-prompt
expect-playing speech/en
click read-prompt
expect-playing -
screenshot lesson-ar.png
click option-1
click check
click read-feedback
expect-playing speech/ar+en
screenshot feedback-ar.png
quit
)";
    const int exit = box.run("first-start", script, "", kSilentSpeaker);
    INFO(box.errors("first-start"));
    CHECK(exit == 0);
    // The choice is kept for the PC and the learner.
    CHECK(slurp(box.settings()).find("language=ar") != std::string::npos);
    auto store = openStore(box.store());
    const auto learners = store.learners();
    REQUIRE(learners.size() == 1);
    CHECK(learners.front().uiLanguage == "ar");
    // The next start goes straight to the learners, in Arabic: the picker is not shown again.
    CHECK(box.run("again", "expect-screen profiles\nexpect-text من يتعلّم اليوم؟\nquit\n") == 0);
    INFO(box.errors("again"));
}

TEST_CASE("the profile picker's language button opens the picker with the current language "
          "marked, and a choice there changes the interface")
{
    Sandbox box("speech-picker-again");
    const std::string script = R"(expect-screen profiles
click language
expect-screen language
expect-text ✓ English
click lang-uk
expect-screen profiles
expect-text Українська
quit
)";
    const int exit = box.run("picker", script, "--ui-language en");
    INFO(box.errors("picker"));
    CHECK(exit == 0);
    CHECK(slurp(box.settings()).find("language=uk") != std::string::npos);
}

TEST_CASE("in Tigrinya no read-aloud button is shown, since espeak-ng has no Tigrinya voice")
{
    Sandbox box("speech-tigrinya");
    const std::string script = inInterfaceLanguage(kToFirstItem) + R"(expect-no-text 🔊
screenshot lesson-ti.png
click option-1
click check
expect-no-text 🔊
quit
)";
    const int exit = box.run("ti", script, "--ui-language ti", kSilentSpeaker);
    INFO(box.errors("ti"));
    CHECK(exit == 0);
}

TEST_CASE("a first start with a language given on the command line skips the language picker")
{
    Sandbox box("speech-skip-picker");
    fs::remove(box.settings());
    const int exit = box.run("skip", "expect-screen set-up\nquit\n", "--ui-language sv");
    INFO(box.errors("skip"));
    CHECK(exit == 0);
}

TEST_CASE("a Finnish prompt is read by the Finnish voice, a clip started meanwhile stops the "
          "speech, and read-aloud in turn stops the clip")
{
    Sandbox box("speech-and-clips");
    const std::string script = inInterfaceLanguage(kToSickLesson) + R"(click read-prompt
expect-playing speech/fi
click audio-sick-q1
expect-playing media/sick-q1.ogg
click read-prompt
expect-playing speech/fi
quit
)";
    const int exit = box.run("clips", script, "--ui-language fi", kSilentSpeaker);
    INFO(box.errors("clips"));
    CHECK(exit == 0);
}

TEST_CASE("without espeak-ng data the speaker buttons are absent, the log says why, and the "
          "picker and the lesson still work")
{
    Sandbox box("speech-no-data");
    fs::remove(box.settings());
    const std::string script = std::string(R"(expect-screen language
expect-no-text 🔊
click lang-ar
expect-screen set-up
click setup-own-pc
)") + inInterfaceLanguage(kToFirstItem) +
                               R"(expect-no-text 🔊
click option-1
click check
expect-no-text 🔊
quit
)";
    const int exit = box.run("no-data", script, "",
                             std::string(kSilentSpeaker) +
                                 " KOMPIS_ESPEAK_DATA=" + (box.dir / "no-espeak").string());
    INFO(box.errors("no-data"));
    CHECK(exit == 0);
    CHECK(box.errors("no-data").find("read aloud is off: espeak-ng-data not found") !=
          std::string::npos);
}

TEST_CASE("the Swedish words a feedback quotes are said by the Swedish voice, the rest by the "
          "learner's")
{
    Sandbox box("speech-quoted");
    const std::string script = std::string(kToFirstItem) + R"(click option-2
click check
expect-text "heter" is already the verb
click read-feedback
expect-playing speech/en+sv
quit
)";
    const int exit = box.run("quoted", script, "--ui-language en", kSilentSpeaker);
    INFO(box.errors("quoted"));
    CHECK(exit == 0);
}
