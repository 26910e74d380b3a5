#include "core/text/Utf16Text.hpp"

#include <algorithm>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

namespace kompis::core::text
{

Utf16Text::Utf16Text(std::string_view utf8)
{
    m_units.reserve(utf8.size());
    m_bytes.reserve(utf8.size() + 1);
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
    const auto length = static_cast<std::int32_t>(utf8.size());
    std::int32_t i = 0;
    while (i < length)
    {
        const std::int32_t start = i;
        UChar32 c = 0;
        U8_NEXT_OR_FFFD(bytes, i, length, c);
        const auto byte = static_cast<std::size_t>(start);
        if (U16_LENGTH(c) == 2)
        {
            m_units.push_back(static_cast<char16_t>(U16_LEAD(c)));
            m_units.push_back(static_cast<char16_t>(U16_TRAIL(c)));
            m_bytes.push_back(byte);
            m_bytes.push_back(byte);
        }
        else
        {
            m_units.push_back(static_cast<char16_t>(c));
            m_bytes.push_back(byte);
        }
    }
    m_bytes.push_back(utf8.size());
}

std::size_t Utf16Text::byteAt(std::int32_t unit) const
{
    const auto last = static_cast<std::int32_t>(m_bytes.size()) - 1;
    return m_bytes[static_cast<std::size_t>(std::clamp(unit, 0, last))];
}

std::int32_t Utf16Text::unitAt(std::size_t byte) const
{
    // The first unit whose byte offset is past `byte`, minus one, is the unit holding it; a
    // surrogate pair shares one offset, so step back to its lead.
    auto it = std::upper_bound(m_bytes.begin(), m_bytes.end() - 1, byte);
    auto unit = static_cast<std::int32_t>(it - m_bytes.begin()) - 1;
    if (unit < 0)
        return 0;
    while (unit > 0 &&
           m_bytes[static_cast<std::size_t>(unit - 1)] == m_bytes[static_cast<std::size_t>(unit)])
        --unit;
    if (byte >= m_bytes.back())
        return length();
    return unit;
}

} // namespace kompis::core::text
