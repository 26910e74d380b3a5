#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kompis::core::text
{

/// UTF-8 text as ICU's UTF-16, remembering the byte offset of every UTF-16 unit so results
/// can be given back as byte offsets. Ill-formed bytes become U+FFFD, one per bad byte.
class Utf16Text
{
public:
    explicit Utf16Text(std::string_view utf8);

    [[nodiscard]] const char16_t* data() const { return m_units.data(); }
    [[nodiscard]] std::int32_t length() const { return static_cast<std::int32_t>(m_units.size()); }
    /// Byte offset of UTF-16 unit `unit` (the text's byte length for `length()`).
    [[nodiscard]] std::size_t byteAt(std::int32_t unit) const;
    /// The UTF-16 unit where the code point containing byte `byte` starts.
    [[nodiscard]] std::int32_t unitAt(std::size_t byte) const;

private:
    std::u16string m_units;
    std::vector<std::size_t> m_bytes; // one per unit, plus the end
};

} // namespace kompis::core::text
