#include "app/App.hpp"
#include "core/export/CsvExport.hpp"
#include "core/export/XapiExport.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <fstream>

namespace kompis::app
{

void App::buildSettings()
{
    m_gui->headerTitle(tr("settings.title"));
    if (m_gui->headerButton("back", tr("nav.back"), false) ||
        m_gui->keyPressed(sf::Keyboard::Escape) ||
        m_gui->footerButton("settings-done", tr("settings.done"), ui::Look::Primary))
    {
        saveSettings(m_settings, m_settingsFile);
        go(m_settingsReturn);
        return;
    }
    bool changed = false;
    auto choice = [&](const std::string& id, const std::string& label, bool on)
    { return m_gui->button(id, label, {on ? ui::Look::Selected : ui::Look::Option}); };
    m_gui->text(tr("settings.language"), {1.1f, true, std::nullopt, false});
    m_gui->beginRow();
    const std::string current = m_messages.language();
    for (const char* lang : {"sv", "nb", "fi", "en"})
        if (choice(std::string("lang-") + lang, languageName(lang), current == lang))
        {
            m_settings.uiLanguage = lang;
            if (m_learner)
            {
                m_store->setLearnerLook(m_learner->id, m_learner->colour, lang);
                m_learner->uiLanguage = lang;
            }
            changed = true;
        }
    m_gui->endRow();
    m_gui->text(tr("settings.text-size"), {1.1f, true, std::nullopt, false});
    m_gui->beginRow();
    const char* sizes[] = {"settings.size-normal", "settings.size-large", "settings.size-largest"};
    for (int i = 0; i < 3; ++i)
        if (choice("size-" + std::to_string(i + 1), tr(sizes[i]), int(m_settings.textSize) == i))
        {
            m_settings.textSize = ui::TextSize(i);
            changed = true;
        }
    m_gui->endRow();
    m_gui->text(tr("settings.contrast"), {1.1f, true, std::nullopt, false});
    m_gui->beginRow();
    if (choice("contrast-off", tr("settings.off"), !m_settings.highContrast))
        m_settings.highContrast = false, changed = true;
    if (choice("contrast-on", tr("settings.on"), m_settings.highContrast))
        m_settings.highContrast = true, changed = true;
    m_gui->endRow();
    m_gui->text(tr("settings.volume", {{"volume", double(m_settings.volume)}}),
                {1.1f, true, std::nullopt, false});
    m_gui->beginRow();
    if (m_gui->button("volume-down", "−", {ui::Look::Option, 80, 0, true, {}, -1}))
        m_settings.volume = std::max(0, m_settings.volume - 10), changed = true;
    if (m_gui->button("volume-up", "+", {ui::Look::Option, 80, 0, true, {}, -1}))
        m_settings.volume = std::min(100, m_settings.volume + 10), changed = true;
    m_gui->endRow();
    m_gui->text(tr("settings.full-screen"), {1.1f, true, std::nullopt, false});
    m_gui->beginRow();
    if (choice("full-off", tr("settings.off"), !m_settings.fullScreen))
    {
        m_settings.fullScreen = false;
        createWindow();
        changed = true;
    }
    if (choice("full-on", tr("settings.on"), m_settings.fullScreen))
    {
        m_settings.fullScreen = true;
        createWindow();
        changed = true;
    }
    m_gui->endRow();
    m_gui->text(tr("settings.kiosk-hint"), {0.9f, false, m_gui->theme().mutedText, false});
    if (changed)
    {
        saveSettings(m_settings, m_settingsFile);
        applySettings();
    }
}

void App::buildProgress()
{
    if (!m_learner)
    {
        go(Screen::Profiles);
        return;
    }
    m_gui->headerTitle(tr("progress.title") + " · " + m_learner->displayName);
    if (m_gui->headerButton("back", tr("nav.library"), false) ||
        m_gui->keyPressed(sf::Keyboard::Escape) ||
        m_gui->footerButton("progress-done", tr("nav.library"), ui::Look::Primary))
    {
        go(Screen::Library);
        return;
    }
    const auto stats = m_store->statistics(m_learner->id, now(), 56);
    const ui::Theme& theme = m_gui->theme();
    m_gui->text(tr("progress.streak", {{"days", double(stats.streakDays)}}),
                {1.6f, true, theme.accent, false});
    m_gui->text(tr("progress.totals", {{"minutes", std::round(double(stats.totalTimeMs) / 60000.0)},
                                       {"answers", double(stats.attempts)}}),
                {1.0f, false, theme.mutedText, false});

    // Activity: the last 8 weeks as bars, one per week, so a gap shows at a glance.
    m_gui->text(tr("progress.activity"), {1.1f, true, std::nullopt, false});
    std::vector<int> weeks(8, 0);
    const std::int64_t today = now() / 86400;
    for (const auto& day : stats.days)
    {
        std::tm tm{};
        if (sscanf(day.date.c_str(), "%d-%d-%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday) != 3)
            continue;
        tm.tm_year -= 1900;
        tm.tm_mon -= 1;
        const std::int64_t d = std::int64_t(timegm(&tm)) / 86400;
        const std::int64_t ago = (today - d) / 7;
        if (ago >= 0 && ago < 8)
            weeks[std::size_t(7 - ago)] += day.attempts;
    }
    const int most = std::max(1, *std::max_element(weeks.begin(), weeks.end()));
    std::vector<float> values;
    std::vector<std::string> labels, counts;
    for (int w = 0; w < 8; ++w)
    {
        values.push_back(float(weeks[std::size_t(w)]) / float(most));
        labels.push_back(w == 7 ? tr("progress.this-week-short")
                                : tr("progress.weeks-ago-short", {{"n", double(7 - w)}}));
        counts.push_back(weeks[std::size_t(w)] ? std::to_string(weeks[std::size_t(w)]) : "");
    }
    m_gui->columnChart(values, labels, counts, 150, theme.accent);
    m_gui->space(8);
    m_gui->text(tr("progress.mastery"), {1.1f, true, std::nullopt, false});
    if (stats.lessons.empty())
        m_gui->text(tr("progress.nothing-yet"), {1.0f, false, theme.mutedText, false});
    for (const auto& l : stats.lessons)
    {
        std::string name = l.lessonId;
        for (const auto& entry : m_courses)
            if (!entry->broken() && entry->course()->id == l.courseId)
                if (const auto* slot = entry->course()->findLesson(l.lessonId);
                    slot && slot->lesson)
                    name = instr(slot->lesson->title);
        m_gui->text(name + " · " + std::to_string(int(std::round(l.mastery * 100))) + " %",
                    {0.9f, false, std::nullopt, false});
        m_gui->progressBar(float(l.mastery), 14, theme.right);
    }
}

void App::buildTeacher()
{
    m_gui->headerTitle(tr("teacher.title"));
    if (m_gui->headerButton("back", tr("nav.back"), false) ||
        m_gui->keyPressed(sf::Keyboard::Escape))
    {
        m_teacherToken.reset();
        m_teacherPin.clear();
        m_teacherMessage.clear();
        go(m_learner ? Screen::Library : Screen::Profiles);
        return;
    }
    if (!m_teacherToken)
    {
        const bool first = !m_store->hasTeacherPin();
        m_gui->heading(first ? tr("teacher.set-pin") : tr("teacher.enter-pin"));
        if (m_gui->focusedId().empty())
            m_gui->focus("teacher-pin");
        m_gui->textField("teacher-pin", m_teacherPin, 260, true);
        if (!m_teacherMessage.empty())
            m_gui->text(m_teacherMessage, {1.0f, true, m_gui->theme().wrong, false});
        if (m_gui->footerButton("teacher-unlock", tr("pin.ok"), ui::Look::Primary) ||
            m_gui->keyPressed(sf::Keyboard::Enter))
        {
            if (first)
            {
                const auto set = m_store->setTeacherPin(m_teacherPin, "", now());
                if (!set.ok())
                    m_teacherMessage = tr("new.pin-short");
            }
            if (m_store->hasTeacherPin())
            {
                core::store::PinCheck check;
                m_teacherToken = m_store->unlockTeacher(m_teacherPin, now(), &check);
                if (!m_teacherToken)
                    m_teacherMessage = tr("pin.wrong", {{"tries", double(check.triesLeft)}});
                else
                    m_teacherMessage.clear();
            }
            m_teacherPin.clear();
        }
        return;
    }
    m_gui->heading(tr("teacher.learners"));
    const auto summaries = m_store->lessonSummaries(std::nullopt);
    for (const auto& l : m_store->learners())
    {
        int done = 0, attempts = 0, right = 0;
        for (const auto& s : summaries)
            if (s.learnerId == l.id)
            {
                done += s.progress.status == core::store::LessonStatus::Done;
                attempts += s.attempts;
                right += s.rightAttempts;
            }
        m_gui->beginCard();
        m_gui->text(l.displayName, {1.1f, true, std::nullopt, false});
        m_gui->text(
            tr("teacher.summary",
               {{"done", double(done)}, {"answers", double(attempts)}, {"right", double(right)}}),
            {0.9f, false, m_gui->theme().mutedText, false});
        if (l.hasPin && m_gui->button("reset-pin-" + l.displayName, tr("teacher.reset-pin"),
                                      {ui::Look::Secondary}))
        {
            m_store->resetLearnerPin(*m_teacherToken, l.id, std::nullopt);
            m_teacherMessage = tr("teacher.pin-removed", {{"name", l.displayName}});
        }
        m_gui->endCard();
    }
    if (!m_teacherMessage.empty())
        m_gui->text(m_teacherMessage, {1.0f, true, m_gui->theme().right, false});
    // Classroom mode: full screen, the window cannot be closed; only this view can end it.
    m_gui->text(tr("teacher.kiosk"), {1.1f, true, std::nullopt, false});
    m_gui->text(tr("teacher.kiosk-hint"), {0.9f, false, m_gui->theme().mutedText, false});
    m_gui->beginRow();
    const bool kiosk = m_settings.kiosk;
    if (m_gui->button("kiosk-off", tr("settings.off"),
                      {kiosk ? ui::Look::Option : ui::Look::Selected}) &&
        kiosk)
    {
        m_settings.kiosk = false;
        saveSettings(m_settings, m_settingsFile);
        createWindow();
    }
    if (m_gui->button("kiosk-on", tr("settings.on"),
                      {kiosk ? ui::Look::Selected : ui::Look::Option}) &&
        !kiosk)
    {
        m_settings.kiosk = true;
        saveSettings(m_settings, m_settingsFile);
        createWindow();
    }
    m_gui->endRow();
    if (kiosk && m_gui->button("quit-kompis", tr("teacher.quit"), {ui::Look::Secondary}))
        m_quit = true;
    auto exportTo = [&](const std::string& extension, bool xapi)
    {
        const char* home = std::getenv("HOME");
        const std::filesystem::path dir =
            home ? std::filesystem::path(home) : std::filesystem::temp_directory_path();
        const std::filesystem::path file =
            dir / ("kompis-export-" + std::to_string(now()) + extension);
        std::ofstream out(file, std::ios::binary);
        if (xapi)
            core::exports::writeXapiStatements(*m_store, std::nullopt, {}, out);
        else
            core::exports::writeAttemptsCsv(*m_store, std::nullopt, out);
        m_teacherMessage =
            out ? tr("teacher.exported", {{"file", file.string()}}) : tr("teacher.export-failed");
    };
    if (m_gui->footerButton("export-xapi", tr("teacher.export-xapi"), ui::Look::Secondary))
        exportTo(".json", true);
    if (m_gui->footerButton("export-csv", tr("teacher.export-csv"), ui::Look::Primary))
        exportTo(".csv", false);
}

} // namespace kompis::app
