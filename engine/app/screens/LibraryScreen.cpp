#include "app/screens/LibraryScreen.hpp"

#include "app/CourseLanguagesLine.hpp"
#include "app/Shell.hpp"
#include "app/screens/CourseMapScreen.hpp"
#include "app/screens/LessonScreen.hpp"
#include "app/screens/ProfilesScreen.hpp"
#include "app/screens/ProgressScreen.hpp"
#include "app/screens/SettingsScreen.hpp"
#include "app/screens/WordsScreen.hpp"
#include "core/session/CourseProgress.hpp"
#include "core/session/ReviewQueue.hpp"
#include "core/text/Isolation.hpp"

#include <filesystem>

namespace kompis::app
{

void LibraryScreen::open()
{
    m_dueItems = 0;
    m_duePerCourse.clear();
    m_lessonsDone.clear();
    m_resume = nullptr;
    m_dueWords = 0;
    const auto& learner = m_shell.learner();
    if (!learner)
        return;
    auto& progress = m_shell.progress();
    const std::int64_t now = m_shell.now();
    const auto due = core::session::countDueItems(progress.dueQueue(learner->id, now, 500));
    m_dueItems = due.total;
    m_duePerCourse = due.perCourse;
    m_dueWords = core::session::dueWords(progress, learner->id, now, m_shell.courses()).size();
    std::optional<std::int64_t> latest;
    for (auto& entry : m_shell.courses())
    {
        if (entry->broken())
            continue;
        const auto course =
            core::session::CourseProgress::load(progress, learner->id, *entry->course());
        m_lessonsDone[entry->course()->id] = course.doneCount();
        if (const auto at = course.lastInProgressAt(); at && (!latest || *at > *latest))
        {
            latest = at;
            m_resume = entry.get();
        }
    }
}

void LibraryScreen::openCourse(CourseEntry& entry)
{
    if (!m_shell.openCourseWithinBudget(entry))
        return;
    m_shell.setOpenCourse(&entry);
    m_shell.show(std::make_unique<CourseMapScreen>(m_shell, entry));
}

void LibraryScreen::leave()
{
    m_shell.signOut();
    m_shell.show(std::make_unique<ProfilesScreen>(m_shell));
}

void LibraryScreen::build()
{
    ui::Gui& gui = m_shell.gui();
    const auto& learner = m_shell.learner();
    // The learner's name keeps its own direction beside the app's name.
    const std::string appName = m_shell.tr("app.name");
    gui.headerTitle(appName + " · " +
                    core::text::embedIn(appName, learner ? learner->displayName : ""));
    if (gui.headerButton("switch-learner", m_shell.tr("nav.switch"), false))
    {
        leave();
        return;
    }
    if (gui.headerButton("settings", m_shell.tr("nav.settings"), true))
        m_shell.push(std::make_unique<SettingsScreen>(m_shell));
    if (gui.headerButton("progress", m_shell.tr("nav.progress"), true))
        m_shell.show(std::make_unique<ProgressScreen>(m_shell));
    if (!m_shell.notice().empty())
        gui.text(m_shell.notice(), ui::styles::notice);

    gui.heading(m_shell.tr("library.title"));
    if (m_dueItems > 0 &&
        gui.button("reviews", m_shell.tr("library.reviews", {{"count", double(m_dueItems)}}),
                   {ui::Look::Primary}))
    {
        const auto& learner = *m_shell.learner();
        if (auto screen = LessonScreen::forReview(
                m_shell, core::session::dueItemSteps(m_shell.progress(), learner.id, m_shell.now(),
                                                     m_shell.courses())))
            m_shell.show(std::move(screen));
        return;
    }
    if (m_dueWords > 0 &&
        gui.button("practise-words", m_shell.tr("library.words", {{"count", double(m_dueWords)}}),
                   {m_dueItems > 0 ? ui::Look::Secondary : ui::Look::Primary}))
    {
        m_shell.show(std::make_unique<WordsScreen>(m_shell));
        return;
    }
    auto& courses = m_shell.courses();
    if (courses.empty())
        gui.text(m_shell.tr("library.empty"), ui::styles::note);
    for (auto& entry : courses)
    {
        if (entry->broken())
        {
            const std::string name = std::filesystem::path(entry->location).filename().string();
            gui.beginCard(gui.theme().wrong);
            gui.text(m_shell.tr("library.broken", {{"name", name}}), ui::styles::section);
            for (const std::string& p : entry->firstProblems(3))
                gui.text(p, ui::styles::smallest);
            gui.endCard();
            continue;
        }
        courseTile(*entry);
    }
    if (m_resume &&
        gui.footerButton(
            "continue-course",
            m_shell.tr("library.continue",
                       {{"course", m_shell.instr(m_resume->course()->title, *m_resume->course())}}),
            ui::Look::Primary))
    {
        openCourse(*m_resume);
        return;
    }
    if (!m_resume)
        gui.footerText(m_shell.tr("library.pick"), gui.theme().mutedText);
    if (gui.keyPressed(sf::Keyboard::Escape))
        leave();
}

void LibraryScreen::courseTile(CourseEntry& entry)
{
    ui::Gui& gui = m_shell.gui();
    const core::Course& course = *entry.course();
    const int done = m_lessonsDone[course.id];
    const int lessons = int(course.lessons.size());
    std::string targets;
    for (const auto& t : course.targets)
        targets += (targets.empty() ? "" : " + ") + m_shell.languageName(t);
    std::string topics;
    for (const auto& t : course.topics)
        topics += (topics.empty() ? "" : ", ") +
                  (m_shell.messages().has("topic." + t) ? m_shell.tr("topic." + t) : t);
    // The subtitle is one paragraph: it runs in the interface's direction, although it starts
    // with the target language's name ("Svenska" in an Arabic line).
    std::string subtitle =
        std::string(interfaceDirectionMark(m_shell)) + targets + " · " +
        m_shell.tr("library.level", {{"level", course.level}}) + " · " + topics + "\n" +
        m_shell.tr("library.lessons", {{"done", double(done)}, {"count", double(lessons)}});
    if (m_duePerCourse[course.id] > 0)
        subtitle +=
            " · " + m_shell.tr("library.due", {{"count", double(m_duePerCourse[course.id])}});
    const std::string reading = m_shell.messages().language() + "|" +
                                (m_shell.learner() ? m_shell.learner()->secondLanguage : "");
    auto& [madeFor, lines] = m_languageLines[course.id];
    if (madeFor != reading || lines.empty())
    {
        madeFor = reading;
        lines.clear();
        for (const std::string& line : courseLanguageLines(m_shell, course))
            lines += "\n" + line;
    }
    subtitle += lines;
    ui::ButtonStyle style{ui::Look::Tile, -1,       0,
                          true,           subtitle, lessons ? float(done) / float(lessons) : 0};
    if (gui.button("course-" + course.id, m_shell.instr(course.title, course), style))
    {
        openCourse(entry);
    }
}

} // namespace kompis::app
