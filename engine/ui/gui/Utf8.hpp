#pragma once

#include <string>
#include <string_view>

// The toolkit's small UTF-8 codec for key input and trimming shown text.
namespace kompis::ui::utf8
{

/// Decodes one UTF-8 code point at `i` and moves `i` past it; invalid bytes become U+FFFD.
char32_t next(std::string_view s, std::size_t& i);
/// The UTF-8 bytes of one code point.
std::string encode(char32_t cp);

} // namespace kompis::ui::utf8
