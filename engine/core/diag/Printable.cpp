#include "core/diag/Printable.hpp"

#include <cstdio>

namespace kompis::core
{

namespace
{

std::string escaped(const char* format, unsigned value)
{
    char text[12];
    std::snprintf(text, sizeof text, format, value);
    return text;
}

/// Length of the valid UTF-8 sequence at `i` (1 for ASCII), or 0 when the bytes are not UTF-8.
std::size_t sequenceLength(std::string_view s, std::size_t i)
{
    const auto lead = static_cast<unsigned char>(s[i]);
    const std::size_t n = lead < 0x80                   ? 1
                          : lead >= 0xC2 && lead < 0xE0 ? 2
                          : lead >= 0xE0 && lead < 0xF0 ? 3
                          : lead >= 0xF0 && lead < 0xF5 ? 4
                                                        : 0;
    if (n == 0 || i + n > s.size())
        return 0;
    for (std::size_t k = 1; k < n; ++k)
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0u) != 0x80u)
            return 0;
    return n;
}

} // namespace

std::string printable(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();)
    {
        const auto byte = static_cast<unsigned char>(text[i]);
        const auto length = sequenceLength(text, i);
        if (length == 0)
        {
            out += escaped("\\x%02x", byte);
            ++i;
        }
        else if (byte < 0x20 || byte == 0x7F)
        {
            out += byte == '\n' ? "\\n" : byte == '\t' ? "\\t" : escaped("\\x%02x", byte);
            ++i;
        }
        else if (byte == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0)
        {
            out += escaped("\\u%04x", static_cast<unsigned char>(text[i + 1]));
            i += 2;
        }
        else
        {
            out.append(text.substr(i, length));
            i += length;
        }
    }
    return out;
}

std::string escapeC1(std::string_view json)
{
    std::string out;
    out.reserve(json.size());
    for (std::size_t i = 0; i < json.size(); ++i)
    {
        const auto next = i + 1 < json.size() ? static_cast<unsigned char>(json[i + 1]) : 0u;
        if (static_cast<unsigned char>(json[i]) == 0xC2 && next >= 0x80 && next < 0xA0)
        {
            out += escaped("\\u%04x", next);
            ++i;
        }
        else
            out += json[i];
    }
    return out;
}

} // namespace kompis::core
