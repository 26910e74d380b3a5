// kompis-attack: hostile inputs against the real kompis-author, kompis-admin and kompis, family
// by family (issue 15). Prints `family | cases | held | broke` and one line per broken case;
// exits 1 when any case broke. tests/attack/README.md says how to run it and what it covers.
#include "Attack.hpp"
#include "XvfbDisplay.hpp"

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <optional>
#include <set>
#include <unistd.h>

using namespace kompis::attack;

namespace
{

int usage()
{
    std::cerr << "usage: kompis-attack [--family NAME]... [--seed N] [--keep] [--list]\n";
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    Setup setup;
    setup.author = KOMPIS_AUTHOR_BIN;
    setup.admin = KOMPIS_ADMIN_BIN;
    setup.player = KOMPIS_PLAYER_BIN;
    setup.exampleCourse = fs::path(KOMPIS_COURSES_DIR) / "example";
    setup.seed = static_cast<std::uint32_t>(std::time(nullptr));
    std::set<std::string> only;
    for (int i = 1; i < argc; ++i)
    {
        const std::string arg = argv[i];
        if (arg == "--family" && i + 1 < argc)
            only.insert(argv[++i]);
        else if (arg == "--seed" && i + 1 < argc)
            setup.seed = static_cast<std::uint32_t>(std::strtoul(argv[++i], nullptr, 10));
        else if (arg == "--keep")
            setup.keep = true;
        else if (arg == "--list")
        {
            for (const auto& family : families())
                std::cout << family.name << ": " << family.covers << "\n";
            return 0;
        }
        else
            return usage();
    }
    setup.scratch = fs::temp_directory_path() / ("kompis-attack-" + std::to_string(::getpid()));
    fs::remove_all(setup.scratch);
    fs::create_directories(setup.scratch);

    // One private X server for every player case, started only when there is no display.
    std::optional<XvfbDisplay> display;
    if (!setup.player.empty() && (!std::getenv("DISPLAY") || !*std::getenv("DISPLAY")))
    {
        display.emplace();
        if (!display->ok())
        {
            std::cerr << "kompis-attack: cannot start Xvfb; the player's cases are left out\n";
            setup.player.clear();
        }
    }

    Attack attack(setup);
    const auto start = std::chrono::steady_clock::now();
    for (const auto& family : families())
        if (only.empty() || only.contains(family.name))
        {
            std::cerr << family.name << ":\n";
            family.run(attack);
        }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const bool held = attack.report(std::cout, seconds);
    if (!setup.keep)
        fs::remove_all(setup.scratch);
    return held ? 0 : 1;
}
