#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kompis::core
{

/// Decoded audio: interleaved signed 16-bit samples.
struct PcmAudio
{
    std::vector<std::int16_t> samples;
    unsigned sampleRate = 0;
    unsigned channels = 0;

    [[nodiscard]] std::size_t frames() const { return channels ? samples.size() / channels : 0; }
    [[nodiscard]] double seconds() const
    {
        return sampleRate ? double(frames()) / sampleRate : 0.0;
    }
};

/// The outcome of decoding: audio, or an error a person can act on (never a crash).
struct DecodeResult
{
    std::optional<PcmAudio> audio;
    std::string error;
    std::string
        format; ///< e.g. "Ogg Vorbis", "WAV", "MP3", as libsndfile names the container/codec
};

/// Decodes every format the system's libsndfile reads (WAV, FLAC, Ogg Vorbis, Ogg Opus, MP3)
/// from memory; `name` is used only in messages.
DecodeResult decodeAudio(const std::string& bytes, const std::string& name);
DecodeResult decodeAudioFile(const std::string& path);

/// A clip's length without its samples, for tools that time many clips (`kompis-author info`).
struct AudioProbe
{
    std::optional<double> seconds; ///< nullopt when the clip cannot be used; `error` says why
    std::string error;
};

/// The length from the header when the header knows it exactly (WAV, FLAC; Ogg Vorbis and Opus
/// from the last page's granule position), so nothing is decoded; MP3 (whose header holds an
/// estimate) and headers without a length are decoded as decodeAudio does. Refuses what
/// decodeAudio refuses before decoding (not audio, odd channels or rate, over 10 minutes), but
/// not damage inside the audio data: that only decoding finds (`kompis-author validate`).
AudioProbe probeAudio(const std::string& bytes, const std::string& name);

/// Measurements an author and the validator care about.
struct AudioAnalysis
{
    double seconds = 0;
    double peak = 0;            ///< 0…1 of full scale
    double rms = 0;             ///< 0…1 of full scale
    double leadingSilence = 0;  ///< seconds below the silence threshold at the start
    double trailingSilence = 0; ///< and at the end
    std::size_t clippedSamples = 0;
    bool silent = false;  ///< nothing above the threshold at all
    bool clipped = false; ///< enough samples at full scale to be audible distortion
};

/// Silence is anything quieter than this (about -48 dBFS): espeak-ng and microphone noise
/// floors sit well below it, speech well above.
inline constexpr double kSilenceThreshold = 0.004;

AudioAnalysis analyseAudio(const PcmAudio& audio);

/// Containers the authoring tool writes clips in.
enum class AudioFileFormat
{
    OggVorbis,
    OggOpus,
    Flac,
    Wav,
};

/// Writes `audio` to `path`; returns "" or an error a person can act on.
std::string encodeAudioFile(const std::string& path, const PcmAudio& audio, AudioFileFormat format,
                            double quality = 0.4);

} // namespace kompis::core
