#include "core/util/Json.hpp"

#include "core/text/Utf8.hpp"

#include <cstdio>

namespace kompis::core::util
{
std::string jsonString(std::string_view s)
{
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    for (std::size_t i = 0; i < s.size();)
    {
        const char c = s[i];
        const std::size_t len = text::utf8SequenceLength(s, i);
        if (len == 0)
        {
            out += "\\ufffd";
            ++i;
            continue;
        }
        if (len > 1)
        {
            out.append(s.substr(i, len));
            i += len;
            continue;
        }
        switch (c)
        {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(static_cast<unsigned char>(c)));
                out += buf;
            }
            else
            {
                out += c;
            }
        }
        ++i;
    }
    out += '"';
    return out;
}

std::string iriSegment(std::string_view id)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const char ch : id)
    {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '.' || c == '_' || c == '~')
        {
            out += ch;
        }
        else
        {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

std::string isoDuration(long long milliseconds)
{
    if (milliseconds < 0)
        milliseconds = 0;
    const long long centis = (milliseconds + 5) / 10;
    const long long hours = centis / 360000;
    const long long minutes = centis / 6000 % 60;
    const long long seconds = centis / 100 % 60;
    const long long fraction = centis % 100;
    std::string out = "PT";
    if (hours)
        out += std::to_string(hours) + "H";
    if (minutes)
        out += std::to_string(minutes) + "M";
    if (seconds || fraction || (!hours && !minutes))
    {
        out += std::to_string(seconds);
        if (fraction)
        {
            char buf[8];
            std::snprintf(buf, sizeof buf, ".%02lld", fraction);
            std::string f = buf;
            while (f.back() == '0')
                f.pop_back();
            out += f;
        }
        out += "S";
    }
    return out;
}

} // namespace kompis::core::util
