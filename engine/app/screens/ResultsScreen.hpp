#pragma once

#include "app/screens/Screen.hpp"
#include "core/session/LessonSession.hpp"

namespace kompis::app
{

/// After a lesson or a review: the score, the time and the mistakes of the whole lesson (across
/// sessions), a review of the mistakes, and below the pass mark an offer to repeat the lesson.
class ResultsScreen : public Screen
{
public:
    ResultsScreen(Shell& shell, core::session::LessonSession session)
        : Screen(shell)
        , m_session(std::move(session))
    {
    }
    [[nodiscard]] const char* name() const override { return "results"; }
    void build() override;

private:
    /// The mistakes and the button that reviews them; true when the screen was left.
    bool mistakes();
    /// The lesson again from its first step; true when it started.
    bool repeat();

    core::session::LessonSession m_session;
};

} // namespace kompis::app
