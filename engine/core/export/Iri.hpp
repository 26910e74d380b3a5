#pragma once

#include <string>
#include <string_view>

namespace kompis::core::exports
{

/// Checks the shape RFC 3987 gives an absolute IRI: a scheme (a letter, then letters, digits,
/// `+`, `-`, `.`), a colon and a non-empty rest, in well-formed UTF-8 without spaces, control
/// characters, bidi formatting marks, the characters `<>"{}|\^`` or a `%` not followed by two
/// hex digits. Empty when it fits, else what is wrong, for people.
[[nodiscard]] std::string iriProblem(std::string_view text);

} // namespace kompis::core::exports
