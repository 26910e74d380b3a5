#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kompis::tools
{

/// Whether an option stands alone or carries a value.
enum class Takes
{
    Nothing,    ///< a flag: `--werror`
    Value,      ///< `--format json` or `--format=json`
    MaybeValue, ///< a flag that may carry `=value` but never takes the next word
};

/// One option a command accepts: its long name, an optional short alias (`-o`), what it takes.
struct Option
{
    std::string name;
    Takes takes = Takes::Nothing;
    std::string alias = {};
};

/// A command's words after its name, parsed against the options it declares: flags, values
/// (`--opt value`, `--opt=value`), positional words, `--` ending the options. `--help` and `-h`
/// are always accepted. An undeclared option or a missing value is an error naming the option.
class CommandLine
{
public:
    [[nodiscard]] static CommandLine parse(const std::vector<std::string>& words,
                                           const std::vector<Option>& options);

    /// Empty when the words fit the options; else what is wrong, naming the option.
    [[nodiscard]] const std::string& error() const { return m_error; }
    /// True when the option (by name or alias) was given, with or without a value.
    [[nodiscard]] bool flag(std::string_view name) const;
    /// The option's value (the last one when given twice); none when absent or given bare.
    [[nodiscard]] std::optional<std::string> value(std::string_view name) const;
    /// The words that are neither options nor their values, in order.
    [[nodiscard]] const std::vector<std::string>& positional() const { return m_positional; }
    [[nodiscard]] bool wantsHelp() const { return m_help; }

    /// Prints `TOOL COMMAND: message` and the command's usage to stderr; the usage exit status.
    int usageError(std::string_view message) const;
    /// Names the command for usageError (set by the subcommand runner).
    void describe(std::string command, std::string usage);

private:
    struct Given
    {
        std::string name;
        std::optional<std::string> value;
    };
    std::vector<Given> m_given;
    std::vector<std::string> m_positional;
    std::string m_error;
    std::string m_command;
    std::string m_usage;
    bool m_help = false;
};

/// The exit status of a command line that does not fit the command.
inline constexpr int kUsageExit = 2;

} // namespace kompis::tools
