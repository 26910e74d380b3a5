#include "core/text/Isolation.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace kompis::core::text
{

namespace
{

constexpr UChar32 kLri = 0x2066;
constexpr UChar32 kRli = 0x2067;
constexpr UChar32 kFsi = 0x2068;
constexpr UChar32 kPdi = 0x2069;

bool opensIsolate(UChar32 c)
{
    return c == kLri || c == kRli || c == kFsi;
}

/// Calls `visit(codePoint, start, end)` for each code point (ill-formed bytes as U+FFFD).
template <typename Visit> void eachCodePoint(std::string_view utf8, Visit visit)
{
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
    const auto length = static_cast<std::int32_t>(utf8.size());
    for (std::int32_t i = 0; i < length;)
    {
        const std::int32_t start = i;
        UChar32 c = 0;
        U8_NEXT_OR_FFFD(bytes, i, length, c);
        if (!visit(c, static_cast<std::size_t>(start), static_cast<std::size_t>(i)))
            return;
    }
}

} // namespace

Direction firstStrongDirection(std::string_view utf8)
{
    Direction found = Direction::Auto;
    int depth = 0;
    eachCodePoint(utf8,
                  [&](UChar32 c, std::size_t, std::size_t)
                  {
                      if (opensIsolate(c))
                          ++depth;
                      else if (c == kPdi && depth > 0)
                          --depth;
                      else if (depth == 0)
                      {
                          const auto direction = u_charDirection(c);
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
    eachCodePoint(utf8,
                  [&](UChar32 c, std::size_t start, std::size_t end)
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

} // namespace kompis::core::text
