#pragma once

#include "ui/Theme.hpp"

#include <filesystem>
#include <string>

namespace kompis::app
{

/// Settings of this PC (the learner's interface language lives in their profile).
struct Settings
{
    std::string uiLanguage = "sv";
    ui::TextSize textSize = ui::TextSize::Normal;
    bool highContrast = false;
    int volume = 80; ///< percent
    bool fullScreen = false;
    bool kiosk = false; ///< full screen, and no way out without the teacher PIN
};

/// Reads `key=value` lines; unknown keys and bad values keep their defaults.
Settings loadSettings(const std::filesystem::path& file);
bool saveSettings(const Settings& settings, const std::filesystem::path& file);

} // namespace kompis::app
