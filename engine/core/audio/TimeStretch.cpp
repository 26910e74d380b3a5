#include "core/audio/TimeStretch.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace kompis::core
{
namespace
{
/// The clip mixed down to one channel: what the alignment search compares.
std::vector<float> monoMix(const PcmAudio& audio)
{
    std::vector<float> mono(audio.frames());
    for (std::size_t f = 0; f < mono.size(); ++f)
    {
        float sum = 0;
        for (unsigned c = 0; c < audio.channels; ++c)
            sum += audio.samples[f * audio.channels + c];
        mono[f] = sum / float(audio.channels);
    }
    return mono;
}
} // namespace

PcmAudio changeTempo(const PcmAudio& audio, double speed)
{
    speed = std::clamp(speed, 0.25, 4.0);
    if (speed == 1.0 || audio.frames() == 0 || audio.channels == 0 || audio.sampleRate == 0)
        return audio;

    const std::size_t window = std::max<std::size_t>(64, audio.sampleRate / 25); // 40 ms
    const std::size_t hopOut = window / 2;
    const double hopIn = double(hopOut) * speed;
    const auto tolerance = static_cast<std::ptrdiff_t>(audio.sampleRate / 100); // 10 ms
    const std::size_t inFrames = audio.frames();
    const auto outFrames = static_cast<std::size_t>(std::ceil(double(inFrames) / speed));
    const unsigned channels = audio.channels;

    std::vector<float> hann(window);
    for (std::size_t i = 0; i < window; ++i) // periodic Hann: halves overlapped sum to 1
        hann[i] = 0.5f - 0.5f * float(std::cos(2 * std::numbers::pi * double(i) / double(window)));

    const std::vector<float> mono = monoMix(audio);
    const auto monoAt = [&](std::ptrdiff_t frame)
    {
        return frame < 0 || static_cast<std::size_t>(frame) >= mono.size()
                   ? 0.0f
                   : mono[static_cast<std::size_t>(frame)];
    };
    std::vector<float> mix((outFrames + window) * channels, 0.0f);
    std::vector<float> weight(outFrames + window, 0.0f);
    // Where the previous piece was taken from: its natural continuation is what the next
    // piece should resemble over the overlap.
    std::ptrdiff_t previous = 0;
    const std::size_t correlationStep = std::max<std::size_t>(1, audio.sampleRate / 8000);
    for (std::size_t k = 0;; ++k)
    {
        const std::size_t outAt = k * hopOut;
        if (outAt >= outFrames)
            break;
        const auto nominal = static_cast<std::ptrdiff_t>(std::llround(double(k) * hopIn));
        std::ptrdiff_t chosen = nominal;
        if (k > 0)
        {
            const std::ptrdiff_t natural = previous + static_cast<std::ptrdiff_t>(hopOut);
            const auto similarity = [&](std::ptrdiff_t candidate)
            {
                double score = 0;
                for (std::size_t i = 0; i < hopOut; i += correlationStep)
                {
                    const auto at = static_cast<std::ptrdiff_t>(i);
                    score += double(monoAt(natural + at)) * monoAt(candidate + at);
                }
                return score;
            };
            // Coarse steps over the whole tolerance, then every offset around the best one:
            // a seventh of the work of trying them all, and the same choice on voiced sound.
            const auto best = [&](std::ptrdiff_t from, std::ptrdiff_t to, std::ptrdiff_t step)
            {
                std::ptrdiff_t bestAt = std::max<std::ptrdiff_t>(0, from);
                double bestScore = -1e300;
                for (std::ptrdiff_t candidate = from; candidate <= to; candidate += step)
                    if (candidate >= 0)
                        if (const double score = similarity(candidate); score > bestScore)
                        {
                            bestScore = score;
                            bestAt = candidate;
                        }
                return bestAt;
            };
            const std::ptrdiff_t coarse = std::max<std::ptrdiff_t>(1, tolerance / 20);
            chosen = best(nominal - tolerance, nominal + tolerance, coarse);
            chosen = best(chosen - coarse, chosen + coarse, 1);
        }
        previous = chosen;
        for (std::size_t i = 0; i < window; ++i)
        {
            const std::ptrdiff_t from = chosen + static_cast<std::ptrdiff_t>(i);
            if (from < 0 || static_cast<std::size_t>(from) >= inFrames)
                continue;
            const std::size_t to = outAt + i;
            const std::size_t src = static_cast<std::size_t>(from) * channels;
            for (unsigned c = 0; c < channels; ++c)
                mix[to * channels + c] += hann[i] * audio.samples[src + c];
            weight[to] += hann[i];
        }
    }

    PcmAudio out;
    out.sampleRate = audio.sampleRate;
    out.channels = channels;
    out.samples.resize(outFrames * channels);
    for (std::size_t f = 0; f < outFrames; ++f)
    {
        // The first half-window has only one piece under it; dividing by the window sum there
        // (and at the end) keeps the level instead of fading in.
        const float w = weight[f] > 1e-3f ? weight[f] : 1.0f;
        for (unsigned c = 0; c < channels; ++c)
        {
            const float v = std::round(mix[f * channels + c] / w);
            out.samples[f * channels + c] =
                static_cast<std::int16_t>(std::clamp(v, -32768.0f, 32767.0f));
        }
    }
    return out;
}

} // namespace kompis::core
