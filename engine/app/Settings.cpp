#include "app/Settings.hpp"

#include "core/store/PrivateFile.hpp"

#include <fstream>

namespace kompis::app
{

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
        if (key == "language" && (value == "sv" || value == "nb" || value == "en"))
            s.uiLanguage = value;
        else if (key == "text-size")
            s.textSize = value == "2"   ? ui::TextSize::Largest
                         : value == "1" ? ui::TextSize::Large
                                        : ui::TextSize::Normal;
        else if (key == "high-contrast")
            s.highContrast = value == "1";
        else if (key == "volume" && !value.empty() && value.size() <= 3 &&
                 value.find_first_not_of("0123456789") == std::string::npos)
            s.volume = std::min(100, std::stoi(value));
        else if (key == "full-screen")
            s.fullScreen = value == "1";
        else if (key == "kiosk")
            s.kiosk = value == "1";
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
    out.stream() << "language=" << s.uiLanguage << "\ntext-size=" << int(s.textSize)
                 << "\nhigh-contrast=" << s.highContrast << "\nvolume=" << s.volume
                 << "\nfull-screen=" << s.fullScreen << "\nkiosk=" << s.kiosk << "\n";
    return out.commit().empty();
}

} // namespace kompis::app
