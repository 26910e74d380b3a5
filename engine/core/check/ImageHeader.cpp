#include "core/check/PackageCheck.hpp"
#include "core/model/InputLimits.hpp"

namespace kompis::core
{

namespace
{

unsigned bigEndian(std::string_view bytes, std::size_t at, std::size_t count)
{
    unsigned value = 0;
    for (std::size_t i = 0; i < count; ++i)
        value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
    return value;
}

std::optional<ImageSize> pngSize(std::string_view bytes)
{
    // Signature, then the IHDR chunk: length, "IHDR", width, height.
    if (bytes.size() < 24 || bytes.substr(0, 8) != "\x89PNG\r\n\x1a\n" ||
        bytes.substr(12, 4) != "IHDR")
        return std::nullopt;
    ImageSize size{bigEndian(bytes, 16, 4), bigEndian(bytes, 20, 4)};
    if (size.width == 0 || size.height == 0)
        return std::nullopt;
    return size;
}

std::optional<ImageSize> jpegSize(std::string_view bytes)
{
    if (bytes.size() < 4 || static_cast<unsigned char>(bytes[0]) != 0xFF ||
        static_cast<unsigned char>(bytes[1]) != 0xD8)
        return std::nullopt;
    // Walk the segments to the first start-of-frame marker, which holds the dimensions.
    std::size_t at = 2;
    while (at + 9 < bytes.size())
    {
        if (static_cast<unsigned char>(bytes[at]) != 0xFF)
            return std::nullopt;
        const auto marker = static_cast<unsigned char>(bytes[at + 1]);
        const auto length = bigEndian(bytes, at + 2, 2);
        const bool startOfFrame =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (startOfFrame)
        {
            ImageSize size{bigEndian(bytes, at + 7, 2), bigEndian(bytes, at + 5, 2)};
            if (size.width == 0 || size.height == 0)
                return std::nullopt;
            return size;
        }
        if (length < 2)
            return std::nullopt;
        at += 2 + length;
    }
    return std::nullopt;
}

bool pngIsWhole(std::string_view bytes)
{
    // Chunk after chunk (length, type, data, CRC) up to IEND, which every whole PNG ends with.
    std::size_t at = 8;
    while (at + 12 <= bytes.size())
    {
        const std::size_t length = bigEndian(bytes, at, 4);
        if (bytes.substr(at + 4, 4) == "IEND")
            return true;
        if (length > bytes.size() - at - 12)
            return false;
        at += 12 + length;
    }
    return false;
}

bool jpegIsWhole(std::string_view bytes)
{
    // Segment after segment to the end-of-image marker; after a start-of-scan the compressed
    // data runs to the next marker (0xFF followed by neither 0 nor a restart marker).
    auto byte = [&](std::size_t at) { return static_cast<unsigned char>(bytes[at]); };
    std::size_t at = 2;
    while (at + 1 < bytes.size())
    {
        if (byte(at) != 0xFF)
            return false;
        const auto marker = byte(at + 1);
        if (marker == 0xD9)
            return true;
        if (marker == 0xFF || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7))
        {
            at += marker == 0xFF ? 1 : 2;
            continue;
        }
        if (at + 4 > bytes.size())
            return false;
        at += 2 + bigEndian(bytes, at + 2, 2);
        if (marker != 0xDA)
            continue;
        while (at + 1 < bytes.size() && !(byte(at) == 0xFF && byte(at + 1) != 0 &&
                                          (byte(at + 1) < 0xD0 || byte(at + 1) > 0xD7)))
            ++at;
    }
    return false;
}

} // namespace

bool imageIsWhole(std::string_view bytes)
{
    if (pngSize(bytes))
        return pngIsWhole(bytes);
    return jpegSize(bytes) && jpegIsWhole(bytes);
}

bool imageFitsLimits(const ImageSize& size)
{
    return size.width <= limits::kMaxImageSide && size.height <= limits::kMaxImageSide &&
           std::uint64_t(size.width) * size.height <= limits::kMaxImagePixels;
}

std::optional<ImageSize> imageSize(std::string_view bytes)
{
    if (auto size = pngSize(bytes))
        return size;
    return jpegSize(bytes);
}

} // namespace kompis::core
