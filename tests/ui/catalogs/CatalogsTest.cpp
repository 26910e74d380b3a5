#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unicode/msgfmt.h>
#include <unicode/plurrule.h>
#include <unicode/unistr.h>
#include <vector>

namespace
{

const std::filesystem::path catalogDir = std::filesystem::path(KOMPIS_MEDIA_DIR) / "i18n";

/// The nine interface languages Kompis ships; each must have a complete catalog.
const std::vector<std::string> interfaceLanguages = {"en",    "sv", "nb", "fi", "ar",
                                                     "fa-AF", "ti", "so", "uk"};

using Catalog = std::map<std::string, std::string>;

Catalog readCatalog(const std::string& language)
{
    std::ifstream in(catalogDir / (language + ".txt"));
    Catalog catalog;
    std::string line;
    while (std::getline(in, line))
    {
        const auto eq = line.find(" = ");
        if (line.empty() || line[0] == '#' || eq == std::string::npos)
            continue;
        catalog[line.substr(0, eq)] = line.substr(eq + 3);
    }
    return catalog;
}

struct PluralUse
{
    std::string argument;
    std::set<std::string> keywords; ///< `one`, `few`, … as written
    std::set<double> exact;         ///< `=0`, `=1`, … as written
};

/// The plural arguments of a pattern and the selectors each names (nested messages included).
std::vector<PluralUse> pluralUses(const std::string& pattern)
{
    std::vector<PluralUse> uses;
    for (std::size_t at = pattern.find(", plural,"); at != std::string::npos;
         at = pattern.find(", plural,", at + 1))
    {
        PluralUse use;
        const auto open = pattern.rfind('{', at);
        use.argument = pattern.substr(open + 1, at - open - 1);
        std::size_t pos = at + 9;
        int depth = 0;
        std::string selector;
        for (; pos < pattern.size(); ++pos)
        {
            const char c = pattern[pos];
            if (c == '{')
            {
                if (depth == 0 && !selector.empty())
                {
                    if (selector[0] == '=')
                        use.exact.insert(std::stod(selector.substr(1)));
                    else
                        use.keywords.insert(selector);
                }
                selector.clear();
                ++depth;
            }
            else if (c == '}')
            {
                if (depth == 0)
                    break;
                --depth;
            }
            else if (depth == 0 && c != ' ')
                selector += c;
        }
        uses.push_back(use);
    }
    return uses;
}

/// Argument names in a pattern: `{name}` and `{name, plural, …}`, not the text of a plural form.
std::set<std::string> argumentNames(const std::string& pattern)
{
    std::set<std::string> names;
    for (std::size_t i = 0; i < pattern.size(); ++i)
    {
        if (pattern[i] != '{')
            continue;
        const auto end = pattern.find_first_of(",}", i + 1);
        const std::string name = pattern.substr(i + 1, end - i - 1);
        const bool identifier =
            !name.empty() &&
            name.find_first_not_of("abcdefghijklmnopqrstuvwxyz"
                                   "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") == std::string::npos;
        if (identifier)
            names.insert(name);
    }
    return names;
}

std::string toUtf8(const icu::UnicodeString& text)
{
    std::string out;
    text.toUTF8String(out);
    return out;
}

} // namespace

TEST_CASE("every interface catalog has exactly the keys of the English one")
{
    const Catalog english = readCatalog("en");
    REQUIRE(english.size() > 150);
    for (const auto& language : interfaceLanguages)
    {
        const Catalog catalog = readCatalog(language);
        for (const auto& [key, pattern] : english)
        {
            INFO(language << " lacks " << key);
            CHECK(catalog.count(key) == 1);
        }
        for (const auto& [key, pattern] : catalog)
        {
            INFO(language << " has " << key << ", which English does not");
            CHECK(english.count(key) == 1);
        }
    }
}

TEST_CASE("every translated message uses the same arguments as the English one")
{
    const Catalog english = readCatalog("en");
    for (const auto& language : interfaceLanguages)
        for (const auto& [key, pattern] : readCatalog(language))
            if (english.count(key) == 1)
            {
                INFO(language << ": " << key << " = " << pattern);
                CHECK(argumentNames(pattern) == argumentNames(english.at(key)));
            }
}

