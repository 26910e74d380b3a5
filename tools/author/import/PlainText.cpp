#include "import/PlainText.hpp"

#include <cctype>
#include <map>
#include <memory>
#include <mutex>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace kompis::author::import
{

namespace
{

void appendCodePoint(std::string& out, unsigned long cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    if (cp < 0x80)
        out += static_cast<char>(cp);
    else if (cp < 0x800)
    {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    else if (cp < 0x10000)
    {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    else
    {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

/// Decodes the entity starting at `html[at] == '&'`; returns the characters consumed (0: none).
std::size_t decodeEntity(std::string_view html, std::size_t at, std::string& out)
{
    static const std::map<std::string_view, std::string_view> kNamed = {
        {"amp", "&"},         {"lt", "<"},         {"gt", ">"},         {"quot", "\""},
        {"apos", "'"},        {"nbsp", " "},       {"ndash", "\u2013"}, {"mdash", "\u2014"},
        {"hellip", "\u2026"}, {"rsquo", "\u2019"}, {"lsquo", "\u2018"}, {"rdquo", "\u201D"},
        {"ldquo", "\u201C"},  {"aring", "å"},      {"Aring", "Å"},      {"auml", "ä"},
        {"Auml", "Ä"},        {"ouml", "ö"},       {"Ouml", "Ö"},       {"aelig", "æ"},
        {"AElig", "Æ"},       {"oslash", "ø"},     {"Oslash", "Ø"},     {"eacute", "é"}};
    const auto end = html.find(';', at);
    if (end == std::string_view::npos || end - at > 10)
        return 0;
    const auto name = html.substr(at + 1, end - at - 1);
    if (name.starts_with('#') && name.size() > 1)
    {
        const bool hex = name[1] == 'x' || name[1] == 'X';
        const std::string digits(name.substr(hex ? 2 : 1));
        if (digits.empty())
            return 0;
        char* stop = nullptr;
        const auto cp = std::strtoul(digits.c_str(), &stop, hex ? 16 : 10);
        if (*stop)
            return 0;
        appendCodePoint(out, cp);
        return end - at + 1;
    }
    const auto found = kNamed.find(name);
    if (found == kNamed.end())
        return 0;
    out += found->second;
    return end - at + 1;
}

std::string attributeOf(std::string_view tag, std::string_view name)
{
    std::string lower(tag);
    for (auto& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto at = lower.find(std::string(name) + "=");
    if (at == std::string::npos)
        return {};
    auto start = at + name.size() + 1;
    const char quote = start < tag.size() ? tag[start] : ' ';
    if (quote == '"' || quote == '\'')
        ++start;
    auto stop =
        tag.find_first_of(quote == '"' || quote == '\'' ? std::string(1, quote) : " >", start);
    return std::string(
        tag.substr(start, stop == std::string_view::npos ? tag.size() - start : stop - start));
}

} // namespace

std::string htmlToText(std::string_view html, std::vector<std::string>* images)
{
    std::string out;
    for (std::size_t i = 0; i < html.size();)
    {
        const char c = html[i];
        if (c == '<')
        {
            const auto close = html.find('>', i);
            if (close == std::string_view::npos)
            {
                out += html.substr(i);
                break;
            }
            const auto tag = html.substr(i + 1, close - i - 1);
            std::string name;
            for (const char t : tag)
            {
                if (std::isalpha(static_cast<unsigned char>(t)) || (t == '/' && name.empty()))
                    name += static_cast<char>(std::tolower(static_cast<unsigned char>(t)));
                else if (!name.empty())
                    break;
            }
            if (name == "img" && images)
                images->push_back(attributeOf(tag, "src"));
            if (name != "b" && name != "/b" && name != "i" && name != "/i" && name != "em" &&
                name != "/em" && name != "strong" && name != "/strong" && name != "span" &&
                name != "/span" && name != "u" && name != "/u")
                out += ' ';
            i = close + 1;
        }
        else if (c == '&')
        {
            const auto used = decodeEntity(html, i, out);
            if (used == 0)
                out += c;
            i += used ? used : 1;
        }
        else
            out += html[i++];
    }
    return collapseSpace(out);
}

std::string slugify(std::string_view text, std::size_t maxLength)
{
    static std::once_flag once;
    static std::unique_ptr<icu::Transliterator> transliterator;
    std::call_once(once,
                   []
                   {
                       UErrorCode status = U_ZERO_ERROR;
                       transliterator.reset(icu::Transliterator::createInstance(
                           "Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
                       if (U_FAILURE(status))
                           transliterator.reset();
                   });
    auto unicode = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    if (transliterator)
        transliterator->transliterate(unicode);
    std::string ascii;
    unicode.toUTF8String(ascii);
    std::string slug;
    for (const char c : ascii)
    {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) && u < 0x80)
            slug += static_cast<char>(std::tolower(u));
        else if (!slug.empty() && slug.back() != '-')
            slug += '-';
        if (slug.size() >= maxLength)
            break;
    }
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    return slug;
}

std::string xmlEscape(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text)
    {
        switch (c)
        {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            // XML 1.0 has no place for other control characters; Excel and Anki leave some in.
            if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n')
                out += c;
        }
    }
    return out;
}

} // namespace kompis::author::import
