// The logic behind a shared PC that has no window: settings that stay, the first language,
// learners who share a name, and the window's first size.
#include "app/LearnerLook.hpp"
#include "app/Settings.hpp"
#include "app/WindowSize.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace kompis;

namespace
{

const std::vector<std::string> kCatalogs{"ar", "en", "fa-AF", "fi", "nb", "so", "sv", "ti", "uk"};

/// An environment of the given variables only.
app::EnvReader env(std::map<std::string, std::string> vars)
{
    return [vars = std::move(vars)](const char* name) -> const char*
    {
        auto found = vars.find(name);
        return found == vars.end() ? nullptr : found->second.c_str();
    };
}

fs::path tempFile(const std::string& name)
{
    return fs::temp_directory_path() /
           ("kompis-" + name + "-" + std::to_string(::getpid()) + ".txt");
}

core::store::LearnerProfile learner(std::int64_t id, std::string name, std::int64_t created,
                                    std::string colour = {})
{
    core::store::LearnerProfile l;
    l.id = id;
    l.displayName = std::move(name);
    l.createdAt = created;
    l.colour = std::move(colour);
    return l;
}

} // namespace

TEST_CASE("every interface language survives a save and the next start, Finnish too")
{
    const fs::path file = tempFile("settings-languages");
    for (const std::string& language : kCatalogs)
    {
        app::Settings s;
        s.uiLanguage = language;
        REQUIRE(app::saveSettings(s, file));
        CHECK(app::loadSettings(file).uiLanguage == language);
    }
    fs::remove(file);
}

TEST_CASE("the set-up step, the idle sign-out and an unchosen language are kept by the file")
{
    const fs::path file = tempFile("settings-pc");
    app::Settings s;
    s.pcSetUp = true;
    s.idleSignOutSeconds = 600;
    REQUIRE(app::saveSettings(s, file));
    const auto back = app::loadSettings(file);
    CHECK(back.pcSetUp);
    CHECK(back.idleSignOutSeconds == 600);
    // Nobody chose a language yet: the next start asks the system again.
    CHECK(back.uiLanguage.empty());
    CHECK_FALSE(app::loadSettings(tempFile("no-such-settings")).pcSetUp);
    fs::remove(file);
}

TEST_CASE("the first start speaks the system's language when Kompis has a catalog for it")
{
    CHECK(app::systemLanguage(kCatalogs, env({{"LANG", "nb_NO.UTF-8"}})) == "nb");
    CHECK(app::systemLanguage(kCatalogs, env({{"LANG", "sv_FI.UTF-8"}})) == "sv");
    CHECK(app::systemLanguage(kCatalogs, env({{"LANG", "fi_FI.UTF-8"}})) == "fi");
    CHECK(app::systemLanguage(kCatalogs, env({{"LANG", "ar_SY.UTF-8"}})) == "ar");
    CHECK(app::systemLanguage(kCatalogs, env({{"LANG", "fa_AF.UTF-8"}})) == "fa-AF");
    CHECK(app::systemLanguage(kCatalogs, env({{"LANG", "ti_ER.UTF-8"}})) == "ti");
    CHECK(app::systemLanguage(kCatalogs, env({{"LANG", "so_SO.UTF-8"}})) == "so");
    CHECK(app::systemLanguage(kCatalogs, env({{"LANG", "uk_UA.UTF-8@euro"}})) == "uk");
    // Norwegian locales named by the macrolanguage or nynorsk read the bokmål catalog.
    CHECK(app::systemLanguage(kCatalogs, env({{"LANG", "no_NO.UTF-8"}})) == "nb");
    CHECK(app::systemLanguage(kCatalogs, env({{"LANG", "nn_NO.UTF-8"}})) == "nb");
}

