#pragma once

#include <string>

namespace kompis::app
{

class Shell;

/// Lines at the top of every screen about where the learner's answers go: the store was damaged
/// and set aside (what happened, where the old file is, how to restore; until dismissed),
/// answers are not being saved (for as long as saving fails), and on a classroom PC whether the
/// server is reached and how many answers wait on this PC.
class StatusBanner
{
public:
    explicit StatusBanner(Shell& shell)
        : m_shell(shell)
    {
    }
    void build();
    /// True when the banner would now say something other than it said in its last build
    /// (the App redraws an idle window for that).
    [[nodiscard]] bool changed() const;

private:
    [[nodiscard]] std::string state() const;
    void recovery();
    void classroom();

    Shell& m_shell;
    bool m_recoveryDismissed = false;
    std::string m_shown;
};

} // namespace kompis::app
