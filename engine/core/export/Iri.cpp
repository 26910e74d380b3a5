#include "core/export/Iri.hpp"

#include <cstdint>
#include <optional>

namespace kompis::core::exports
{
namespace
{
bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// The code point starting at text[i] (advancing i), or nothing for malformed UTF-8.
std::optional<char32_t> nextCodePoint(std::string_view text, std::size_t& i)
{
    const auto lead = static_cast<unsigned char>(text[i++]);
    if (lead < 0x80)
        return lead;
    const int extra = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : lead >= 0xc2 ? 1 : -1;
    if (extra < 0 || lead > 0xf4 || i + std::size_t(extra) > text.size())
        return std::nullopt;
    char32_t cp = lead & (0x3f >> extra);
    for (int k = 0; k < extra; ++k)
    {
        const auto c = static_cast<unsigned char>(text[i++]);
        if ((c & 0xc0) != 0x80)
            return std::nullopt;
        cp = (cp << 6) | (c & 0x3f);
    }
    const char32_t smallest[] = {0, 0x80, 0x800, 0x10000};
    if (cp < smallest[extra] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return std::nullopt;
    return cp;
}

bool forbidden(char32_t cp)
{
    if (cp <= 0x20 || (cp >= 0x7f && cp <= 0x9f))
        return true; // spaces and control characters
    if (cp == 0x200e || cp == 0x200f || (cp >= 0x202a && cp <= 0x202e))
        return true; // bidi formatting marks
    return std::u32string_view(U"<>\"{}|\\^`").find(cp) != std::u32string_view::npos;
}
} // namespace

std::string iriProblem(std::string_view text)
{
    std::size_t colon = 0;
    while (colon < text.size() && text[colon] != ':')
        ++colon;
    if (colon == text.size() || colon == 0 || !isAlpha(text[0]))
        return "an IRI starts with a scheme and a colon, such as https:";
    for (std::size_t i = 1; i < colon; ++i)
    {
        const char c = text[i];
        if (!isAlpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.')
            return "the scheme before the colon has a character a scheme cannot have";
    }
    if (colon + 1 == text.size())
        return "nothing follows the scheme";
    for (std::size_t i = colon + 1; i < text.size();)
    {
        const std::size_t at = i;
        const auto cp = nextCodePoint(text, i);
        if (!cp)
            return "it is not valid UTF-8";
        if (forbidden(*cp))
            return "it has a space, a control character or a character IRIs do not allow at "
                   "byte " +
                   std::to_string(at + 1);
        if (*cp == '%' && !(i + 1 < text.size() && isHex(text[i]) && isHex(text[i + 1])))
            return "a % is not followed by two hex digits at byte " + std::to_string(at + 1);
    }
    return {};
}

} // namespace kompis::core::exports
