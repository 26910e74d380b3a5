#include "app/screens/CourseMapScreen.hpp"

#include "app/CourseLanguagesLine.hpp"
#include "app/Shell.hpp"
#include "app/screens/LessonScreen.hpp"
#include "app/screens/LibraryScreen.hpp"
#include "core/session/LessonScore.hpp"

#include <tuple>

namespace kompis::app
{

void CourseMapScreen::open()
{
    m_progress.reset();
    const core::Course* course = m_course.course();
    if (course && m_shell.learner())
        m_progress =
            core::session::CourseProgress::load(m_shell.progress(), m_shell.learner()->id, *course);
}

void CourseMapScreen::variantChoice()
{
    ui::Gui& gui = m_shell.gui();
    const core::Course& course = *m_course.course();
    const std::string current = m_shell.variant(course);
    gui.text(m_shell.tr("map.variant"), ui::styles::caption);
    gui.beginRow();
    for (const auto& t : course.targets)
        if (gui.button("variant-" + t, m_shell.languageName(t),
                       {t == current ? ui::Look::Selected : ui::Look::Option}))
            m_shell.setVariant(course.id, t);
    gui.endRow();
}

void CourseMapScreen::start(const core::LessonSlot& slot)
{
    if (auto screen = LessonScreen::forLesson(m_shell, m_course, slot))
        m_shell.show(std::move(screen));
}

std::pair<std::string, float> CourseMapScreen::lessonStatus(const core::LessonSlot& slot) const
{
    const core::session::CourseProgress& progress = *m_progress;
    const double minutes = slot.lesson->minutes;
    const double best = core::session::scorePercent(progress.bestScore(slot.id).value_or(0));
    if (progress.done(slot.id))
        return {m_shell.tr("map.done", {{"score", best}}), float(best / 100)};
    if (progress.tried(slot.id))
        return {m_shell.tr("map.tried",
                           {{"score", best},
                            {"pass", double(core::session::scorePercent(progress.passMark()))}}),
                float(best / 100)};
    if (progress.resumes(slot))
        return {m_shell.tr("map.in-progress", {{"minutes", minutes}}), -1.f};
    return {m_shell.tr("map.new", {{"minutes", minutes}}), -1.f};
}

void CourseMapScreen::build()
{
    ui::Gui& gui = m_shell.gui();
    if (!m_course.course() || !m_shell.learner() || !m_progress)
    {
        m_shell.show(std::make_unique<LibraryScreen>(m_shell));
        return;
    }
    const core::Course& course = *m_course.course();
    const core::session::CourseProgress& progress = *m_progress;
    gui.headerTitle(m_shell.instr(course.title));
    if (gui.headerButton("back", m_shell.tr("nav.library"), false) ||
        gui.keyPressed(sf::Keyboard::Escape))
    {
        m_shell.show(std::make_unique<LibraryScreen>(m_shell));
        return;
    }
    gui.text(m_shell.instr(course.description), ui::styles::note);
    for (const std::string& line : courseLanguageLines(m_shell, course))
        gui.text(line, ui::styles::hint);
    // Parallel courses: the learner follows one written language (steps for the other are skipped).
    if (course.targets.size() > 1)
        variantChoice();
    int number = 0;
    for (const auto& slot : course.lessons)
    {
        ++number;
        const auto missing = progress.missingPrerequisites(slot);
        // A teacher previewing a course opens any lesson.
        const bool locked = !missing.empty() && !m_shell.options().previewing();
        std::string title = slot.lesson ? m_shell.instr(slot.lesson->title) : slot.id;
        std::string status;
        ui::Look look = ui::Look::Tile;
        float bar = -1;
        if (!slot.lesson)
        {
            status = m_shell.tr("map.cannot-open");
            for (const auto& d : slot.problems)
                if (d.severity == core::Severity::Error)
                {
                    status += "\n" + core::formatDiagnostic(d);
                    break;
                }
            look = ui::Look::Wrong;
        }
        else if (locked)
        {
            std::string names;
            for (const auto& m : missing)
            {
                const auto* s = course.findLesson(m);
                names += (names.empty() ? "" : ", ") +
                         (s && s->lesson ? m_shell.instr(s->lesson->title) : m);
            }
            status = m_shell.tr("map.locked", {{"lessons", names}});
            look = ui::Look::Quiet;
        }
        else
            std::tie(status, bar) = lessonStatus(slot);
        ui::ButtonStyle style{look, -1, 0, true, status, bar};
        if (gui.button("lesson-" + slot.id, std::to_string(number) + ". " + title, style) &&
            slot.lesson && !locked)
        {
            start(slot);
            return;
        }
    }
    if (const core::LessonSlot* next = progress.nextLesson())
    {
        const std::string label = progress.resumes(*next)    ? m_shell.tr("map.continue")
                                  : progress.tried(next->id) ? m_shell.tr("results.repeat")
                                                             : m_shell.tr("map.start");
        if (gui.footerButton("start", label, ui::Look::Primary) ||
            gui.keyPressed(sf::Keyboard::Enter))
            start(*next);
    }
    else
        gui.footerText(m_shell.tr("map.all-done"), gui.theme().right);
}

} // namespace kompis::app
