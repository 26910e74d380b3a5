#pragma once

#include <string>
#include <string_view>

namespace kompis::core
{

/// `text` made safe to print on a terminal: C0 and C1 control characters and DEL (which can
/// move the cursor, recolour or retitle the terminal, or hide a line) become visible escapes
/// such as `\x1b` and `\u009b`, and bytes that are not UTF-8 become `\xNN`. Everything else,
/// including every script learners read, is left as it is.
std::string printable(std::string_view text);

/// A JSON document with C1 control characters (which JSON allows raw, but terminals obey)
/// written as `\u0080`–`\u009f`; JSON strings are the only place such characters can be.
std::string escapeC1(std::string_view json);

} // namespace kompis::core
