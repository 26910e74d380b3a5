#include "app/screens/CourseMapScreen.hpp"

#include "app/LessonStart.hpp"
#include "app/Shell.hpp"
#include "app/screens/LessonScreen.hpp"
#include "app/screens/LibraryScreen.hpp"

#include <cmath>

namespace kompis::app
{

void CourseMapScreen::open()
{
    m_progress.clear();
    const core::Course* course = m_course.course();
    const auto& learner = m_shell.learner();
    if (!course || !learner)
        return;
    for (const auto& slot : course->lessons)
        m_progress[slot.id] = m_shell.store().lessonProgress(learner->id, course->id, slot.id);
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
    if (auto run = startLesson(m_shell, m_course, slot))
        m_shell.show(std::make_unique<LessonScreen>(m_shell, std::move(*run)));
}

void CourseMapScreen::build()
{
    ui::Gui& gui = m_shell.gui();
    if (!m_course.course() || !m_shell.learner())
    {
        m_shell.show(std::make_unique<LibraryScreen>(m_shell));
        return;
    }
    const core::Course& course = *m_course.course();
    gui.headerTitle(m_shell.instr(course.title));
    if (gui.headerButton("back", m_shell.tr("nav.library"), false) ||
        gui.keyPressed(sf::Keyboard::Escape))
    {
        m_shell.show(std::make_unique<LibraryScreen>(m_shell));
        return;
    }
    gui.text(m_shell.instr(course.description), ui::styles::note);
    // Parallel courses: the learner follows one written language (steps for the other are skipped).
    if (course.targets.size() > 1)
        variantChoice();
    auto done = [&](const std::string& lessonId)
    {
        auto p = m_progress.find(lessonId);
        return p != m_progress.end() && p->second.status == core::store::LessonStatus::Done;
    };
    const core::LessonSlot* next = nullptr;
    int number = 0;
    for (const auto& slot : course.lessons)
    {
        ++number;
        const auto& p = m_progress[slot.id];
        std::vector<std::string> missing;
        for (const auto& r : slot.prerequisites)
            if (!done(r))
                missing.push_back(r);
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
        {
            const double minutes = slot.lesson->minutes;
            switch (p.status)
            {
            case core::store::LessonStatus::New:
                status = m_shell.tr("map.new", {{"minutes", minutes}});
                break;
            case core::store::LessonStatus::InProgress:
                status = m_shell.tr("map.in-progress", {{"minutes", minutes}});
                break;
            case core::store::LessonStatus::Done:
                status =
                    m_shell.tr("map.done", {{"score", std::round(p.bestScore.value_or(0) * 100)}});
                bar = float(p.bestScore.value_or(0));
                break;
            }
            if (!next && p.status != core::store::LessonStatus::Done)
                next = &slot;
        }
        ui::ButtonStyle style{look, -1, 0, true, status, bar};
        if (gui.button("lesson-" + slot.id, std::to_string(number) + ". " + title, style) &&
            slot.lesson && !locked)
        {
            start(slot);
            return;
        }
    }
    if (next)
    {
        const bool resume = m_progress[next->id].status == core::store::LessonStatus::InProgress;
        if (gui.footerButton("start", resume ? m_shell.tr("map.continue") : m_shell.tr("map.start"),
                             ui::Look::Primary) ||
            gui.keyPressed(sf::Keyboard::Enter))
            start(*next);
    }
    else
        gui.footerText(m_shell.tr("map.all-done"), gui.theme().right);
}

} // namespace kompis::app
