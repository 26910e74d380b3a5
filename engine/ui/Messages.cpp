#include "ui/Messages.hpp"

#include "core/text/Isolation.hpp"

#include <fstream>
#include <sstream>
#include <unicode/fmtable.h>
#include <unicode/msgfmt.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

namespace kompis::ui
{
namespace
{

std::string trim(const std::string& s)
{
    const auto b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos)
        return {};
    const auto e = s.find_last_not_of(" \t\r");
    return s.substr(b, e - b + 1);
}

} // namespace

int Messages::addCatalog(const std::string& language, const std::string& text)
{
    int bad = 0;
    std::istringstream in(text);
    std::string line;
    auto& catalog = m_catalogs[language];
    while (std::getline(in, line))
    {
        const std::string t = trim(line);
        if (t.empty() || t[0] == '#')
            continue;
        const auto eq = t.find('=');
        if (eq == std::string::npos)
        {
            ++bad;
            continue;
        }
        std::string value = trim(t.substr(eq + 1));
        // "\n" in a catalog line means a line break in the text.
        for (std::size_t p = value.find("\\n"); p != std::string::npos; p = value.find("\\n", p))
            value.replace(p, 2, "\n");
        catalog[trim(t.substr(0, eq))] = value;
    }
    return bad;
}

void Messages::loadDirectory(const std::filesystem::path& dir)
{
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    {
        if (entry.path().extension() != ".txt")
            continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream buffer;
        buffer << in.rdbuf();
        addCatalog(entry.path().stem().string(), buffer.str());
    }
}

std::vector<std::string> Messages::languages() const
{
    std::vector<std::string> out;
    for (const auto& [lang, catalog] : m_catalogs)
        out.push_back(lang);
    return out;
}

bool Messages::has(const std::string& key) const
{
    std::string used;
    return pattern(key, used) != nullptr;
}

const std::string* Messages::pattern(const std::string& key, std::string& usedLanguage) const
{
    for (const std::string& lang : {m_language, std::string("en")})
    {
        auto c = m_catalogs.find(lang);
        if (c == m_catalogs.end())
            continue;
        auto m = c->second.find(key);
        if (m != c->second.end())
        {
            usedLanguage = lang;
            return &m->second;
        }
    }
    return nullptr;
}

std::string Messages::operator()(const std::string& key, const std::vector<MessageArg>& args) const
{
    std::string used;
    const std::string* p = pattern(key, used);
    if (!p)
        return key;
    UErrorCode status = U_ZERO_ERROR;
    icu::MessageFormat format(icu::UnicodeString::fromUTF8(*p), icu::Locale(used.c_str()), status);
    if (U_FAILURE(status))
        return *p;
    std::vector<icu::UnicodeString> names;
    std::vector<icu::Formattable> values;
    for (const MessageArg& a : args)
    {
        names.push_back(icu::UnicodeString::fromUTF8(a.name));
        // A name or a Swedish answer keeps its own direction inside an Arabic sentence (and
        // an Arabic name inside a Swedish one): isolated, from the structure, never by hand.
        values.push_back(a.isText ? icu::Formattable(icu::UnicodeString::fromUTF8(
                                        core::text::embedIn(*p, a.text)))
                                  : icu::Formattable(a.number));
    }
    icu::UnicodeString result;
    format.format(names.data(), values.data(), int32_t(args.size()), result, status);
    if (U_FAILURE(status))
        return *p;
    std::string out;
    result.toUTF8String(out);
    return out;
}

bool Messages::rightToLeft() const
{
    return uloc_isRightToLeft(m_language.c_str()) != 0;
}

} // namespace kompis::ui
