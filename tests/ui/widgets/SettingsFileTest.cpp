// Issue 15: the settings file of a shared PC is private and never half written.
#include "app/Settings.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace kompis;

TEST_CASE("settings are written readable by their owner only, through a part file that a killed "
          "write leaves behind without harm")
{
    const fs::path dir =
        fs::temp_directory_path() / ("kompis-settings-private-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace);
    const fs::path file = dir / "kompis" / "settings.txt";
    app::Settings s;
    s.uiLanguage = "nb";
    REQUIRE(app::saveSettings(s, file));
    CHECK((fs::status(file).permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write));
    CHECK((fs::status(file.parent_path()).permissions() &
           (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);

    // A write killed half way left its part file; the settings under the real name are whole,
    // and the next save replaces the leftover.
    std::ofstream(file.string() + ".part") << "language=en\ntext-si";
    CHECK(app::loadSettings(file).uiLanguage == "nb");
    s.uiLanguage = "sv";
    REQUIRE(app::saveSettings(s, file));
    CHECK(app::loadSettings(file).uiLanguage == "sv");
    CHECK_FALSE(fs::exists(file.string() + ".part"));
    fs::remove_all(dir);
}
