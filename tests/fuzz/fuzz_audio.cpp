// Fuzz target: audio decoding through libsndfile and the clip analysis after it.
#include "core/audio/AudioClip.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    const auto decoded = kompis::core::decodeAudio(bytes, "fuzz.bin");
    if (decoded.audio)
        (void)kompis::core::analyseAudio(*decoded.audio);
    return 0;
}
