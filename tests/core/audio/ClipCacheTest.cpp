#include "core/audio/ClipCache.hpp"

#include <catch2/catch.hpp>

using namespace kompis::core;

namespace
{

/// A mono clip of `seconds` at 1000 Hz: 2000 bytes a second in the cache.
PcmAudio clip(int seconds)
{
    PcmAudio audio;
    audio.sampleRate = 1000;
    audio.channels = 1;
    audio.samples.assign(static_cast<std::size_t>(seconds) * 1000, 1);
    return audio;
}

} // namespace

TEST_CASE("the clip cache never holds more bytes than its budget, dropping the least recently "
          "used clip first",
          "[audio][cache]")
{
    ClipCache cache(10000); // five seconds of the test clips
    int decodes = 0;
    auto decoder = [&](int seconds)
    {
        return [&decodes, seconds]() -> std::optional<PcmAudio>
        {
            ++decodes;
            return clip(seconds);
        };
    };
    REQUIRE(cache.get("a", decoder(2)));
    REQUIRE(cache.get("b", decoder(2)));
    CHECK(cache.bytes() == 8000);
    CHECK(cache.get("a", decoder(2))); // a is now the most recent
    CHECK(decodes == 2);
    REQUIRE(cache.get("c", decoder(2))); // b goes, not a
    CHECK(cache.bytes() <= cache.budget());
    CHECK(cache.find("b") == nullptr);
    CHECK(cache.find("a") != nullptr);
    CHECK(cache.find("c") != nullptr);
    CHECK(cache.size() == 2);
}

TEST_CASE("a clip larger than the whole budget plays but is not kept, and a playing clip "
          "outlives its eviction",
          "[audio][cache]")
{
    ClipCache cache(10000);
    const auto playing = cache.get("short", [] { return std::optional<PcmAudio>(clip(3)); });
    const auto huge = cache.get("long", [] { return std::optional<PcmAudio>(clip(600)); });
    REQUIRE(huge);
    CHECK(huge->seconds() == 600);
    CHECK(cache.find("long") == nullptr);
    CHECK(cache.bytes() == 6000);
    cache.get("other", [] { return std::optional<PcmAudio>(clip(4)); });
    CHECK(cache.find("short") == nullptr);
    CHECK(playing->samples.size() == 3000); // still valid for the sound that plays it
    CHECK(cache.get("bad", [] { return std::optional<PcmAudio>(); }) == nullptr);
}
