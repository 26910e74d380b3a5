#include "app/Settings.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace kompis;

TEST_CASE("settings survive a save and load, and bad values keep their defaults")
{
    const fs::path file =
        fs::temp_directory_path() / ("kompis-settings-" + std::to_string(::getpid()) + ".txt");
    app::Settings s;
    s.uiLanguage = "nb";
    s.textSize = ui::TextSize::Largest;
    s.highContrast = true;
    s.volume = 40;
    REQUIRE(app::saveSettings(s, file));
    const auto back = app::loadSettings(file);
    CHECK(back.uiLanguage == "nb");
    CHECK(back.textSize == ui::TextSize::Largest);
    CHECK(back.highContrast);
    CHECK(back.volume == 40);
    {
        std::ofstream out(file);
        out << "language=x y\nvolume=loud\n";
    }
    const auto defaults = app::loadSettings(file);
    CHECK(defaults.uiLanguage.empty());
    CHECK(defaults.volume == 80);
    fs::remove(file);
}
