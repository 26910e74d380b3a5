#pragma once

#include "common/CommandLine.hpp"
#include "core/diag/Printable.hpp"
#include "core/util/Json.hpp"

#include <cstdio>
#include <string>
#include <string_view>

namespace kompis::author
{

/// Exit codes every command uses.
enum Exit
{
    kClean = 0,    ///< nothing found
    kProblems = 1, ///< problems found in the input
    kUsage = 2,    ///< bad command line, or a file could not be read or written
};

/// A command's parsed words (the tools' shared parser).
using Arguments = tools::CommandLine;

/// How to write for a person: colour only on a terminal (and not with NO_COLOR).
struct Terminal
{
    bool colour = false;
    bool interactive = false;

    static Terminal forStream(std::FILE* stream);
    [[nodiscard]] std::string paint(std::string_view text, std::string_view code) const;
};

/// A one-line progress bar on stderr, shown only on a terminal and only once a run has taken
/// more than a second.
class ProgressBar
{
public:
    explicit ProgressBar(std::string label);
    ~ProgressBar();
    ProgressBar(const ProgressBar&) = delete;
    ProgressBar& operator=(const ProgressBar&) = delete;
    void update(std::size_t done, std::size_t total);

private:
    std::string m_label;
    bool m_enabled = false;
    bool m_drawn = false;
    double m_start = 0;
};

/// Quotes a string for JSON (the exports' writer: escapes controls, repairs bad UTF-8), with C1
/// controls escaped as well: JSON allows them raw, but a terminal showing the JSON obeys them.
inline std::string jsonString(std::string_view text)
{
    return core::escapeC1(core::util::jsonString(text));
}

/// Course text and file names made safe for a terminal (control characters escaped).
inline std::string shown(std::string_view text)
{
    return core::printable(text);
}

} // namespace kompis::author
