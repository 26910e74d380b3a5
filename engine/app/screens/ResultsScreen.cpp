#include "app/screens/ResultsScreen.hpp"

#include "app/Shell.hpp"
#include "app/screens/CourseMapScreen.hpp"
#include "app/screens/LessonScreen.hpp"
#include "app/screens/LibraryScreen.hpp"
#include "core/session/LessonScore.hpp"
#include "core/session/ReviewQueue.hpp"

#include <algorithm>

namespace kompis::app
{

void ResultsScreen::build()
{
    ui::Gui& gui = m_shell.gui();
    const auto& session = m_session;
    const bool review = session.isReview();
    const bool toCourse = !review && m_shell.openCourse();
    const bool passed = review || session.passed();
    gui.headerTitle(review ? m_shell.tr("reviews.title") : m_shell.instr(session.lesson()->title));
    gui.heading(review   ? m_shell.tr("results.reviews-done")
                : passed ? m_shell.tr("results.title")
                         : m_shell.tr("results.tried-title"));
    gui.text(m_shell.tr("results.score",
                        {{"score", double(core::session::scorePercent(session.score()))}}),
             ui::styles::score);
    const auto seconds = session.elapsedMs() / 1000;
    gui.text(m_shell.tr("results.time",
                        {{"minutes", double(seconds / 60)}, {"seconds", double(seconds % 60)}}),
             ui::styles::note);
    if (!passed)
    {
        const double pass = core::session::scorePercent(session.policy().passMark);
        gui.text(m_shell.tr("results.tried", {{"pass", pass}}), ui::styles::body);
        if (repeat())
            return;
    }
    if (mistakes())
        return;
    if (gui.footerButton("done", toCourse ? m_shell.tr("results.back") : m_shell.tr("nav.library"),
                         passed ? ui::Look::Primary : ui::Look::Secondary) ||
        gui.keyPressed(sf::Keyboard::Enter) || gui.keyPressed(sf::Keyboard::Escape))
    {
        if (toCourse)
            m_shell.show(std::make_unique<CourseMapScreen>(m_shell, *m_shell.openCourse()));
        else
            m_shell.show(std::make_unique<LibraryScreen>(m_shell));
    }
}

bool ResultsScreen::repeat()
{
    if (!m_shell.gui().button("repeat-lesson", m_shell.tr("results.repeat"), {ui::Look::Primary}))
        return false;
    CourseEntry* course = m_session.steps().front().course;
    const core::LessonSlot* slot =
        course && course->course() ? course->course()->findLesson(m_session.lesson()->id) : nullptr;
    auto screen = slot ? LessonScreen::forLesson(m_shell, *course, *slot) : nullptr;
    if (!screen)
        return false;
    m_shell.show(std::move(screen));
    return true;
}

bool ResultsScreen::mistakes()
{
    ui::Gui& gui = m_shell.gui();
    const auto& wrong = m_session.mistakes();
    if (wrong.empty())
    {
        gui.text(m_shell.tr("results.no-mistakes"), ui::styles::body);
        return false;
    }
    gui.text(m_shell.tr("results.mistakes"), ui::styles::section);
    for (const auto& step : m_session.steps())
        if (std::find(wrong.begin(), wrong.end(), step.step->id) != wrong.end())
            gui.text("• " + m_shell.instr(step.step->item()->prompt), ui::styles::body);
    if (!gui.button("review-mistakes", m_shell.tr("results.review-now"), {ui::Look::Secondary}))
        return false;
    CourseEntry* course = m_session.steps().front().course;
    if (!course)
        return false;
    if (auto screen = LessonScreen::forReview(m_shell, core::session::itemSteps(*course, wrong)))
        m_shell.show(std::move(screen));
    return true;
}

} // namespace kompis::app
