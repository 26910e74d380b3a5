#include "core/text/Isolation.hpp"

#include "core/text/CodePoints.hpp"
#include "core/text/Quotations.hpp"

#include <unicode/uchar.h>

namespace kompis::core::text
{

namespace
{

constexpr char32_t kLri = 0x2066;
constexpr char32_t kRli = 0x2067;
constexpr char32_t kFsi = 0x2068;
constexpr char32_t kPdi = 0x2069;

bool opensIsolate(char32_t c)
{
    return c == kLri || c == kRli || c == kFsi;
}

} // namespace

Direction firstStrongDirection(std::string_view utf8)
{
    Direction found = Direction::Auto;
    int depth = 0;
    forEachCodePoint(utf8,
                     [&](char32_t c, std::size_t, std::size_t)
                     {
                         if (opensIsolate(c))
                             ++depth;
                         else if (c == kPdi && depth > 0)
                             --depth;
                         else if (depth == 0)
                         {
                             const auto direction = u_charDirection(static_cast<UChar32>(c));
                             if (direction == U_LEFT_TO_RIGHT)
                                 found = Direction::LeftToRight;
                             else if (direction == U_RIGHT_TO_LEFT ||
                                      direction == U_RIGHT_TO_LEFT_ARABIC)
                                 found = Direction::RightToLeft;
                         }
                         return found == Direction::Auto;
                     });
    return found;
}

std::string isolate(std::string_view utf8)
{
    std::string result(kFirstStrongIsolate);
    result.reserve(utf8.size() + 2 * kFirstStrongIsolate.size());
    int depth = 0;
    forEachCodePoint(utf8,
                     [&](char32_t c, std::size_t start, std::size_t end)
                     {
                         if (opensIsolate(c))
                             ++depth;
                         else if (c == kPdi)
                         {
                             if (depth == 0)
                                 return true; // would close our own isolate early: dropped
                             --depth;
                         }
                         result.append(utf8.substr(start, end - start));
                         return true;
                     });
    for (; depth > 0; --depth)
        result.append(kPopDirectionalIsolate);
    result.append(kPopDirectionalIsolate);
    return result;
}

std::string joinIsolated(std::span<const TextPiece> pieces)
{
    std::string result;
    for (const TextPiece& piece : pieces)
        result += piece.embedded ? isolate(piece.text) : std::string(piece.text);
    return result;
}

bool containsRightToLeft(std::string_view utf8)
{
    bool found = false;
    forEachCodePoint(utf8,
                     [&](char32_t c, std::size_t, std::size_t)
                     {
                         const auto direction = u_charDirection(static_cast<UChar32>(c));
                         found =
                             direction == U_RIGHT_TO_LEFT || direction == U_RIGHT_TO_LEFT_ARABIC;
                         return !found;
                     });
    return found;
}

std::string embedIn(std::string_view host, std::string_view embedded)
{
    if (containsRightToLeft(host) || containsRightToLeft(embedded))
        return isolate(embedded);
    return std::string(embedded);
}

namespace
{

bool allLeftToRight(std::string_view utf8)
{
    bool anyLeft = false;
    bool anyRight = false;
    forEachCodePoint(utf8,
                     [&](char32_t c, std::size_t, std::size_t)
                     {
                         const auto direction = u_charDirection(static_cast<UChar32>(c));
                         anyLeft = anyLeft || direction == U_LEFT_TO_RIGHT;
                         anyRight = direction == U_RIGHT_TO_LEFT ||
                                    direction == U_RIGHT_TO_LEFT_ARABIC || opensIsolate(c) ||
                                    c == kPdi;
                         return !anyRight;
                     });
    return anyLeft && !anyRight;
}

} // namespace

std::string isolateQuotes(std::string_view utf8)
{
    if (!containsRightToLeft(utf8))
        return std::string(utf8);
    std::string result;
    result.reserve(utf8.size() + 16);
    std::size_t copied = 0;
    for (const Quotation& quotation : quotations(utf8))
    {
        const auto quoted = utf8.substr(quotation.begin, quotation.end - quotation.begin);
        if (!allLeftToRight(quoted))
            continue;
        result.append(utf8.substr(copied, quotation.begin - copied));
        result.append(isolate(quoted));
        copied = quotation.end;
    }
    result.append(utf8.substr(copied));
    return result;
}

std::string withoutIsolates(std::string_view utf8)
{
    std::string result;
    result.reserve(utf8.size());
    forEachCodePoint(utf8,
                     [&](char32_t c, std::size_t start, std::size_t end)
                     {
                         if (!opensIsolate(c) && c != kPdi)
                             result.append(utf8.substr(start, end - start));
                         return true;
                     });
    return result;
}

} // namespace kompis::core::text
