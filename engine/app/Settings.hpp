#pragma once

#include "ui/Theme.hpp"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace kompis::app
{

/// Settings of this PC (the learner's interface language lives in their profile).
struct Settings
{
    /// "" until someone chooses: then the system's language is shown (see systemLanguage).
    std::string uiLanguage;
    ui::TextSize textSize = ui::TextSize::Normal;
    bool highContrast = false;
    int volume = 80; ///< percent
    bool fullScreen = false;
    bool kiosk = false; ///< full screen, and no way out without the teacher PIN
    /// The "Set up this PC" step was done (a teacher PIN chosen, or "my own computer").
    bool pcSetUp = false;
    /// A signed-in learner who does nothing for this long is signed out; 0 never.
    int idleSignOutSeconds = 0;
};

/// Reads `key=value` lines; unknown keys and bad values keep their defaults.
Settings loadSettings(const std::filesystem::path& file);
bool saveSettings(const Settings& settings, const std::filesystem::path& file);

/// Whether `tag` looks like a language tag a catalog can be named by ("fi", "fa-AF").
[[nodiscard]] bool plausibleLanguageTag(const std::string& tag);

/// Reads one environment variable; nullptr when unset.
using EnvReader = std::function<const char*(const char*)>;

/// The interface language the system asks for when one of `available` serves it, else "en".
/// The locale is the first set of LC_ALL, LC_MESSAGES and LANG (as POSIX orders them, e.g.
/// `nb_NO.UTF-8`); GNU's LANGUAGE list (`fi:sv`) goes first unless the locale is C.
[[nodiscard]] std::string systemLanguage(const std::vector<std::string>& available,
                                         const EnvReader& getenv);

/// Why `--ui-language tag` cannot be used: "" when `tag` is empty (not asked for) or names one of
/// `available` exactly; else a message that lists the known codes in the order they are offered.
[[nodiscard]] std::string unknownLanguage(const std::string& tag,
                                          const std::vector<std::string>& available);

/// The catalog languages in the order the settings offer them: the course languages and
/// English first, then the others as the team lists them; each shown by its own name.
[[nodiscard]] std::vector<std::string> offeredLanguages(std::vector<std::string> available);

} // namespace kompis::app
