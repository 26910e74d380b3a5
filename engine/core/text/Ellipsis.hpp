#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace kompis::core::text
{

/// The width of one grapheme as the caller draws it (the player measures with its font).
using GraphemeWidth = std::function<double(std::string_view grapheme)>;

/// `text` (in NFC, as it is drawn) if it fits in `maxWidth`, else its longest start that fits
/// followed by "…", cut between graphemes (never inside a letter with its marks). Linear in the
/// length of `text`: every grapheme is measured once, however long the title (the old header
/// ellipsis dropped one character at a time and measured the whole title again, so a 32 KB title
/// never finished). Widths are summed, so kerning across a cut is ignored: the result can be a
/// pixel narrower than an exact measurement, never wider.
std::string ellipsize(std::string_view text, double maxWidth, const GraphemeWidth& width);

} // namespace kompis::core::text
