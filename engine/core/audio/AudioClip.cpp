#include "core/audio/AudioClip.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>
#include <memory>
#include <sndfile.h>

namespace kompis::core
{

namespace
{

// Course clips are words and short dialogues; anything far longer is a mistake or an attack.
constexpr double kMaxSeconds = 10 * 60;
constexpr int kMaxChannels = 8;
// Ten minutes of 48 kHz stereo (about 110 MB as int16): caps memory whatever the header claims.
constexpr std::size_t kMaxSamples = static_cast<std::size_t>(kMaxSeconds) * 48000 * 2;
constexpr int kMinRate = 4000;
constexpr int kMaxRate = 192000;

/// libsndfile reads from this instead of a file, so packed .kompis entries decode from memory.
struct MemoryReader
{
    const std::string& bytes;
    sf_count_t position = 0;
};

sf_count_t memoryLength(void* user)
{
    return static_cast<sf_count_t>(static_cast<MemoryReader*>(user)->bytes.size());
}

sf_count_t memorySeek(sf_count_t offset, int whence, void* user)
{
    auto& reader = *static_cast<MemoryReader*>(user);
    const auto size = static_cast<sf_count_t>(reader.bytes.size());
    sf_count_t target = offset;
    if (whence == SEEK_CUR)
        target = reader.position + offset;
    else if (whence == SEEK_END)
        target = size + offset;
    reader.position = std::clamp<sf_count_t>(target, 0, size);
    return reader.position;
}

sf_count_t memoryRead(void* destination, sf_count_t count, void* user)
{
    auto& reader = *static_cast<MemoryReader*>(user);
    const auto size = static_cast<sf_count_t>(reader.bytes.size());
    const auto available = std::max<sf_count_t>(0, std::min(count, size - reader.position));
    std::memcpy(destination, reader.bytes.data() + reader.position,
                static_cast<std::size_t>(available));
    reader.position += available;
    return available;
}

sf_count_t memoryWrite(const void*, sf_count_t, void*)
{
    return 0;
}

sf_count_t memoryTell(void* user)
{
    return static_cast<MemoryReader*>(user)->position;
}

struct SndfileCloser
{
    void operator()(SNDFILE* file) const { sf_close(file); }
};
using SndfileHandle = std::unique_ptr<SNDFILE, SndfileCloser>;

std::string formatName(int format)
{
    SF_FORMAT_INFO info{};
    info.format = format & SF_FORMAT_TYPEMASK;
    std::string container =
        sf_command(nullptr, SFC_GET_FORMAT_INFO, &info, sizeof info) == 0 && info.name ? info.name
                                                                                       : "audio";
    const int codec = format & SF_FORMAT_SUBMASK;
    if ((format & SF_FORMAT_TYPEMASK) == SF_FORMAT_OGG)
        return codec == SF_FORMAT_OPUS ? "Ogg Opus" : "Ogg Vorbis";
    if ((format & SF_FORMAT_TYPEMASK) == SF_FORMAT_MPEG)
        return "MP3";
    if (container.find("WAV") != std::string::npos)
        return "WAV";
    // "FLAC (Free Lossless Audio Codec)" → "FLAC"
    return container.substr(0, container.find(" ("));
}

/// libsndfile maps 16-bit PCM to float as s / 32768, so this gives PCM sources back exactly.
std::int16_t toInt16(float sample)
{
    if (std::isnan(sample)) // damaged data can decode to NaN; lrint of NaN is unspecified
        return 0;
    const double scaled = std::clamp(double(sample) * 32768.0, -32768.0, 32767.0);
    return static_cast<std::int16_t>(std::lrint(scaled));
}

/// A clip opened and its header checked as every reader must; `file` is null and `error` set
/// when it is refused.
struct OpenedClip
{
    SF_INFO info{};
    SndfileHandle file;
    std::string format;
    std::string error;
    std::size_t maxSamples = 0; ///< interleaved samples beyond which it is too long
    bool lengthIsEstimate = false;
};

std::string tooLongMessage(const std::string& name)
{
    return name + ": the clip is longer than 10 minutes (or too large to hold in memory); course "
                  "clips should be short: split it";
}

OpenedClip openClip(MemoryReader& reader, SF_VIRTUAL_IO& io, const std::string& name)
{
    OpenedClip clip;
    if (reader.bytes.empty())
    {
        clip.error =
            name + ": the file is empty; replace it with a recording (Ogg, Opus, FLAC, WAV or MP3)";
        return clip;
    }
    auto& info = clip.info;
    SndfileHandle file(sf_open_virtual(&io, SFM_READ, &info, &reader));
    if (!file)
    {
        clip.error = name + ": not an audio file libsndfile can read (" + sf_strerror(nullptr) +
                     "); save it as Ogg Vorbis, Opus, FLAC, WAV or MP3";
        return clip;
    }
    clip.format = formatName(info.format);
    if (info.channels < 1 || info.channels > kMaxChannels || info.samplerate < kMinRate ||
        info.samplerate > kMaxRate)
    {
        clip.error = name + ": " + std::to_string(info.channels) + " channel(s) at " +
                     std::to_string(info.samplerate) +
                     " Hz is not a usable clip; export it as mono or stereo at 16–48 kHz";
        return clip;
    }
    const auto channels = static_cast<std::size_t>(info.channels);
    clip.maxSamples =
        std::min(kMaxSamples, static_cast<std::size_t>(kMaxSeconds * info.samplerate) * channels);
    // Only MP3 lengths are guesses; a long clip in any other format is refused before decoding.
    clip.lengthIsEstimate = (info.format & SF_FORMAT_TYPEMASK) == SF_FORMAT_MPEG;
    if (!clip.lengthIsEstimate && info.frames > 0 &&
        static_cast<std::size_t>(info.frames) > clip.maxSamples / channels)
    {
        clip.error = tooLongMessage(name);
        return clip;
    }
    clip.file = std::move(file);
    return clip;
}

} // namespace

DecodeResult decodeAudio(const std::string& bytes, const std::string& name)
{
    DecodeResult result;
    MemoryReader reader{bytes};
    SF_VIRTUAL_IO io{memoryLength, memorySeek, memoryRead, memoryWrite, memoryTell};
    auto clip = openClip(reader, io, name);
    result.format = clip.format;
    if (!clip.file)
    {
        result.error = std::move(clip.error);
        return result;
    }
    auto& file = clip.file;
    PcmAudio audio;
    audio.sampleRate = static_cast<unsigned>(clip.info.samplerate);
    audio.channels = static_cast<unsigned>(clip.info.channels);
    const auto maxSamples = clip.maxSamples;
    const std::string tooLong = tooLongMessage(name);
    // Frame counts in compressed headers are estimates (MP3 especially): read until the end.
    // Read as float and convert here: libsndfile's own float→short path either wraps lossy
    // overshoots past full scale or (with SFC_SET_SCALE_FLOAT_INT_READ) normalises the whole clip
    // to its peak, which would hide how loud the recording really is.
    std::vector<float> block(4096 * audio.channels);
    for (;;)
    {
        const auto frames = sf_readf_float(file.get(), block.data(), 4096);
        if (frames <= 0)
            break;
        const auto count = static_cast<std::size_t>(frames) * audio.channels;
        std::transform(block.begin(), block.begin() + static_cast<std::ptrdiff_t>(count),
                       std::back_inserter(audio.samples), toInt16);
        if (audio.samples.size() > maxSamples)
        {
            result.error = tooLong;
            return result;
        }
    }
    if (const int error = sf_error(file.get()); error != SF_ERR_NO_ERROR && audio.samples.empty())
    {
        result.error = name + ": the audio data is damaged (" + sf_error_number(error) +
                       "); export the clip again";
        return result;
    }
    if (audio.samples.empty())
    {
        result.error = name + ": the file holds no sound (" + result.format +
                       " with no samples); record or export it again";
        return result;
    }
    result.audio = std::move(audio);
    return result;
}

AudioProbe probeAudio(const std::string& bytes, const std::string& name)
{
    AudioProbe probe;
    MemoryReader reader{bytes};
    SF_VIRTUAL_IO io{memoryLength, memorySeek, memoryRead, memoryWrite, memoryTell};
    const auto clip = openClip(reader, io, name);
    if (!clip.file)
    {
        probe.error = clip.error;
        return probe;
    }
    if (clip.lengthIsEstimate || clip.info.frames <= 0)
    {
        auto decoded = decodeAudio(bytes, name);
        if (decoded.audio)
            probe.seconds = decoded.audio->seconds();
        probe.error = std::move(decoded.error);
        return probe;
    }
    probe.seconds = double(clip.info.frames) / clip.info.samplerate;
    return probe;
}

DecodeResult decodeAudioFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
    {
        DecodeResult result;
        result.error = path + ": cannot open the file (" + std::strerror(errno) + ")";
        return result;
    }
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return decodeAudio(bytes, path);
}

