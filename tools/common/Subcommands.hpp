#pragma once

#include "common/CommandLine.hpp"

#include <functional>
#include <string>
#include <vector>

namespace kompis::tools
{

/// One command of a tool (`kompis-author validate`, `kompis-admin learners add`).
struct Subcommand
{
    /// One word, or two for a command inside a group ("learners add").
    std::string name;
    /// One line for the tool's list of commands.
    std::string summary;
    /// The synopsis shown after "Usage: " when the command line does not fit.
    std::string usage;
    std::vector<Option> options;
    std::function<int(CommandLine&)> run;
    /// What `--help` prints; when empty, `run` is called with wantsHelp() set and answers itself.
    std::string help = {};
};

/// A command-line tool made of subcommands.
struct Tool
{
    std::string name;
    /// What `TOOL --help` prints (the list of commands, from listCommands or written out).
    std::string overview;
    std::vector<Subcommand> commands;
};

/// The commands' names and summaries, one aligned line each.
[[nodiscard]] std::string listCommands(const std::vector<Subcommand>& commands);

/// Finds the command argv names, parses its words and runs it. `--help` prints the overview (or
/// the command's help); no command, an unknown one, an unknown option or a missing value print
/// what is wrong with the usage on stderr and give kUsageExit.
int runTool(const Tool& tool, int argc, const char* const* argv);

} // namespace kompis::tools
