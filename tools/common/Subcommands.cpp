#include "common/Subcommands.hpp"

#include <cstdio>

namespace kompis::tools
{
namespace
{

// How many words of argv (from argv[1]) the command's name takes; 0 when it does not match.
std::size_t matchedWords(const Subcommand& command, int argc, const char* const* argv)
{
    std::size_t words = 0;
    std::string_view rest = command.name;
    for (int i = 1; i < argc && !rest.empty(); ++i, ++words)
    {
        const auto space = rest.find(' ');
        if (rest.substr(0, space) != argv[i])
            return 0;
        rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    }
    return rest.empty() ? words : 0;
}

} // namespace

std::string listCommands(const std::vector<Subcommand>& commands)
{
    std::string out;
    for (const auto& command : commands)
    {
        char line[512];
        std::snprintf(line, sizeof line, "  %-13s %s\n", command.name.c_str(),
                      command.summary.c_str());
        out += line;
    }
    return out;
}

int runTool(const Tool& tool, int argc, const char* const* argv)
{
    if (argc < 2)
    {
        std::fputs(tool.overview.c_str(), stderr);
        return kUsageExit;
    }
    const std::string_view first = argv[1];
    if (first == "--help" || first == "-h" || first == "help")
    {
        std::fputs(tool.overview.c_str(), stdout);
        return 0;
    }
    // The longest name wins, so "learners add" is not taken for "learners" with a word "add".
    const Subcommand* chosen = nullptr;
    std::size_t taken = 0;
    for (const auto& command : tool.commands)
        if (const auto words = matchedWords(command, argc, argv); words > taken)
            chosen = &command, taken = words;
    if (!chosen)
    {
        std::fprintf(stderr, "%s: unknown command '%s'; see %s --help\n", tool.name.c_str(),
                     argv[1], tool.name.c_str());
        return kUsageExit;
    }
    auto line = CommandLine::parse(std::vector<std::string>(argv + 1 + taken, argv + argc),
                                   chosen->options);
    line.describe(tool.name + " " + chosen->name, chosen->usage);
    if (line.wantsHelp() && !chosen->help.empty())
    {
        std::fputs(chosen->help.c_str(), stdout);
        return 0;
    }
    if (!line.error().empty() && !line.wantsHelp())
    {
        const int status = line.usageError(line.error());
        std::fprintf(stderr, "%s %s --help describes every option.\n", tool.name.c_str(),
                     chosen->name.c_str());
        return status;
    }
    return chosen->run(line);
}

} // namespace kompis::tools