AudioAnalysis analyseAudio(const PcmAudio& audio)
{
    AudioAnalysis analysis;
    analysis.seconds = audio.seconds();
    const auto frames = audio.frames();
    if (frames == 0)
    {
        analysis.silent = true;
        return analysis;
    }
    const auto channels = audio.channels;
    double sumSquares = 0;
    int peak = 0;
    std::size_t firstLoud = frames, lastLoud = 0;
    const int threshold = static_cast<int>(kSilenceThreshold * 32768.0);
    for (std::size_t frame = 0; frame < frames; ++frame)
    {
        int loudest = 0;
        for (unsigned c = 0; c < channels; ++c)
        {
            const int sample = audio.samples[frame * channels + c];
            const int magnitude = sample < 0 ? -sample : sample;
            loudest = std::max(loudest, magnitude);
            sumSquares += double(sample) * double(sample);
            if (magnitude >= 32767)
                ++analysis.clippedSamples;
        }
        peak = std::max(peak, loudest);
        if (loudest > threshold)
        {
            firstLoud = std::min(firstLoud, frame);
            lastLoud = frame;
        }
    }
    analysis.peak = std::min(1.0, peak / 32768.0);
    analysis.rms = std::sqrt(sumSquares / double(audio.samples.size())) / 32768.0;
    analysis.silent = firstLoud == frames;
    const double rate = audio.sampleRate;
    analysis.leadingSilence = analysis.silent ? analysis.seconds : double(firstLoud) / rate;
    analysis.trailingSilence =
        analysis.silent ? analysis.seconds : double(frames - 1 - lastLoud) / rate;
    // A few full-scale samples are inaudible; one in a thousand is heard as distortion.
    analysis.clipped =
        analysis.clippedSamples > std::max<std::size_t>(3, audio.samples.size() / 1000);
    return analysis;
}

