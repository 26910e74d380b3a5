#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kompis::core::text
{

/// The code point shown for bytes that are not UTF-8.
inline constexpr char32_t kReplacementCharacter = U'\uFFFD';

/// Decodes the code point starting at byte `pos` of `utf8` and moves `pos` past it. A byte that
/// starts no valid sequence (overlong, surrogate, past U+10FFFF, cut off) yields U+FFFD and
/// moves one byte, so decoding always ends and never loses the text after a bad byte.
[[nodiscard]] char32_t decodeUtf8(std::string_view utf8, std::size_t& pos);

/// The number of bytes of the valid UTF-8 sequence starting at `pos`, or 0 when none starts
/// there.
[[nodiscard]] std::size_t utf8SequenceLength(std::string_view utf8, std::size_t pos);

/// Appends `codePoint` as UTF-8; surrogates and values past U+10FFFF become U+FFFD.
void appendUtf8(std::string& out, char32_t codePoint);

/// `codePoint` as UTF-8 (see appendUtf8).
[[nodiscard]] std::string encodeUtf8(char32_t codePoint);

/// Every code point of `utf8` (invalid bytes as U+FFFD).
[[nodiscard]] std::u32string decodeUtf8(std::string_view utf8);

} // namespace kompis::core::text
