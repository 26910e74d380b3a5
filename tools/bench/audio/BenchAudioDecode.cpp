// Audio decode speed: how many seconds of audio the core decodes per second, per format.
// The player decodes a clip when a step shows it, so this bounds the wait before sound.
#include "BenchReport.hpp"
#include "core/audio/AudioClip.hpp"

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <unistd.h>

using namespace kompis::core;

namespace
{

/// Ten seconds of a voice-like signal: a gliding tone with syllable-rate loudness changes.
PcmAudio voiceLike(unsigned rate)
{
    PcmAudio audio;
    audio.sampleRate = rate;
    audio.channels = 1;
    const std::size_t frames = 10 * rate;
    double phase = 0;
    for (std::size_t i = 0; i < frames; ++i)
    {
        const double t = double(i) / rate;
        phase +=
            2 * 3.14159265358979 * (140 + 40 * std::sin(2 * 3.14159265358979 * 0.7 * t)) / rate;
        const double envelope = 0.5 + 0.5 * std::sin(2 * 3.14159265358979 * 4 * t);
        audio.samples.push_back(static_cast<std::int16_t>(9000 * envelope * std::sin(phase)));
    }
    return audio;
}

} // namespace

int main()
{
    const auto dir = std::filesystem::temp_directory_path() /
                     ("kompis-bench-audio-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    struct Format
    {
        const char* name;
        AudioFileFormat format;
        const char* extension;
        unsigned rate;
    };
    const Format formats[] = {{"Ogg Vorbis", AudioFileFormat::OggVorbis, "ogg", 22050},
                              {"Ogg Opus", AudioFileFormat::OggOpus, "opus", 48000},
                              {"FLAC", AudioFileFormat::Flac, "flac", 22050},
                              {"WAV", AudioFileFormat::Wav, "wav", 22050}};
    std::printf("Audio decoding (10 s voice-like clip, mono)\n");
    for (const auto& format : formats)
    {
        const auto path = dir / (std::string("clip.") + format.extension);
        if (const auto error =
                encodeAudioFile(path.string(), voiceLike(format.rate), format.format);
            !error.empty())
        {
            std::printf("  %s: %s\n", format.name, error.c_str());
            continue;
        }
        std::ifstream in(path, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)),
                                std::istreambuf_iterator<char>());
        const int rounds = 20;
        double audioSeconds = 0;
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < rounds; ++i)
            if (const auto result = decodeAudio(bytes, path.string()); result.audio)
                audioSeconds += result.audio->seconds();
        const double wall =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        kompis::bench::reportFigure("audio", std::string(format.name) + " decode speed",
                                    audioSeconds / wall, "x realtime");
        kompis::bench::reportFigure("audio",
                                    std::string(format.name) + " decode of a 3 s word clip",
                                    1000.0 * wall / audioSeconds * 3.0, "ms");
    }
    std::filesystem::remove_all(dir);
    return 0;
}
