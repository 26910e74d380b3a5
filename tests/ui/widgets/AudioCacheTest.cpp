// Issue 15: the player's decoded clips stay within a budget (three 10-minute clips used to keep
// 2.2 GB for the rest of the session).
#include "core/audio/AudioClip.hpp"
#include "ui/AudioPlayer.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace kompis;

namespace
{
/// A WAV file's bytes: `seconds` of a tone at `hz`, mono 22.05 kHz.
std::string toneWav(double seconds, double hz)
{
    core::PcmAudio pcm;
    pcm.sampleRate = 22050;
    pcm.channels = 1;
    for (int i = 0; i < int(seconds * pcm.sampleRate); ++i)
        pcm.samples.push_back(
            std::int16_t(8000 * std::sin(2 * M_PI * hz * i / double(pcm.sampleRate))));
    const fs::path file =
        fs::temp_directory_path() / ("kompis-tone-" + std::to_string(::getpid()) + ".wav");
    REQUIRE(core::encodeAudioFile(file.string(), pcm, core::AudioFileFormat::Wav).empty());
    std::ifstream in(file, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    fs::remove(file);
    return bytes.str();
}
} // namespace

TEST_CASE("the audio player keeps decoded clips within its budget however many are played")
{
    ::setenv("ALSOFT_DRIVERS", "null", 0);
    const std::size_t clipBytes = 3 * 22050 * sizeof(std::int16_t); // one 3 s clip decoded
    ui::AudioPlayer player(2 * clipBytes + clipBytes / 2);
    if (!player.available())
    {
        WARN("no audio device, not even OpenAL's null driver");
        return;
    }
    for (int i = 0; i < 6; ++i)
    {
        REQUIRE(player.play("clip-" + std::to_string(i), toneWav(3, 300 + 50 * i)).empty());
        CHECK(player.cachedBytes() <= 2 * clipBytes + clipBytes / 2);
    }
    // The slow copy is a clip of its own and counts against the same budget.
    REQUIRE(player.play("clip-5", toneWav(3, 550), 0.75f).empty());
    CHECK(player.cachedBytes() <= 2 * clipBytes + clipBytes / 2);
    CHECK(player.cachedBytes() >= clipBytes);
    player.stop();
}
