// A speaking exercise with a real capture path: SFML's recorder, OpenAL Soft and ALSA, fed by
// ALSA's file plugin from a recorded voice (a machine without a sound card has no microphone,
// and a PulseAudio daemon cannot run as root in CI). The plugin delivers faster than real time,
// like a faulty device, so a take also meets the recorder's length limit here.
#include "core/audio/AudioClip.hpp"
#include "ui/e2e/E2eSandbox.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>
#include <fstream>

using kompis::test::e2e::attemptsIn;
using kompis::test::e2e::Sandbox;
namespace fs = std::filesystem;

namespace
{

/// A voice-like signal: a 180 Hz tone that rises and falls like syllables, 16-bit mono.
void writeVoice(const fs::path& file, int sampleRate, int seconds)
{
    std::ofstream out(file, std::ios::binary);
    const double pi = std::acos(-1.0);
    for (int i = 0; i < sampleRate * seconds; ++i)
    {
        const double t = double(i) / sampleRate;
        const double syllables = 0.5 + 0.5 * std::sin(2 * pi * 3 * t);
        const auto sample =
            static_cast<std::int16_t>(9000 * syllables * std::sin(2 * pi * 180 * t));
        out.put(char(sample & 0xFF));
        out.put(char((sample >> 8) & 0xFF));
    }
}

/// HOME and OpenAL Soft's configuration for the players a test starts: ALSA's `kompis_mic`
/// reads `voice.raw` in the sandbox, playback goes to ALSA's null device.
struct FileMicrophone
{
    std::string oldHome;
    explicit FileMicrophone(const fs::path& dir)
    {
        writeVoice(dir / "voice.raw", 16000, 120);
        std::ofstream(dir / ".asoundrc")
            << "pcm.kompis_mic {\n  type file\n  slave.pcm \"null\"\n"
            << "  file \"/dev/null\"\n  infile \"" << (dir / "voice.raw").string()
            << "\"\n  format \"raw\"\n}\n";
        std::ofstream(dir / "alsoft.conf") << "[alsa]\ndevice = null\ncapture = kompis_mic\n";
        if (const char* home = std::getenv("HOME"))
            oldHome = home;
        ::setenv("HOME", dir.c_str(), 1);
        ::setenv("ALSOFT_CONF", (dir / "alsoft.conf").c_str(), 1);
    }
    ~FileMicrophone()
    {
        ::setenv("HOME", oldHome.c_str(), 1);
        ::unsetenv("ALSOFT_CONF");
    }
};

constexpr const char* kToSpeakingItem = R"(expect-screen profiles
click new-learner
type Ali
click ui-en
click create
expect-screen library
click course-example
expect-screen course-map
click lesson-sick
expect-screen lesson/sick-intro
click next
expect-screen lesson/sick-q1
click option-1
click check
click next
expect-screen lesson/sick-q2
)";

} // namespace

TEST_CASE("a learner records an answer, hears it, rates it, and the take is kept in their own "
          "recordings, never longer than the recorder's limit")
{
    Sandbox box("microphone");
    FileMicrophone microphone(box.dir);
    const std::string script = std::string(kToSpeakingItem) + R"(click record
wait-text The recording stopped by itself after 90 seconds
expect-text Play your recording
screenshot recorded.png
click play-own
click rate-good
click check
quit
)";
    const int status = box.run("speak", script, "", "alsa");
    INFO(box.errors("speak"));
    REQUIRE(status == 0);

    fs::path take;
    for (const auto& entry : fs::recursive_directory_iterator(box.dir / "recordings"))
        if (entry.path().filename() == "sick-q2.ogg")
            take = entry.path();
    REQUIRE_FALSE(take.empty());
    // Only the learner's account can open their recordings.
    CHECK((fs::status(take.parent_path()).permissions() & fs::perms::group_all) == fs::perms::none);
    const auto decoded = kompis::core::decodeAudioFile(take.string());
    REQUIRE(decoded.audio);
    const auto analysis = kompis::core::analyseAudio(*decoded.audio);
    CHECK_FALSE(analysis.silent);
    CHECK(analysis.seconds > 80);
    CHECK(analysis.seconds <= 90.5);

    const auto rows = attemptsIn(box.store());
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].attempt.itemId == "sick-q2");
}
