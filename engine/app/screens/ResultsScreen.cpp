#include "app/screens/ResultsScreen.hpp"

#include "app/LessonStart.hpp"
#include "app/Shell.hpp"
#include "app/screens/CourseMapScreen.hpp"
#include "app/screens/LessonScreen.hpp"
#include "app/screens/LibraryScreen.hpp"

#include <algorithm>
#include <cmath>

namespace kompis::app
{

void ResultsScreen::build()
{
    ui::Gui& gui = m_shell.gui();
    const LessonRun& run = m_run;
    const bool toCourse = !run.review && m_shell.openCourse();
    gui.headerTitle(run.review ? m_shell.tr("reviews.title") : m_shell.instr(run.lesson->title));
    const double score = std::round(run.score() * 100);
    gui.heading(run.review ? m_shell.tr("results.reviews-done") : m_shell.tr("results.title"));
    gui.text(m_shell.tr("results.score", {{"score", score}}), ui::styles::score);
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(
                             std::chrono::steady_clock::now() - run.started)
                             .count();
    gui.text(m_shell.tr("results.time",
                        {{"minutes", double(seconds / 60)}, {"seconds", double(seconds % 60)}}),
             ui::styles::note);
    if (!run.mistakes.empty())
    {
        gui.text(m_shell.tr("results.mistakes"), ui::styles::section);
        for (const auto& e : run.steps)
            if (std::find(run.mistakes.begin(), run.mistakes.end(), e.step->id) !=
                run.mistakes.end())
                gui.text("• " + m_shell.instr(e.step->item()->prompt), ui::styles::body);
        if (gui.button("review-mistakes", m_shell.tr("results.review-now"), {ui::Look::Secondary}))
        {
            if (auto reviews = startReviews(m_shell, run.mistakes))
                m_shell.show(std::make_unique<LessonScreen>(m_shell, std::move(*reviews)));
            return;
        }
    }
    else
        gui.text(m_shell.tr("results.no-mistakes"), ui::styles::body);
    if (gui.footerButton("done", toCourse ? m_shell.tr("results.back") : m_shell.tr("nav.library"),
                         ui::Look::Primary) ||
        gui.keyPressed(sf::Keyboard::Enter) || gui.keyPressed(sf::Keyboard::Escape))
    {
        if (toCourse)
            m_shell.show(std::make_unique<CourseMapScreen>(m_shell, *m_shell.openCourse()));
        else
            m_shell.show(std::make_unique<LibraryScreen>(m_shell));
    }
}

} // namespace kompis::app
