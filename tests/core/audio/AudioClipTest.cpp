// Clips are made at test time in every format, then decoded, analysed, cut and corrupted.
#include "core/audio/AudioClip.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sndfile.h>

using namespace kompis::core;

namespace
{

constexpr double kPi = 3.14159265358979323846;

/// `silenceBefore` s of silence, `toneSeconds` s of a 440 Hz tone at `level`, `silenceAfter` s.
PcmAudio tone(unsigned rate, unsigned channels, double silenceBefore, double toneSeconds,
              double silenceAfter, double level = 0.5)
{
    PcmAudio audio;
    audio.sampleRate = rate;
    audio.channels = channels;
    const auto frames = [&](double s) { return static_cast<std::size_t>(s * rate); };
    for (std::size_t i = 0; i < frames(silenceBefore); ++i)
        audio.samples.insert(audio.samples.end(), channels, 0);
    for (std::size_t i = 0; i < frames(toneSeconds); ++i)
    {
        const auto value = static_cast<std::int16_t>(
            std::lround(level * 32767.0 * std::sin(2 * kPi * 440.0 * double(i) / rate)));
        audio.samples.insert(audio.samples.end(), channels, value);
    }
    for (std::size_t i = 0; i < frames(silenceAfter); ++i)
        audio.samples.insert(audio.samples.end(), channels, 0);
    return audio;
}

std::filesystem::path scratch(const std::string& name)
{
    // One folder per process (ctest runs each test case in its own), removed at exit.
    struct Folder
    {
        std::filesystem::path path = std::filesystem::temp_directory_path() /
                                     ("kompis-audio-test-" + std::to_string(::getpid()));
        Folder() { std::filesystem::create_directories(path); }
        ~Folder()
        {
            std::error_code ignored;
            std::filesystem::remove_all(path, ignored);
        }
    };
    static const Folder folder;
    const auto& dir = folder.path;
    return dir / name;
}

std::string slurp(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct FormatCase
{
    const char* name;
    AudioFileFormat format;
    const char* extension;
    unsigned rate;
    const char* reported;
};

const FormatCase kFormats[] = {
    {"WAV", AudioFileFormat::Wav, "wav", 22050, "WAV"},
    {"FLAC", AudioFileFormat::Flac, "flac", 44100, "FLAC"},
    {"Ogg Vorbis", AudioFileFormat::OggVorbis, "ogg", 22050, "Ogg Vorbis"},
    {"Ogg Opus", AudioFileFormat::OggOpus, "opus", 48000, "Ogg Opus"},
};

/// The test clip (0.25 s silence, 1 s tone, 0.5 s silence) written as `stem` in `format`.
std::filesystem::path toneFile(const FormatCase& format, const std::string& stem)
{
    const auto path = scratch(stem + "." + format.extension);
    REQUIRE(encodeAudioFile(path.string(), tone(format.rate, 1, 0.25, 1.0, 0.5), format.format)
                .empty());
    return path;
}

bool libsndfileWritesMp3()
{
    SF_INFO info{};
    info.samplerate = 44100;
    info.channels = 1;
    info.format = SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III;
    return sf_format_check(&info) == SF_TRUE;
}

/// encodeAudioFile does not offer MP3 (course clips are Ogg); tests write it with libsndfile.
bool writeMp3(const std::filesystem::path& path, const PcmAudio& audio)
{
    SF_INFO info{};
    info.samplerate = static_cast<int>(audio.sampleRate);
    info.channels = static_cast<int>(audio.channels);
    info.format = SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III;
    SNDFILE* file = sf_open(path.string().c_str(), SFM_WRITE, &info);
    if (!file)
        return false;
    const auto frames = static_cast<sf_count_t>(audio.frames());
    const bool written = sf_writef_short(file, audio.samples.data(), frames) == frames;
    return sf_close(file) == 0 && written;
}

/// Deterministic noise, so a failure can be reproduced.
std::string noise(std::size_t size, unsigned seed)
{
    std::string bytes(size, '\0');
    for (auto& byte : bytes)
    {
        seed = seed * 1103515245u + 12345u;
        byte = static_cast<char>(seed >> 16);
    }
    return bytes;
}

} // namespace

TEST_CASE("clips in WAV, FLAC, Ogg Vorbis and Opus decode with their rate, channels and length",
          "[audio]")
{
    for (const auto& format : kFormats)
        DYNAMIC_SECTION(format.name)
        {
            const auto path = toneFile(format, "clip");
            const auto result = decodeAudioFile(path.string());
            INFO(result.error);
            REQUIRE(result.audio);
            CHECK(result.format == format.reported);
            CHECK(result.audio->channels == 1);
            CHECK(result.audio->sampleRate == format.rate);
            CHECK(result.audio->seconds() == Approx(1.75).margin(0.08));
            // Lossy codecs smear the edges a little; the levels must survive.
            const auto analysis = analyseAudio(*result.audio);
            CHECK(analysis.peak == Approx(0.5).margin(0.05));
            CHECK(analysis.rms ==
                  Approx(0.5 / std::sqrt(2.0) * std::sqrt(1.0 / 1.75)).margin(0.02));
            CHECK(analysis.leadingSilence == Approx(0.25).margin(0.03));
            CHECK(analysis.trailingSilence == Approx(0.5).margin(0.05));
            CHECK_FALSE(analysis.clipped);
        }
}

TEST_CASE("a stereo clip keeps both channels interleaved", "[audio]")
{
    const auto path = scratch("stereo.flac");
    REQUIRE(
        encodeAudioFile(path.string(), tone(16000, 2, 0, 0.5, 0), AudioFileFormat::Flac).empty());
    const auto result = decodeAudioFile(path.string());
    REQUIRE(result.audio);
    CHECK(result.audio->channels == 2);
    CHECK(result.audio->frames() == 8000);
    CHECK(result.audio->samples[200] == result.audio->samples[201]);
}

TEST_CASE("MP3 decodes when libsndfile can write one to test with", "[audio]")
{
    if (!libsndfileWritesMp3())
    {
        WARN("this libsndfile cannot encode MP3; decoding is covered by the garbage-file cases "
             "only");
        return;
    }
    const auto path = scratch("clip.mp3");
    REQUIRE(writeMp3(path, tone(44100, 1, 0.1, 1.0, 0.1)));
    const auto result = decodeAudioFile(path.string());
    INFO(result.error);
    REQUIRE(result.audio);
    CHECK(result.format == "MP3");
    CHECK(result.audio->sampleRate == 44100);
    CHECK(result.audio->channels == 1);
    // MP3 adds encoder delay and padding, so the length is only close.
    CHECK(result.audio->seconds() == Approx(1.2).margin(0.1));
    const auto analysis = analyseAudio(*result.audio);
    CHECK(analysis.peak == Approx(0.5).margin(0.05));
    CHECK(analysis.leadingSilence == Approx(0.1).margin(0.06));
}

TEST_CASE("analysis measures peak, RMS and the silence at both ends", "[audio]")
{
    const auto audio = tone(22050, 1, 0.5, 1.0, 0.25, 0.5);
    const auto analysis = analyseAudio(audio);
    CHECK(analysis.seconds == Approx(1.75).margin(0.001));
    CHECK(analysis.peak == Approx(0.5).margin(0.01));
    // A sine at amplitude A has RMS A/√2; one second of tone in 1.75 s of clip.
    CHECK(analysis.rms == Approx(0.5 / std::sqrt(2.0) * std::sqrt(1.0 / 1.75)).margin(0.005));
    CHECK(analysis.leadingSilence == Approx(0.5).margin(0.002));
    CHECK(analysis.trailingSilence == Approx(0.25).margin(0.002));
    CHECK_FALSE(analysis.silent);
    CHECK_FALSE(analysis.clipped);
}

TEST_CASE("analysis flags a silent clip and a clipped one", "[audio]")
{
    const auto quiet = analyseAudio(tone(16000, 1, 1.0, 0, 0));
    CHECK(quiet.silent);
    CHECK(quiet.peak == 0);

    // A recording driven past full scale: the tops of the wave are cut flat.
    auto overdriven = tone(16000, 1, 0, 1.0, 0, 1.0);
    for (auto& sample : overdriven.samples)
        if (std::abs(sample) > 20000)
            sample = sample > 0 ? 32767 : -32767;
    const auto analysis = analyseAudio(overdriven);
    CHECK(analysis.clipped);
    CHECK(analysis.clippedSamples > 1000);
    CHECK(analysis.peak == Approx(1.0).margin(0.001));
}

TEST_CASE("a truncated clip decodes what is there or says it is damaged, never crashes", "[audio]")
{
    std::vector<std::pair<std::string, std::string>> clips; // name, whole file
    for (const auto& format : kFormats)
    {
        const auto path = scratch(std::string("whole.") + format.extension);
        REQUIRE(encodeAudioFile(path.string(), tone(format.rate, 1, 0.1, 1.0, 0.1), format.format)
                    .empty());
        clips.emplace_back(format.name, slurp(path));
    }
    if (libsndfileWritesMp3())
    {
        const auto path = scratch("whole.mp3");
        REQUIRE(writeMp3(path, tone(44100, 1, 0.1, 1.0, 0.1)));
        clips.emplace_back("MP3", slurp(path));
    }
    for (const auto& [name, bytes] : clips)
    {
        for (const double fraction : {0.0, 0.01, 0.05, 0.3, 0.5, 0.9, 0.999})
            DYNAMIC_SECTION(name << " cut at " << fraction)
            {
                const auto cut =
                    bytes.substr(0, static_cast<std::size_t>(double(bytes.size()) * fraction));
                const auto result = decodeAudio(cut, "media/cut");
                if (result.audio)
                    CHECK(result.audio->seconds() <= 1.3);
                else
                    CHECK(result.error.starts_with("media/cut: "));
            }
    }
}

TEST_CASE("garbage, empty and mislabelled files give a clear error", "[audio]")
{
    auto result = decodeAudio("", "media/empty.ogg");
    CHECK_FALSE(result.audio);
    CHECK(result.error == "media/empty.ogg: the file is empty; replace it with a recording (Ogg, "
                          "Opus, FLAC, WAV or MP3)");

    result = decodeAudio(std::string(5000, '\x55'), "media/noise.mp3");
    CHECK_FALSE(result.audio);
    CHECK(result.error.find("media/noise.mp3") == 0);

    result = decodeAudio("<?xml version=\"1.0\"?><lesson/>", "media/clip.wav");
    CHECK_FALSE(result.audio);
    CHECK(result.error.find("not an audio file") != std::string::npos);

    std::string png = "\x89PNG\r\n\x1a\n";
    png += std::string(200, '\0');
    CHECK_FALSE(decodeAudio(png, "media/picture.ogg").audio);

    CHECK_FALSE(decodeAudioFile("/nonexistent/kompis/clip.ogg").audio);
}

TEST_CASE("the error for an unreadable file names the file and says libsndfile cannot read it",
          "[audio]")
{
    const auto result = decodeAudio("this is a text file, not a recording", "media/x.ogg");
    CHECK_FALSE(result.audio);
    CHECK(result.error.starts_with("media/x.ogg: not an audio file libsndfile can read ("));
}

TEST_CASE("noise behind a real container signature gives an error or sound, never a crash",
          "[audio]")
{
    // Each parser is reached by its magic bytes, then fed nonsense.
    const std::pair<const char*, std::string> signatures[] = {
        {"media/noise.mp3", "ID3\x04\0\0\0\0\0\x10"},
        {"media/frames.mp3", "\xff\xfb\x90\x64"},
        {"media/noise.ogg", std::string("OggS\0\x02", 6)},
        {"media/noise.flac", "fLaC"},
        {"media/noise.wav", std::string("RIFF\xff\xff\xff\x7fWAVEfmt \x10\0\0\0", 20)},
    };
    for (const auto& [name, magic] : signatures)
        for (unsigned seed = 1; seed <= 8; ++seed)
            DYNAMIC_SECTION(name << " seed " << seed)
            {
                const auto result = decodeAudio(magic + noise(3000 * seed, seed), name);
                if (result.audio)
                    CHECK(result.audio->seconds() < 600);
                else
                    CHECK(result.error.starts_with(std::string(name) + ": "));
            }
}

TEST_CASE("a clip longer than ten minutes is refused with a sentence saying so", "[audio]")
{
    const auto path = scratch("long.wav");
    PcmAudio audio;
    audio.sampleRate = 4000;
    audio.channels = 1;
    audio.samples.assign(601 * 4000, 100);
    REQUIRE(encodeAudioFile(path.string(), audio, AudioFileFormat::Wav).empty());
    const auto result = decodeAudioFile(path.string());
    CHECK_FALSE(result.audio);
    CHECK(result.error.find("longer than 10 minutes") != std::string::npos);
}

TEST_CASE("sound below the documented silence threshold counts as silence", "[audio]")
{
    // A hiss just under kSilenceThreshold, then a tone just above it.
    const double below = kSilenceThreshold * 0.8;
    const double above = kSilenceThreshold * 1.5;
    auto audio = tone(16000, 1, 0, 0.5, 0, below);
    const auto louder = tone(16000, 1, 0, 0.5, 0, above);
    audio.samples.insert(audio.samples.end(), louder.samples.begin(), louder.samples.end());
    const auto analysis = analyseAudio(audio);
    CHECK_FALSE(analysis.silent);
    CHECK(analysis.leadingSilence == Approx(0.5).margin(0.01));
    CHECK(analyseAudio(tone(16000, 1, 0, 0.5, 0, below)).silent);
}

TEST_CASE("an encoded clip keeps its levels through a lossy round trip", "[audio]")
{
    const auto path = scratch("levels.ogg");
    const auto original = tone(22050, 1, 0.3, 1.0, 0.3, 0.5);
    REQUIRE(encodeAudioFile(path.string(), original, AudioFileFormat::OggVorbis).empty());
    const auto result = decodeAudioFile(path.string());
    REQUIRE(result.audio);
    const auto before = analyseAudio(original);
    const auto after = analyseAudio(*result.audio);
    CHECK(after.peak == Approx(before.peak).margin(0.05));
    CHECK(after.rms == Approx(before.rms).margin(0.02));
    CHECK(after.leadingSilence == Approx(0.3).margin(0.03));
    CHECK(after.trailingSilence == Approx(0.3).margin(0.03));
}

TEST_CASE("encoding refuses audio with no channels and says why", "[audio]")
{
    PcmAudio empty;
    const auto error = encodeAudioFile(scratch("none.wav").string(), empty, AudioFileFormat::Wav);
    CHECK(error.find("none.wav") != std::string::npos);
}

TEST_CASE("a WAV header claiming absurd channels or rates is refused", "[audio]")
{
    const auto path = scratch("header.wav");
    REQUIRE(
        encodeAudioFile(path.string(), tone(16000, 1, 0, 0.2, 0), AudioFileFormat::Wav).empty());
    auto bytes = slurp(path);
    bytes[22] = 60; // channels, little-endian at offset 22 of a canonical WAV header
    const auto result = decodeAudio(bytes, "media/odd.wav");
    CHECK_FALSE(result.audio);
    CHECK_FALSE(result.error.empty());
}

TEST_CASE("probing a clip gives the length decoding gives, and refuses what decoding refuses",
          "[audio][probe]")
{
    for (const auto& format : kFormats)
        DYNAMIC_SECTION(format.name)
        {
            const auto bytes = slurp(toneFile(format, "probe"));
            const auto probe = probeAudio(bytes, "media/probe");
            const auto decoded = decodeAudio(bytes, "media/probe");
            INFO(probe.error);
            REQUIRE(probe.seconds);
            REQUIRE(decoded.audio);
            CHECK(*probe.seconds == decoded.audio->seconds());
        }
    // The bundled example course: every clip, header against decoding, to the sample.
    for (const auto& entry : std::filesystem::directory_iterator(
             std::filesystem::path(KOMPIS_COURSES_DIR) / "example" / "media"))
        if (entry.path().extension() == ".ogg")
        {
            const auto bytes = slurp(entry.path());
            INFO(entry.path());
            const auto decoded = decodeAudio(bytes, "clip");
            REQUIRE(decoded.audio);
            CHECK(probeAudio(bytes, "clip").seconds == decoded.audio->seconds());
        }
    CHECK(probeAudio("", "media/empty.ogg").error == decodeAudio("", "media/empty.ogg").error);
    CHECK_FALSE(probeAudio("not audio at all", "media/x.ogg").seconds);
}