TEST_CASE("every plural message names each plural form of its language")
{
    for (const auto& language : interfaceLanguages)
    {
        UErrorCode status = U_ZERO_ERROR;
        const std::unique_ptr<icu::PluralRules> rules(
            icu::PluralRules::forLocale(icu::Locale(language.c_str()), status));
        REQUIRE(U_SUCCESS(status));
        std::unique_ptr<icu::StringEnumeration> keywords(rules->getKeywords(status));
        std::vector<std::string> forms;
        while (const char* keyword = keywords->next(nullptr, status))
            forms.emplace_back(keyword);

        for (const auto& [key, pattern] : readCatalog(language))
            for (const PluralUse& use : pluralUses(pattern))
                for (const auto& form : forms)
                {
                    if (use.keywords.count(form) == 1)
                        continue;
                    // A form whose every example value is written out (=0) is covered too.
                    double samples[16];
                    const int count =
                        rules->getSamples(icu::UnicodeString::fromUTF8(form), samples, 16, status);
                    bool covered = count > 0;
                    for (int i = 0; i < count; ++i)
                        covered = covered && use.exact.count(samples[i]) == 1;
                    INFO(language << ": " << key << " has no '" << form << "' form for {"
                                  << use.argument << "}");
                    CHECK(covered);
                }
    }
}

TEST_CASE("every catalog pattern formats in its language for the numbers learners see")
{
    const std::vector<double> numbers = {0, 1, 2, 3, 5, 11, 21, 100};
    for (const auto& language : interfaceLanguages)
        for (const auto& [key, pattern] : readCatalog(language))
        {
            UErrorCode status = U_ZERO_ERROR;
            icu::MessageFormat format(icu::UnicodeString::fromUTF8(pattern),
                                      icu::Locale(language.c_str()), status);
            INFO(language << ": " << key << " = " << pattern);
            REQUIRE(U_SUCCESS(status));
            const auto names = argumentNames(pattern);
            for (double number : numbers)
            {
                std::vector<icu::UnicodeString> argNames;
                std::vector<icu::Formattable> args;
                for (const auto& name : names)
                {
                    argNames.push_back(icu::UnicodeString::fromUTF8(name));
                    args.emplace_back(number);
                }
                icu::UnicodeString out;
                format.format(argNames.data(), args.data(), int32_t(args.size()), out, status);
                REQUIRE(U_SUCCESS(status));
                const std::string text = toUtf8(out);
                INFO("with " << number << ": " << text);
                CHECK(text.find('{') == std::string::npos);
                CHECK(!text.empty());
            }
        }
}

TEST_CASE("Arabic and Ukrainian pick the noun form the number needs")
{
    auto format = [](const std::string& language, const std::string& key, double n)
    {
        UErrorCode status = U_ZERO_ERROR;
        icu::MessageFormat message(icu::UnicodeString::fromUTF8(readCatalog(language).at(key)),
                                   icu::Locale(language.c_str()), status);
        icu::UnicodeString name = icu::UnicodeString::fromUTF8("count");
        icu::Formattable arg(n);
        icu::UnicodeString out;
        message.format(&name, &arg, 1, out, status);
        return toUtf8(out);
    };
    CHECK(format("uk", "progress.answers", 1) == "1 відповідь");
    CHECK(format("uk", "progress.answers", 3) == "3 відповіді");
    CHECK(format("uk", "progress.answers", 5) == "5 відповідей");
    CHECK(format("uk", "progress.answers", 21) == "21 відповідь");
    CHECK(format("ar", "progress.answers", 2) == "إجابتان");
    CHECK(format("ar", "progress.answers", 1) == "إجابة واحدة");
    CHECK(format("ar", "progress.answers", 0) == "لا إجابات");
}

TEST_CASE("every language name is written in its own script in every catalog")
{
    const std::map<std::string, std::string> ownNames = {
        {"language.ar", "العربية"},  {"language.fa-AF", "دری"},     {"language.ti", "ትግርኛ"},
        {"language.so", "Soomaali"}, {"language.uk", "Українська"}, {"language.fi", "Suomi"}};
    for (const auto& language : interfaceLanguages)
    {
        const Catalog catalog = readCatalog(language);
        for (const auto& [key, name] : ownNames)
        {
            INFO(language << ": " << key);
            CHECK(catalog.at(key) == name);
        }
    }
}
