#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <unicode/utf8.h>

namespace kompis::core::text
{

/// Calls `visit(codePoint, begin, end)` for each code point of `utf8` with its byte range, each
/// ill-formed byte as U+FFFD (as ICU reads it), until `visit` returns false.
template <typename Visit> void forEachCodePoint(std::string_view utf8, Visit visit)
{
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
    const auto length = static_cast<std::int32_t>(utf8.size());
    for (std::int32_t i = 0; i < length;)
    {
        const std::int32_t start = i;
        UChar32 c = 0;
        U8_NEXT_OR_FFFD(bytes, i, length, c);
        if (!visit(static_cast<char32_t>(c), static_cast<std::size_t>(start),
                   static_cast<std::size_t>(i)))
            return;
    }
}

} // namespace kompis::core::text
