// Audio decode speed: seconds of audio the core decodes per second of CPU time, per format.
// The player decodes a clip when a step shows it, so this bounds the wait before sound.
// CPU time, not wall time: the machine is shared, and wall time would measure the neighbours.
#include "BenchReport.hpp"
#include "core/audio/AudioClip.hpp"
#include "core/audio/TimeStretch.hpp"

#include <cmath>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <sndfile.h>
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

/// encodeAudioFile offers no MP3 (courses ship Ogg), but learners' teachers do bring MP3s.
std::string writeMp3(const std::filesystem::path& path, const PcmAudio& audio)
{
    SF_INFO info{};
    info.samplerate = static_cast<int>(audio.sampleRate);
    info.channels = static_cast<int>(audio.channels);
    info.format = SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III;
    if (!sf_format_check(&info))
        return "this libsndfile cannot write MP3";
    SNDFILE* file = sf_open(path.string().c_str(), SFM_WRITE, &info);
    if (!file)
        return sf_strerror(nullptr);
    sf_writef_short(file, audio.samples.data(), static_cast<sf_count_t>(audio.frames()));
    sf_close(file);
    return {};
}

double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) * 1e-9;
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
        std::optional<AudioFileFormat> format; // none: MP3, written with libsndfile directly
        const char* extension;
        unsigned rate;
    };
    const Format formats[] = {{"Ogg Vorbis", AudioFileFormat::OggVorbis, "ogg", 22050},
                              {"Ogg Opus", AudioFileFormat::OggOpus, "opus", 48000},
                              {"MP3", std::nullopt, "mp3", 22050},
                              {"FLAC", AudioFileFormat::Flac, "flac", 22050},
                              {"WAV", AudioFileFormat::Wav, "wav", 22050}};
    std::printf("Audio decoding (10 s voice-like clip, mono; CPU time)\n");
    for (const auto& format : formats)
    {
        const auto path = dir / (std::string("clip.") + format.extension);
        const auto clip = voiceLike(format.rate);
        if (const auto error = format.format ? encodeAudioFile(path.string(), clip, *format.format)
                                             : writeMp3(path, clip);
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
        const double start = cpuSeconds();
        for (int i = 0; i < rounds; ++i)
            if (const auto result = decodeAudio(bytes, path.string()); result.audio)
                audioSeconds += result.audio->seconds();
        const double cpu = cpuSeconds() - start;
        if (audioSeconds == 0)
        {
            std::printf("  %s: the clip did not decode\n", format.name);
            continue;
        }
        kompis::bench::reportFigure("audio", std::string(format.name) + " decode speed",
                                    audioSeconds / cpu, "s audio / s CPU");
        kompis::bench::reportFigure("audio",
                                    std::string(format.name) + " decode of a 3 s word clip",
                                    1000.0 * cpu / audioSeconds * 3.0, "ms CPU");
    }
    // "Slower" makes a tempo-changed copy the first time it is pressed: that copy is the wait.
    {
        const auto clip = voiceLike(22050);
        const int rounds = 5;
        const double start = cpuSeconds();
        double audioSeconds = 0;
        for (int i = 0; i < rounds; ++i)
            audioSeconds += changeTempo(clip, 0.75).seconds() * 0.75;
        const double cpu = cpuSeconds() - start;
        kompis::bench::reportFigure("audio", "slower (0.75x, same pitch) of a 3 s clip",
                                    1000.0 * cpu / audioSeconds * 3.0, "ms CPU");
    }
    std::filesystem::remove_all(dir);
    return 0;
}
