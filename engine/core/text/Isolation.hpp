#pragma once

#include "core/text/Bidi.hpp"

#include <span>
#include <string>
#include <string_view>

namespace kompis::core::text
{

/// U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE in UTF-8.
inline constexpr std::string_view kFirstStrongIsolate = "\xE2\x81\xA8";
inline constexpr std::string_view kPopDirectionalIsolate = "\xE2\x81\xA9";

/// The direction of the first strong letter outside any isolate (rules P2–P3 of the bidi
/// algorithm), `Auto` when there is none (digits and punctuation only).
Direction firstStrongDirection(std::string_view utf8);

/// Wraps text in FSI…PDI: inside another language's sentence it takes its own direction from
/// its first strong letter, and its punctuation stays with it when the sentence wraps or runs
/// the other way. Isolate marks inside are balanced first (a stray PDI would end it early).
std::string isolate(std::string_view utf8);

/// One piece of a sentence built from parts: `embedded` marks text in another language or
/// from another source (a Swedish quote in an Arabic instruction, a learner's name).
struct TextPiece
{
    std::string_view text;
    bool embedded = false;
};

/// Joins pieces into one paragraph, isolating every embedded piece, so mixed direction follows
/// from the structure and never depends on hand-placed marks.
std::string joinIsolated(std::span<const TextPiece> pieces);

} // namespace kompis::core::text
