// Read aloud without a window: espeak-ng speaks Swedish and Arabic into memory, Tigrinya and
// Somali have no voice, and missing data means "not usable", never a crash.
#include "core/speech/SpeechSynth.hpp"

#include "core/speech/Voices.hpp"

#include <catch2/catch.hpp>
#include <chrono>
#include <iostream>

using namespace kompis::core;
using namespace kompis::core::speech;

namespace
{

Speech waitFor(const std::shared_future<Speech>& pending)
{
    REQUIRE(pending.wait_for(std::chrono::seconds(20)) == std::future_status::ready);
    return pending.get();
}

/// espeak-ng starts once per process: the tests that speak share one synthesiser (ctest runs
/// each case in its own process anyway; this keeps a run of the whole binary honest too).
SpeechSynth& shared()
{
    static SpeechSynth synth;
    return synth;
}

double millisecondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

} // namespace

TEST_CASE("each interface language is read by its own espeak voice, and Tigrinya and Somali by "
          "none")
{
    CHECK(voiceFor("sv") == "sv");
    CHECK(voiceFor("nb") == "nb");
    CHECK(voiceFor("fi") == "fi");
    CHECK(voiceFor("en") == "en");
    CHECK(voiceFor("ar") == "ar");
    CHECK(voiceFor("fa-AF") == "fa");
    CHECK(voiceFor("uk") == "uk");
    CHECK_FALSE(voiceFor("ti"));
    CHECK_FALSE(voiceFor("so"));
    CHECK_FALSE(voiceFor(""));
}

TEST_CASE("Swedish and Arabic text become speech of a plausible length, and a long feedback "
          "takes longer to say than a prompt")
{
    SpeechSynth& synth = shared();
    REQUIRE(synth.usable());

    const std::string prompt = "Välj rätt ord.";
    const std::string longFeedback =
        "Nästan rätt. Du skrev ett ord med fel bokstav: det heter sjukanmälan, inte "
        "sjukanmalan. Tänk på att å, ä och ö är egna bokstäver i svenskan och att de ändrar "
        "ordets betydelse. Lyssna på meningen igen och försök en gång till.";
    auto start = std::chrono::steady_clock::now();
    const Speech swedish = waitFor(synth.synthesize(prompt, "sv"));
    const double firstMs = millisecondsSince(start);
    REQUIRE(swedish.audio);
    CHECK(synth.started());
    const AudioAnalysis heard = analyseAudio(*swedish.audio);
    CHECK_FALSE(heard.silent);
    CHECK(swedish.audio->seconds() > 0.5);
    CHECK(swedish.audio->seconds() < 4.0);

    start = std::chrono::steady_clock::now();
    const Speech again = waitFor(synth.synthesize("Lyssna och svara.", "sv"));
    const double promptMs = millisecondsSince(start);
    start = std::chrono::steady_clock::now();
    const Speech longer = waitFor(synth.synthesize(longFeedback, "sv"));
    const double longMs = millisecondsSince(start);
    REQUIRE(longer.audio);
    CHECK(longer.audio->seconds() > 8.0);
    CHECK(longer.audio->seconds() < 40.0);
    std::cout << "speech: first text (espeak start included) " << firstMs << " ms, prompt "
              << promptMs << " ms, long feedback (" << longer.audio->seconds() << " s) " << longMs
              << " ms\n";

    const Speech arabic = waitFor(synth.synthesize("اختر الكلمة الصحيحة.", "ar"));
    REQUIRE(arabic.audio);
    CHECK_FALSE(analyseAudio(*arabic.audio).silent);
    CHECK(arabic.audio->seconds() > 0.5);
    CHECK(arabic.audio->seconds() < 5.0);
}

TEST_CASE("the same text asked for again comes from the kept speech at once")
{
    SpeechSynth& synth = shared();
    const auto first = synth.synthesize("Bra gjort!", "sv");
    const Speech spoken = waitFor(first);
    REQUIRE(spoken.audio);
    const auto second = synth.synthesize("Bra gjort!", "sv");
    CHECK(second.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
    CHECK(second.get().audio == spoken.audio);
}

TEST_CASE("a voice espeak does not have gives an error, not a crash")
{
    SpeechSynth& synth = shared();
    const Speech none = waitFor(synth.synthesize("ሰላም", "ti"));
    CHECK_FALSE(none.audio);
    CHECK(none.error.find("no voice") != std::string::npos);
    // The next text still speaks.
    CHECK(waitFor(synth.synthesize("Hej", "sv")).audio);
}

TEST_CASE("without espeak-ng data the synthesiser is not usable and says why")
{
    SpeechSynth synth("/nonexistent/kompis-no-espeak");
    CHECK_FALSE(synth.usable());
    CHECK(synth.problem().find("espeak-ng-data") != std::string::npos);
    const Speech refused = waitFor(synth.synthesize("Hej", "sv"));
    CHECK_FALSE(refused.audio);
    CHECK_FALSE(synth.started());
}

TEST_CASE("espeak has one owner per process: a second synthesiser is refused while the first "
          "lives, and espeak starts only on the first text")
{
    SpeechSynth& first = shared();
    const bool startedBefore = first.started(); // other cases in this process may have spoken
    SpeechSynth second;
    CHECK(first.usable());
    CHECK_FALSE(second.usable());
    CHECK_FALSE(waitFor(second.synthesize("Hej", "sv")).audio);
    if (!startedBefore)
    {
        CHECK_FALSE(first.started()); // making the owner started nothing
        CHECK(waitFor(first.synthesize("Hej", "sv")).audio);
        CHECK(first.started());
    }
}
