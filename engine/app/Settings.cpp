#include "app/Settings.hpp"

#include "core/store/PrivateFile.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

namespace kompis::app
{
namespace
{

bool isDigits(const std::string& value, std::size_t maxLength)
{
    return !value.empty() && value.size() <= maxLength &&
           value.find_first_not_of("0123456789") == std::string::npos;
}

/// The catalog that serves a POSIX locale name or a LANGUAGE entry, or "".
std::string catalogFor(std::string locale, const std::vector<std::string>& available)
{
    locale = locale.substr(0, locale.find_first_of(".@"));
    const auto cut = locale.find_first_of("_-");
    std::string language = locale.substr(0, cut);
    const std::string region = cut == std::string::npos ? "" : locale.substr(cut + 1);
    // Norwegian: "no" is the macrolanguage, and readers of nynorsk read bokmål. Dari is written
    // Persian, so a Persian (fa_IR) or Dari (prs) locale reads the Dari catalog best.
    if (language == "no" || language == "nn")
        language = "nb";
    if (language == "prs")
        language = "fa";
    const auto has = [&](const std::string& tag)
    { return std::find(available.begin(), available.end(), tag) != available.end(); };
    if (!region.empty() && has(language + "-" + region))
        return language + "-" + region;
    if (has(language))
        return language;
    for (const auto& tag : available)
        if (tag.rfind(language + "-", 0) == 0)
            return tag;
    return {};
}

} // namespace

bool plausibleLanguageTag(const std::string& tag)
{
    // A primary subtag of 2–3 letters, then subtags of 2–8 letters or digits.
    std::istringstream parts(tag);
    std::string part;
    bool first = true;
    while (std::getline(parts, part, '-'))
    {
        const bool letters = std::all_of(part.begin(), part.end(),
                                         [](char c) { return std::isalpha((unsigned char)c); });
        const bool alnum = std::all_of(part.begin(), part.end(),
                                       [](char c) { return std::isalnum((unsigned char)c); });
        if (first ? !(letters && part.size() >= 2 && part.size() <= 3)
                  : !(alnum && part.size() >= 2 && part.size() <= 8))
            return false;
        first = false;
    }
    return !first && tag.back() != '-';
}

Settings loadSettings(const std::filesystem::path& file)
{
    Settings s;
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line))
    {
        const auto eq = line.find('=');
        if (eq == std::string::npos)
            continue;
        const std::string key = line.substr(0, eq), value = line.substr(eq + 1);
        // Any well-formed tag is kept (a language without a catalog shows English), so a
        // language added to the catalogs is never lost at the next start.
        if (key == "language" && plausibleLanguageTag(value))
            s.uiLanguage = value;
        else if (key == "text-size")
            s.textSize = value == "2"   ? ui::TextSize::Largest
                         : value == "1" ? ui::TextSize::Large
                                        : ui::TextSize::Normal;
        else if (key == "high-contrast")
            s.highContrast = value == "1";
        else if (key == "volume" && isDigits(value, 3))
            s.volume = std::min(100, std::stoi(value));
        else if (key == "full-screen")
            s.fullScreen = value == "1";
        else if (key == "kiosk")
            s.kiosk = value == "1";
        else if (key == "pc-set-up")
            s.pcSetUp = value == "1";
        else if (key == "idle-sign-out-seconds" && isDigits(value, 6))
            s.idleSignOutSeconds = std::stoi(value);
    }
    return s;
}

bool saveSettings(const Settings& s, const std::filesystem::path& file)
{
    // Private (0600) and whole: a crash while writing leaves the old settings, never half.
    if (!core::store::createPrivateFolders(file.parent_path()).empty())
        return false;
    core::store::AtomicFile out(file);
    if (!out.error().empty())
        return false;
    if (!s.uiLanguage.empty())
        out.stream() << "language=" << s.uiLanguage << "\n";
    out.stream() << "text-size=" << int(s.textSize) << "\nhigh-contrast=" << s.highContrast
                 << "\nvolume=" << s.volume << "\nfull-screen=" << s.fullScreen
                 << "\nkiosk=" << s.kiosk << "\npc-set-up=" << s.pcSetUp
                 << "\nidle-sign-out-seconds=" << s.idleSignOutSeconds << "\n";
    return out.commit().empty();
}

std::string systemLanguage(const std::vector<std::string>& available, const EnvReader& getenv)
{
    std::string locale;
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"})
        if (const char* value = getenv(name); value && *value)
        {
            locale = value;
            break;
        }
    if (locale.empty() || locale == "C" || locale == "POSIX" || locale.rfind("C.", 0) == 0)
        return "en";
    if (const char* list = getenv("LANGUAGE"); list && *list)
    {
        std::istringstream entries(list);
        std::string entry;
        while (std::getline(entries, entry, ':'))
            if (std::string tag = catalogFor(entry, available); !tag.empty())
                return tag;
    }
    const std::string tag = catalogFor(locale, available);
    return tag.empty() ? "en" : tag;
}

std::string unknownLanguage(const std::string& tag, const std::vector<std::string>& available)
{
    if (tag.empty() || std::find(available.begin(), available.end(), tag) != available.end())
        return {};
    std::string known;
    for (const std::string& code : offeredLanguages(available))
        known += (known.empty() ? "" : ", ") + code;
    return "unknown interface language '" + tag + "' (--ui-language); known: " +
           (known.empty() ? "none (no message catalogs found)" : known);
}

std::vector<std::string> offeredLanguages(std::vector<std::string> available)
{
    static const std::vector<std::string> order{"sv",    "nb", "fi", "en", "ar",
                                                "fa-AF", "ti", "so", "uk"};
    const auto rank = [&](const std::string& tag)
    { return std::find(order.begin(), order.end(), tag) - order.begin(); };
    std::stable_sort(available.begin(), available.end(),
                     [&](const std::string& a, const std::string& b)
                     { return rank(a) != rank(b) ? rank(a) < rank(b) : a < b; });
    return available;
}

} // namespace kompis::app
