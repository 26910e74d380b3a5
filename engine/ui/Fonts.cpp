#include "ui/Fonts.hpp"

#include <cstdlib>
#include <filesystem>
#include <utility>
#include <vector>

namespace kompis::ui
{

bool loadFonts(Fonts& fonts, std::string& error)
{
    std::vector<std::pair<std::string, std::string>> candidates;
    if (const char* env = std::getenv("KOMPIS_FONT"))
        candidates.emplace_back(env, env);
    // Both families cover every Nordic letter; DejaVu first for its large x-height.
    for (const char* dir : {"/usr/share/fonts/truetype/dejavu/", "/usr/local/share/fonts/dejavu/"})
        candidates.emplace_back(std::string(dir) + "DejaVuSans.ttf",
                                std::string(dir) + "DejaVuSans-Bold.ttf");
    for (const char* dir : {"/usr/share/fonts/truetype/noto/", "/usr/share/fonts/noto/"})
        candidates.emplace_back(std::string(dir) + "NotoSans-Regular.ttf",
                                std::string(dir) + "NotoSans-Bold.ttf");
    for (const auto& [regular, bold] : candidates)
    {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(regular, ec))
            continue;
        if (!fonts.regular.loadFromFile(regular))
            continue;
        if (!std::filesystem::is_regular_file(bold, ec) || !fonts.bold.loadFromFile(bold))
            fonts.bold.loadFromFile(regular);
        fonts.regularPath = regular;
        return true;
    }
    error = "no font found: install fonts-dejavu-core or fonts-noto-core (or set KOMPIS_FONT)";
    return false;
}

} // namespace kompis::ui
