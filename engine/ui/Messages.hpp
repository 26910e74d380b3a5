#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace kompis::ui
{

/// A named argument of a message: `{count, plural, one {# review} other {# reviews}}` takes
/// `{"count", 3}`; text arguments are substituted as they are, isolated (FSI…PDI) when the
/// message or the text holds right-to-left letters.
struct MessageArg
{
    std::string name;
    double number = 0;
    std::string text;
    bool isText = false;

    MessageArg(std::string n, double v)
        : name(std::move(n))
        , number(v)
    {
    }
    MessageArg(std::string n, std::string t)
        : name(std::move(n))
        , text(std::move(t))
        , isText(true)
    {
    }
};

/// The interface strings of one language, with English behind it for anything missing.
/// Catalog files are `key = ICU MessageFormat pattern` lines (`#` starts a comment).
class Messages
{
public:
    /// Parses catalog text; returns the number of lines it could not read.
    int addCatalog(const std::string& language, const std::string& text);
    /// Loads `<dir>/<language>.txt` for every language found there.
    void loadDirectory(const std::filesystem::path& dir);
    void setLanguage(std::string language) { m_language = std::move(language); }
    [[nodiscard]] const std::string& language() const { return m_language; }
    [[nodiscard]] std::vector<std::string> languages() const;
    /// Whether the current language is written right to left (ar, fa-AF): the layout mirrors.
    [[nodiscard]] bool rightToLeft() const;
    [[nodiscard]] bool has(const std::string& key) const;

    /// The message formatted with ICU MessageFormat in the current language (plural rules of that
    /// language); the key itself when no catalog has it, so a gap is visible, not blank.
    [[nodiscard]] std::string operator()(const std::string& key,
                                         const std::vector<MessageArg>& args = {}) const;

private:
    [[nodiscard]] const std::string* pattern(const std::string& key,
                                             std::string& usedLanguage) const;

    std::map<std::string, std::map<std::string, std::string>> m_catalogs;
    std::string m_language = "en";
};

} // namespace kompis::ui
