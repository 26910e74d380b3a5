#include "app/screens/ProgressScreen.hpp"

#include "app/Shell.hpp"
#include "app/screens/LibraryScreen.hpp"
#include "app/screens/ProfilesScreen.hpp"
#include "core/session/CourseProgress.hpp"
#include "core/session/LessonScore.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace kompis::app
{

void ProgressScreen::open()
{
    const auto& learner = m_shell.learner();
    if (!learner)
        return;
    const std::int64_t now = m_shell.now();
    m_stats = m_shell.store().statistics(learner->id, now, 56);

    // Activity: the last 8 weeks as bars, one per week, so a gap shows at a glance.
    std::vector<int> weeks(8, 0);
    const std::int64_t today = now / 86400;
    for (const auto& day : m_stats.days)
    {
        std::tm tm{};
        if (std::sscanf(day.date.c_str(), "%d-%d-%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday) != 3)
            continue;
        tm.tm_year -= 1900;
        tm.tm_mon -= 1;
        const std::int64_t d = std::int64_t(timegm(&tm)) / 86400;
        const std::int64_t ago = (today - d) / 7;
        if (ago >= 0 && ago < 8)
            weeks[std::size_t(7 - ago)] += day.attempts;
    }
    const int most = std::max(1, *std::max_element(weeks.begin(), weeks.end()));
    m_weekValues.clear();
    m_weekLabels.clear();
    m_weekCounts.clear();
    for (int w = 0; w < 8; ++w)
    {
        m_weekValues.push_back(float(weeks[std::size_t(w)]) / float(most));
        m_weekLabels.push_back(
            w == 7 ? m_shell.tr("progress.this-week-short")
                   : m_shell.tr("progress.weeks-ago-short", {{"n", double(7 - w)}}));
        m_weekCounts.push_back(weeks[std::size_t(w)] ? std::to_string(weeks[std::size_t(w)]) : "");
    }
    lessonLines();
}

void ProgressScreen::lessonLines()
{
    m_lessons.clear();
    // Courses and lessons by the titles the learner knows them by; one no longer on this PC
    // (or not readable) has no title to show and is left out.
    for (const auto& entry : m_shell.courses())
    {
        if (entry->broken())
            continue;
        const auto rows =
            m_shell.progress().courseProgress(m_shell.learner()->id, entry->course()->id);
        // Lesson titles are in the lesson files: read them only for courses with a score.
        if (std::none_of(rows.begin(), rows.end(), [](const auto& r) { return r.bestScore; }))
            continue;
        entry->loadFully();
        const core::Course& course = *entry->course();
        const core::session::CourseProgress progress(course, rows);
        std::vector<Line> lessons;
        for (const auto& slot : course.lessons)
        {
            const auto best = progress.bestScore(slot.id);
            if (!slot.lesson || !best)
                continue;
            const double percent = core::session::scorePercent(*best);
            const std::string status =
                progress.done(slot.id)
                    ? m_shell.tr("map.done", {{"score", percent}})
                    : m_shell.tr(
                          "map.tried",
                          {{"score", percent},
                           {"pass", double(core::session::scorePercent(progress.passMark()))}});
            lessons.push_back({m_shell.instr(slot.lesson->title) + " · " + status, *best});
        }
        if (lessons.empty())
            continue;
        m_lessons.push_back({m_shell.instr(course.title), -1});
        m_lessons.insert(m_lessons.end(), lessons.begin(), lessons.end());
    }
}

void ProgressScreen::build()
{
    ui::Gui& gui = m_shell.gui();
    const auto& learner = m_shell.learner();
    if (!learner)
    {
        m_shell.show(std::make_unique<ProfilesScreen>(m_shell));
        return;
    }
    gui.headerTitle(m_shell.tr("progress.title") + " · " + learner->displayName);
    if (gui.headerButton("back", m_shell.tr("nav.library"), false) ||
        gui.keyPressed(sf::Keyboard::Escape) ||
        gui.footerButton("progress-done", m_shell.tr("nav.library"), ui::Look::Primary))
    {
        m_shell.show(std::make_unique<LibraryScreen>(m_shell));
        return;
    }
    const ui::Theme& theme = gui.theme();
    gui.text(m_shell.tr("progress.streak", {{"days", double(m_stats.streakDays)}}),
             ui::styles::streak);
    gui.text(m_shell.tr("progress.totals",
                        {{"minutes", std::round(double(m_stats.totalTimeMs) / 60000.0)},
                         {"answers", double(m_stats.attempts)}}),
             ui::styles::note);
    gui.text(m_shell.tr("progress.activity"), ui::styles::section);
    gui.columnChart(m_weekValues, m_weekLabels, m_weekCounts, 150, theme.accent);
    gui.space(8);
    gui.text(m_shell.tr("progress.mastery"), ui::styles::section);
    if (m_lessons.empty())
        gui.text(m_shell.tr("progress.nothing-yet"), ui::styles::note);
    for (const auto& line : m_lessons)
    {
        if (line.score < 0)
        {
            gui.text(line.text, ui::styles::label);
            continue;
        }
        gui.text(line.text, ui::styles::small);
        gui.progressBar(float(line.score), 14, theme.right);
    }
}

} // namespace kompis::app
