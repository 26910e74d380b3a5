#include "app/screens/ProgressScreen.hpp"

#include "app/Shell.hpp"
#include "app/screens/LibraryScreen.hpp"
#include "app/screens/ProfilesScreen.hpp"

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
    m_lessons.clear();
    for (const auto& l : m_stats.lessons)
    {
        std::string title = l.lessonId;
        for (const auto& entry : m_shell.courses())
            if (!entry->broken() && entry->course()->id == l.courseId)
                if (const auto* slot = entry->course()->findLesson(l.lessonId);
                    slot && slot->lesson)
                    title = m_shell.instr(slot->lesson->title);
        m_lessons.push_back({title, l.mastery});
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
    for (const auto& l : m_lessons)
    {
        gui.text(l.title + " · " + std::to_string(int(std::round(l.mastery * 100))) + " %",
                 ui::styles::small);
        gui.progressBar(float(l.mastery), 14, theme.right);
    }
}

} // namespace kompis::app
