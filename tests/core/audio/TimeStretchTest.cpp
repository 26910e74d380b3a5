#include "core/audio/TimeStretch.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>
#include <numbers>

using kompis::core::changeTempo;
using kompis::core::PcmAudio;

namespace
{
PcmAudio sine(double hz, double seconds, unsigned rate, unsigned channels = 1)
{
    PcmAudio a;
    a.sampleRate = rate;
    a.channels = channels;
    const auto frames = static_cast<std::size_t>(seconds * rate);
    for (std::size_t i = 0; i < frames; ++i)
    {
        const double v = 12000 * std::sin(2 * std::numbers::pi * hz * double(i) / rate);
        for (unsigned c = 0; c < channels; ++c)
            a.samples.push_back(static_cast<std::int16_t>(c == 0 ? v : v / 2));
    }
    return a;
}

/// Frequency from rising zero crossings, away from the clip's edges.
double frequency(const PcmAudio& a, unsigned channel = 0)
{
    const std::size_t from = a.frames() / 5, to = a.frames() * 4 / 5;
    int crossings = 0;
    for (std::size_t f = from + 1; f < to; ++f)
        if (a.samples[(f - 1) * a.channels + channel] < 0 &&
            a.samples[f * a.channels + channel] >= 0)
            ++crossings;
    return crossings * double(a.sampleRate) / double(to - from);
}

int largestStep(const PcmAudio& a)
{
    int largest = 0;
    const std::size_t from = a.frames() / 10, to = a.frames() * 9 / 10;
    for (std::size_t f = from + 1; f < to; ++f)
        largest = std::max(largest,
                           std::abs(a.samples[f * a.channels] - a.samples[(f - 1) * a.channels]));
    return largest;
}
/// The quietest and loudest RMS over windows of `frames`, in the middle of the clip.
std::pair<double, double> loudnessRange(const PcmAudio& a, std::size_t frames)
{
    double quietest = 1e300, loudest = 0;
    for (std::size_t from = a.frames() / 10; from + frames < a.frames() * 9 / 10; from += frames)
    {
        double sum = 0;
        for (std::size_t f = from; f < from + frames; ++f)
            sum += double(a.samples[f * a.channels]) * a.samples[f * a.channels];
        const double rms = std::sqrt(sum / double(frames));
        quietest = std::min(quietest, rms);
        loudest = std::max(loudest, rms);
    }
    return {quietest, loudest};
}
} // namespace

TEST_CASE("slowing a clip down makes it longer and keeps its pitch", "[audio]")
{
    const PcmAudio voice = sine(220, 2.0, 22050);
    const PcmAudio slow = changeTempo(voice, 0.75);
    CHECK(slow.sampleRate == 22050);
    CHECK(slow.seconds() == Approx(2.0 / 0.75).epsilon(0.01));
    // Played slower by resampling, 220 Hz would become 165 Hz.
    CHECK(frequency(slow) == Approx(220).epsilon(0.02));
}

TEST_CASE("the slowed clip keeps an even loudness and no clicks where its pieces join", "[audio]")
{
    const PcmAudio voice = sine(310, 1.5, 16000);
    const PcmAudio slow = changeTempo(voice, 0.7);
    // Pieces joined out of phase cancel each other (a dip in loudness) or jump (a click).
    const auto [quietest, loudest] = loudnessRange(slow, 16000 / 100);
    CHECK(quietest >= 0.9 * loudest);
    CHECK(largestStep(slow) <= largestStep(voice) * 1.2);
}

TEST_CASE("changing the tempo keeps both channels of a stereo clip", "[audio]")
{
    const PcmAudio stereo = sine(440, 1.0, 44100, 2);
    const PcmAudio fast = changeTempo(stereo, 1.5);
    REQUIRE(fast.channels == 2);
    CHECK(fast.seconds() == Approx(1.0 / 1.5).epsilon(0.01));
    CHECK(frequency(fast, 0) == Approx(440).epsilon(0.02));
    CHECK(frequency(fast, 1) == Approx(440).epsilon(0.02));
}

TEST_CASE("normal speed, an empty clip and absurd speeds are handled without surprises", "[audio]")
{
    const PcmAudio voice = sine(200, 0.5, 8000);
    CHECK(changeTempo(voice, 1.0).samples == voice.samples);
    CHECK(changeTempo(PcmAudio{}, 0.5).samples.empty());
    CHECK(changeTempo(voice, 0.0).seconds() == Approx(0.5 / 0.25).epsilon(0.01));
    CHECK(changeTempo(voice, 100.0).seconds() == Approx(0.5 / 4.0).epsilon(0.05));
    const PcmAudio tiny = sine(200, 0.002, 8000);
    CHECK(changeTempo(tiny, 0.5).frames() == 32);
}
