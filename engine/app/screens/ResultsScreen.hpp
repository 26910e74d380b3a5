#pragma once

#include "app/LessonRun.hpp"
#include "app/screens/Screen.hpp"

namespace kompis::app
{

/// After a lesson or review run: the score, the time, the mistakes and a review of them.
class ResultsScreen : public Screen
{
public:
    ResultsScreen(Shell& shell, LessonRun run)
        : Screen(shell)
        , m_run(std::move(run))
    {
    }
    [[nodiscard]] const char* name() const override { return "results"; }
    void build() override;

private:
    LessonRun m_run;
};

} // namespace kompis::app
