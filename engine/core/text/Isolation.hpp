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

/// Whether any letter of `utf8` is written right to left (Arabic, Persian, Hebrew, …).
bool containsRightToLeft(std::string_view utf8);

/// `embedded` ready to go into the sentence `host` (a message with a learner's name or a
/// Swedish answer in it): isolated when either holds right-to-left letters, so their directions
/// cannot mix; as it is when both are wholly left to right, where isolation changes nothing.
std::string embedIn(std::string_view host, std::string_view embedded);

/// The text without isolate marks (LRI, RLI, FSI, PDI): what a reader sees, for comparing.
std::string withoutIsolates(std::string_view utf8);

/// A right-to-left text with every quotation (see `quotations`) whose letters all
/// run left to right isolated inside its quotation marks: the Swedish or Norwegian sentence an
/// Arabic or Dari instruction quotes keeps its own order and punctuation, however the line
/// wraps. The quotation marks stay in the sentence's direction. A text with no right-to-left
/// letter, a quotation holding any, or an unclosed mark is left as it is.
std::string isolateQuotes(std::string_view utf8);

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
