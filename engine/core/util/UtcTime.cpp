#include "core/util/UtcTime.hpp"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace kompis::core::util
{
namespace
{
bool readInt(std::string_view text, std::size_t pos, std::size_t len, int& out)
{
    if (pos + len > text.size())
        return false;
    const char* first = text.data() + pos;
    auto [ptr, ec] = std::from_chars(first, first + len, out);
    return ec == std::errc{} && ptr == first + len;
}
} // namespace

std::int64_t unixFromCivil(int year, unsigned month, unsigned day)
{
    using namespace std::chrono;
    const sys_days days{std::chrono::year{year} / std::chrono::month{month} /
                        std::chrono::day{day}};
    return std::int64_t(days.time_since_epoch().count()) * 86400;
}

std::int64_t utcDayNumber(std::int64_t unixSeconds)
{
    return unixSeconds >= 0 ? unixSeconds / 86400 : -((-unixSeconds + 86399) / 86400);
}

std::optional<std::int64_t> parseIsoUtc(std::string_view text)
{
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (!readInt(text, 0, 4, y) || text.size() < 10 || text[4] != '-' || text[7] != '-' ||
        !readInt(text, 5, 2, mo) || !readInt(text, 8, 2, d))
        return std::nullopt;
    using namespace std::chrono;
    const year_month_day ymd{std::chrono::year{y} / std::chrono::month(unsigned(mo)) /
                             std::chrono::day(unsigned(d))};
    if (!ymd.ok())
        return std::nullopt;
    std::size_t pos = 10;
    if (pos < text.size())
    {
        if ((text[pos] != 'T' && text[pos] != ' ') || !readInt(text, 11, 2, h) ||
            text.size() < 16 || text[13] != ':' || !readInt(text, 14, 2, mi))
            return std::nullopt;
        pos = 16;
        if (pos < text.size() && text[pos] == ':')
        {
            if (!readInt(text, 17, 2, s))
                return std::nullopt;
            pos = 19;
            if (pos < text.size() && (text[pos] == '.' || text[pos] == ','))
            {
                ++pos;
                while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9')
                    ++pos;
            }
        }
        const std::string_view zone = text.substr(pos);
        if (zone != "Z" && zone != "+00:00" && zone != "+0000" && zone != "")
            return std::nullopt;
        if (h > 23 || mi > 59 || s > 60)
            return std::nullopt;
    }
    return unixFromCivil(y, unsigned(mo), unsigned(d)) + h * 3600 + mi * 60 + s;
}

std::string formatIsoDate(std::int64_t unixSeconds)
{
    using namespace std::chrono;
    const year_month_day ymd{sys_days{days{utcDayNumber(unixSeconds)}}};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                  unsigned(ymd.day()));
    return buf;
}

std::string formatIsoUtc(std::int64_t unixSeconds)
{
    const std::int64_t secs = unixSeconds - utcDayNumber(unixSeconds) * 86400;
    char buf[16];
    std::snprintf(buf, sizeof buf, "T%02d:%02d:%02dZ", int(secs / 3600), int(secs / 60 % 60),
                  int(secs % 60));
    return formatIsoDate(unixSeconds) + buf;
}

} // namespace kompis::core::util