TEST_CASE("without a catalog for the system's language, or with the C locale, Kompis speaks "
          "English")
{
    CHECK(app::systemLanguage(kCatalogs, env({{"LANG", "de_DE.UTF-8"}})) == "en");
    CHECK(app::systemLanguage(kCatalogs, env({{"LANG", "C.UTF-8"}})) == "en");
    CHECK(app::systemLanguage(kCatalogs, env({{"LANG", "POSIX"}})) == "en");
    CHECK(app::systemLanguage(kCatalogs, env({})) == "en");
}

TEST_CASE("LC_ALL wins over LC_MESSAGES, which wins over LANG; GNU LANGUAGE goes first")
{
    CHECK(app::systemLanguage(kCatalogs, env({{"LC_ALL", "fi_FI.UTF-8"},
                                              {"LC_MESSAGES", "sv_SE.UTF-8"},
                                              {"LANG", "nb_NO.UTF-8"}})) == "fi");
    CHECK(app::systemLanguage(
              kCatalogs, env({{"LC_MESSAGES", "sv_SE.UTF-8"}, {"LANG", "nb_NO.UTF-8"}})) == "sv");
    CHECK(app::systemLanguage(kCatalogs,
                              env({{"LANG", "de_DE.UTF-8"}, {"LANGUAGE", "de:uk:en"}})) == "uk");
    // LANGUAGE is ignored under the C locale, as gettext does.
    CHECK(app::systemLanguage(kCatalogs, env({{"LANG", "C"}, {"LANGUAGE", "fi"}})) == "en");
}

TEST_CASE("the settings offer every catalog language, the course languages and English first")
{
    const auto offered =
        app::offeredLanguages({"uk", "en", "ti", "sv", "ar", "fi", "so", "nb", "fa-AF", "xx"});
    CHECK(offered ==
          std::vector<std::string>{"sv", "nb", "fi", "en", "ar", "fa-AF", "ti", "so", "uk", "xx"});
}

TEST_CASE("learners who share a name get a number by the order they were made; others none")
{
    const auto numbers = app::namesakeNumbers({learner(7, "Ali", 300), learner(3, "Sara", 100),
                                               learner(5, "ali", 200), learner(9, "Ali", 300)});
    CHECK(numbers.count(3) == 0);
    CHECK(numbers.at(5) == 1);
    CHECK(numbers.at(7) == 2);
    CHECK(numbers.at(9) == 3);
}

TEST_CASE("new learners get the colour fewest learners on the PC have")
{
    const auto& palette = app::learnerPalette();
    CHECK(app::pickLearnerColour({}) == palette[0]);
    const auto second = app::pickLearnerColour({learner(1, "Ali", 1, palette[0])});
    CHECK(second == palette[1]);
    std::uint8_t rgb[3];
    REQUIRE(app::parseColour(second, rgb));
    CHECK_FALSE(app::parseColour("blue", rgb));
}

TEST_CASE("the first window fits a 1366×768 laptop with its panel and title bar")
{
    const auto laptop = app::defaultWindowSize({1366, 768});
    CHECK(laptop.x <= 1366 - 40);
    CHECK(laptop.y <= 768 - 100);
    CHECK(laptop.y >= 600);
    CHECK(app::defaultWindowSize({1920, 1080}) == sf::Vector2u(1100, 720));
    CHECK(app::defaultWindowSize({800, 600}).y < 600);
}

TEST_CASE("a language named on the command line must be a catalog's exact code and names every "
          "known code otherwise")
{
    CHECK(app::unknownLanguage("", kCatalogs).empty());
    CHECK(app::unknownLanguage("ar", kCatalogs).empty());
    CHECK(app::unknownLanguage("fa-AF", kCatalogs).empty());
    const std::string why = app::unknownLanguage("klingon", kCatalogs);
    CHECK(why.find("'klingon'") != std::string::npos);
    for (const std::string& code : kCatalogs)
        CHECK(why.find(code) != std::string::npos);
    CHECK_FALSE(app::unknownLanguage("ar", {}).empty());
}