std::string encodeAudioFile(const std::string& path, const PcmAudio& audio, AudioFileFormat format,
                            double quality)
{
    SF_INFO info{};
    info.samplerate = static_cast<int>(audio.sampleRate);
    info.channels = static_cast<int>(audio.channels);
    switch (format)
    {
    case AudioFileFormat::OggVorbis:
        info.format = SF_FORMAT_OGG | SF_FORMAT_VORBIS;
        break;
    case AudioFileFormat::OggOpus:
        info.format = SF_FORMAT_OGG | SF_FORMAT_OPUS;
        break;
    case AudioFileFormat::Flac:
        info.format = SF_FORMAT_FLAC | SF_FORMAT_PCM_16;
        break;
    case AudioFileFormat::Wav:
        info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
        break;
    }
    if (audio.channels == 0 || audio.sampleRate == 0 || !sf_format_check(&info))
        return path + ": cannot write " + std::to_string(audio.channels) + " channel(s) at " +
               std::to_string(audio.sampleRate) + " Hz in this format";
    SndfileHandle file(sf_open(path.c_str(), SFM_WRITE, &info));
    if (!file)
        return path + ": cannot write the file (" + sf_strerror(nullptr) + ")";
    if (format == AudioFileFormat::OggVorbis || format == AudioFileFormat::OggOpus)
    {
        double level = std::clamp(1.0 - quality, 0.0, 1.0); // libsndfile: 0 is best, 1 smallest
        sf_command(file.get(), SFC_SET_VBR_ENCODING_QUALITY, &level, sizeof level);
    }
    const auto frames = static_cast<sf_count_t>(audio.frames());
    if (sf_writef_short(file.get(), audio.samples.data(), frames) != frames)
        return path + ": writing failed (" + sf_strerror(file.get()) + "); is the disk full?";
    return {};
}

} // namespace kompis::core
