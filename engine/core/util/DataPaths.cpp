#include "core/util/DataPaths.hpp"

#include <cstdlib>

namespace kompis::core::util
{

std::filesystem::path dataHome()
{
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg == '/')
        return std::filesystem::path(xdg) / "kompis";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".local" / "share" / "kompis";
    return {};
}

std::filesystem::path userCoursesDir()
{
    const auto home = dataHome();
    return home.empty() ? home : home / "courses";
}

std::filesystem::path defaultStorePath()
{
    if (const char* env = std::getenv("KOMPIS_STORE"); env && *env)
        return env;
    const auto home = dataHome();
    return home.empty() ? std::filesystem::path("progress.sqlite") : home / "progress.sqlite";
}

} // namespace kompis::core::util
