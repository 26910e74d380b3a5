#include "core/text/Utf8.hpp"

namespace kompis::core::text
{
namespace
{

bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

bool encodable(char32_t cp)
{
    return cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
}

} // namespace

std::size_t utf8SequenceLength(std::string_view utf8, std::size_t pos)
{
    if (pos >= utf8.size())
        return 0;
    const auto lead = static_cast<unsigned char>(utf8[pos]);
    std::size_t length = 0;
    char32_t cp = 0;
    char32_t smallest = 0;
    if (lead < 0x80)
        return 1;
    if ((lead & 0xE0) == 0xC0)
        length = 2, cp = lead & 0x1F, smallest = 0x80;
    else if ((lead & 0xF0) == 0xE0)
        length = 3, cp = lead & 0x0F, smallest = 0x800;
    else if ((lead & 0xF8) == 0xF0)
        length = 4, cp = lead & 0x07, smallest = 0x10000;
    else
        return 0;
    if (utf8.size() - pos < length)
        return 0;
    for (std::size_t k = 1; k < length; ++k)
    {
        const auto byte = static_cast<unsigned char>(utf8[pos + k]);
        if (!isContinuation(byte))
            return 0;
        cp = (cp << 6) | (byte & 0x3F);
    }
    // Overlong forms would let one text hide behind another spelling of it.
    return cp >= smallest && encodable(cp) ? length : 0;
}

char32_t decodeUtf8(std::string_view utf8, std::size_t& pos)
{
    const std::size_t length = utf8SequenceLength(utf8, pos);
    if (length == 0)
    {
        ++pos;
        return kReplacementCharacter;
    }
    const auto lead = static_cast<unsigned char>(utf8[pos]);
    static constexpr unsigned char kLeadMask[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
    char32_t cp = lead & kLeadMask[length];
    for (std::size_t k = 1; k < length; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(utf8[pos + k]) & 0x3F);
    pos += length;
    return cp;
}

void appendUtf8(std::string& out, char32_t cp)
{
    if (!encodable(cp))
        cp = kReplacementCharacter;
    if (cp < 0x80)
        out += char(cp);
    else if (cp < 0x800)
    {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    }
    else if (cp < 0x10000)
    {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
    else
    {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

std::string encodeUtf8(char32_t cp)
{
    std::string out;
    appendUtf8(out, cp);
    return out;
}

std::u32string decodeUtf8(std::string_view utf8)
{
    std::u32string out;
    for (std::size_t pos = 0; pos < utf8.size();)
        out += decodeUtf8(utf8, pos);
    return out;
}

} // namespace kompis::core::text
