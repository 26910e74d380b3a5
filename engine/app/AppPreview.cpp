// `kompis-author preview`: the player on one course while a teacher edits it. The course is read
// again after each save; the lesson and step shown stay, and the course's problems show above
// the screen until they are fixed.
#include "app/App.hpp"
#include "app/LessonStart.hpp"
#include "app/PreviewWatcher.hpp"
#include "app/screens/CourseMapScreen.hpp"
#include "app/screens/LessonScreen.hpp"
#include "app/screens/LibraryScreen.hpp"
#include "core/diag/Diagnostic.hpp"

#include <algorithm>

namespace kompis::app
{

void App::startPreview()
{
    // The store is a throwaway one (main makes it), so one learner of its own is enough.
    auto learners = m_store->learners();
    if (learners.empty())
    {
        const core::store::NewLearner preview{"Preview", "#1f6f8b", m_shell->settings().uiLanguage,
                                              std::nullopt};
        if (const auto made = m_store->createLearner(preview, m_shell->now()))
            if (auto profile = m_store->learner(made.id))
                learners.push_back(*profile);
    }
    if (!learners.empty())
        m_shell->signIn(learners.front());
    m_watcher = std::make_unique<PreviewWatcher>(m_options.preview);
    openPreview(m_options.previewLesson, m_options.previewStep);
}

void App::openPreview(const std::string& lessonId, const std::string& stepId)
{
    m_stack.clear();
    auto& courses = m_shell->courses();
    CourseEntry* entry = courses.empty() ? nullptr : courses.front().get();
    if (!entry || !entry->course() || !m_shell->learner())
    {
        // The library says the course cannot be opened; the problems show above it.
        m_stack.push_back(std::make_unique<LibraryScreen>(*m_shell));
        top().open();
        return;
    }
    m_shell->setOpenCourse(entry);
    m_shell->syncCourse(*entry);
    m_stack.push_back(std::make_unique<CourseMapScreen>(*m_shell, *entry));
    if (const auto* slot = entry->course()->findLesson(lessonId))
        if (auto run = startLesson(*m_shell, *entry, *slot))
        {
            const auto at =
                std::find_if(run->steps.begin(), run->steps.end(),
                             [&](const LessonRun::Entry& e) { return e.step->id == stepId; });
            // The lesson screen steps onto the step after run.index when it opens.
            if (at != run->steps.end())
                run->index = int(at - run->steps.begin()) - 1;
            m_stack.back() = std::make_unique<LessonScreen>(*m_shell, std::move(*run));
        }
    top().open();
}

bool App::reloadIfEdited()
{
    if (!m_watcher || !m_watcher->poll())
        return false;
    std::string lessonId, stepId;
    if (const auto* lesson = dynamic_cast<const LessonScreen*>(&top());
        lesson && lesson->run().lesson)
    {
        lessonId = lesson->run().lesson->id;
        stepId = lesson->detail();
    }
    // Screens point into the course read before: they go first.
    m_shell->audio().stop();
    m_stack.clear();
    m_shell->forgetCourses();
    openPreview(lessonId, stepId);
    m_gui->clearInput();
    return true;
}

void App::previewProblems()
{
    constexpr std::size_t kShown = 8;
    std::vector<std::string> lines;
    if (!m_watcher->error().empty())
        lines.push_back(m_watcher->error());
    for (const auto& entry : m_shell->courses())
    {
        if (!entry->package)
            lines.push_back(entry->location + ": error: " + entry->openError);
        const auto& load = entry->fullyLoaded ? entry->full : entry->outline;
        for (const auto& d : load.diagnostics)
            if (d.severity == core::Severity::Error)
                lines.push_back(core::formatDiagnostic(d));
    }
    const std::size_t total = lines.size();
    for (std::size_t i = 0; i < std::min(total, kShown); ++i)
        m_gui->text(lines[i], ui::styles::smallError);
    if (total > kShown)
        m_gui->text("… " + std::to_string(total - kShown) + " more (kompis-author validate)",
                    ui::styles::smallError);
}

} // namespace kompis::app
