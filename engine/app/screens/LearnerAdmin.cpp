#include "app/screens/LearnerAdmin.hpp"

#include "app/LearnerLook.hpp"
#include "app/Shell.hpp"
#include "core/export/ExportFile.hpp"
#include "core/session/SessionPolicy.hpp"
#include "core/store/PinHash.hpp"
#include "core/text/Unicode.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>

namespace kompis::app
{
namespace
{

std::string trimmed(std::string name)
{
    while (!name.empty() && name.back() == ' ')
        name.pop_back();
    while (!name.empty() && name.front() == ' ')
        name.erase(name.begin());
    return name;
}

} // namespace

void LearnerAdmin::read()
{
    struct Totals
    {
        int done = 0, attempts = 0, right = 0;
    };
    // A lesson counts as done at or above its course's pass mark, as on the learner's screens.
    std::map<std::string, core::session::SessionPolicy> policies;
    for (auto& entry : m_shell.courses())
        if (const core::Course* course = entry->course())
            policies.emplace(course->id, core::session::SessionPolicy::forCourse(*course));
    std::map<std::int64_t, Totals> totals;
    for (const auto& s : m_shell.store().lessonSummaries(std::nullopt))
    {
        Totals& t = totals[s.learnerId];
        const auto known = policies.find(s.progress.courseId);
        const auto policy =
            known == policies.end() ? core::session::SessionPolicy{} : known->second;
        t.done += s.progress.status == core::store::LessonStatus::Done && s.progress.bestScore &&
                  policy.passed(*s.progress.bestScore);
        t.attempts += s.attempts;
        t.right += s.rightAttempts;
    }
    m_rows.clear();
    for (auto& l : m_shell.store().learners())
    {
        const Totals& t = totals[l.id];
        std::string summary = m_shell.tr("teacher.summary", {{"done", double(t.done)},
                                                             {"answers", double(t.attempts)},
                                                             {"right", double(t.right)}});
        std::string folded = core::text::foldCase(l.displayName);
        m_rows.push_back({std::move(l), std::move(summary), std::move(folded), t.attempts, t.done});
    }
    std::vector<core::store::LearnerProfile> learners;
    for (const auto& row : m_rows)
        learners.push_back(row.learner);
    m_namesakes = namesakeNumbers(learners);
}

std::vector<const LearnerAdmin::Row*> LearnerAdmin::matchingRows()
{
    const std::string wanted = core::text::foldCase(trimmed(m_search));
    if (wanted != m_searchedFor)
    {
        m_searchedFor = wanted;
        m_page = 0;
    }
    std::vector<const Row*> matches;
    for (const auto& row : m_rows)
        if (wanted.empty() || row.foldedName.find(wanted) != std::string::npos)
            matches.push_back(&row);
    return matches;
}

void LearnerAdmin::buildSearch()
{
    ui::Gui& gui = m_shell.gui();
    gui.text(m_shell.tr("teacher.search"), ui::styles::label);
    gui.textField("learner-search", m_search);
}

void LearnerAdmin::buildPager(std::size_t matches)
{
    ui::Gui& gui = m_shell.gui();
    const std::size_t pages = (matches + kPageSize - 1) / kPageSize;
    const std::size_t first = m_page * kPageSize;
    gui.text(m_shell.tr("teacher.page", {{"from", double(first + 1)},
                                         {"to", double(std::min(first + kPageSize, matches))},
                                         {"total", double(matches)}}),
             ui::styles::hint);
    gui.beginRow();
    if (m_page > 0 &&
        gui.button("learners-previous", m_shell.tr("teacher.page-previous"), {ui::Look::Secondary}))
        --m_page, ++m_pageTurns;
    if (m_page + 1 < pages &&
        gui.button("learners-next", m_shell.tr("teacher.page-next"), {ui::Look::Secondary}))
        ++m_page, ++m_pageTurns;
    gui.endRow();
}

void LearnerAdmin::build(const core::store::TeacherToken& token)
{
    ui::Gui& gui = m_shell.gui();
    gui.heading(m_shell.tr("teacher.learners"));
    if (!m_message.empty())
        gui.text(m_message, m_messageIsError ? ui::styles::error : ui::styles::success);
    // On a classroom PC the class list is the server's, and this PC's role may not change it:
    // a rename or deletion made here would be undone by the next sync.
    if (m_shell.classroom())
        gui.text(m_shell.tr("teacher.classroom-changes"), ui::styles::hint);
    const bool paged = m_rows.size() > kPageSize;
    if (paged)
        buildSearch();
    const auto matches = matchingRows();
    if (matches.empty() && !m_rows.empty())
        gui.text(m_shell.tr("teacher.no-match", {{"text", trimmed(m_search)}}), ui::styles::hint);
    m_page = std::min(m_page, matches.empty() ? 0 : (matches.size() - 1) / kPageSize);
    const std::size_t first = m_page * kPageSize;
    if (m_pageTurns > 0)
        gui.revealOnce("learner-page-" + std::to_string(m_pageTurns));
    for (std::size_t i = first; i < std::min(first + kPageSize, matches.size()); ++i)
    {
        const Row& row = *matches[i];
        gui.beginCard();
        gui.text(row.learner.displayName, ui::styles::section);
        if (auto n = m_namesakes.find(row.learner.id); n != m_namesakes.end())
            gui.text(m_shell.tr("profiles.namesake",
                                {{"number", double(n->second)},
                                 {"created", double(row.learner.createdAt) * 1000.0}}),
                     ui::styles::hint);
        gui.text(row.summary, ui::styles::hint);
        if (m_deleting == row.learner.id)
            buildDeleteConfirm(token, row);
        else
            buildRow(token, row);
        gui.endCard();
        if (m_changed)
            break;
    }
    if (paged && matches.size() > kPageSize && !m_changed)
        buildPager(matches.size());
    buildAdd();
    if (m_changed)
    {
        m_changed = false;
        read();
    }
}

void LearnerAdmin::buildRow(const core::store::TeacherToken& token, const Row& row)
{
    ui::Gui& gui = m_shell.gui();
    const auto& l = row.learner;
    const std::string id = std::to_string(l.id);
    if (m_renaming == l.id)
    {
        gui.textField("rename-field-" + id, m_newName);
        gui.beginRow();
        if (gui.button("rename-save-" + id, m_shell.tr("teacher.rename-save"),
                       {ui::Look::Primary}) ||
            (gui.focusedId() == "rename-field-" + id && gui.keyPressed(sf::Keyboard::Enter)))
            rename(token, row);
        if (gui.button("rename-cancel-" + id, m_shell.tr("teacher.cancel"), {ui::Look::Quiet}))
            m_renaming = 0;
        gui.endRow();
        return;
    }
    if (m_shell.classroom())
        return;
    gui.beginRow();
    if (gui.button("rename-" + id, m_shell.tr("teacher.rename"), {ui::Look::Secondary}))
    {
        m_renaming = l.id;
        m_newName = l.displayName;
        m_deleting = 0;
        gui.focus("rename-field-" + id);
    }
    if (l.hasPin &&
        gui.button("reset-pin-" + id, m_shell.tr("teacher.reset-pin"), {ui::Look::Secondary}))
    {
        m_shell.store().resetLearnerPin(token, l.id, std::nullopt);
        m_message = m_shell.tr("teacher.pin-removed", {{"name", l.displayName}});
        m_messageIsError = false;
        m_changed = true;
    }
    if (gui.button("delete-" + id, m_shell.tr("teacher.delete"), {ui::Look::Secondary}))
    {
        m_deleting = l.id;
        m_renaming = 0;
    }
    gui.endRow();
}

void LearnerAdmin::buildDeleteConfirm(const core::store::TeacherToken& token, const Row& row)
{
    ui::Gui& gui = m_shell.gui();
    const std::string id = std::to_string(row.learner.id);
    const bool hasWork = row.answers > 0 || row.lessonsDone > 0;
    gui.text(m_shell.tr("teacher.delete-what", {{"name", row.learner.displayName},
                                                {"answers", double(row.answers)},
                                                {"done", double(row.lessonsDone)}}),
             ui::styles::error);
    if (hasWork)
        gui.text(m_shell.tr("teacher.delete-copy"), ui::styles::hint);
    gui.beginRow();
    if (gui.button("delete-confirm-" + id,
                   m_shell.tr(hasWork ? "teacher.delete-with-copy" : "teacher.delete-now"),
                   {ui::Look::Wrong}))
        remove(token, row);
    if (gui.button("delete-cancel-" + id, m_shell.tr("teacher.cancel"), {ui::Look::Primary}))
        m_deleting = 0;
    gui.endRow();
}

void LearnerAdmin::buildAdd()
{
    ui::Gui& gui = m_shell.gui();
    gui.beginCard();
    gui.text(m_shell.tr("teacher.add"), ui::styles::section);
    // The teacher types someone else's name: "Name", not the learner's own "Your name".
    gui.text(m_shell.tr("teacher.add-name"), ui::styles::label);
    gui.textField("add-name", m_addName);
    gui.text(m_shell.tr("new.pin"), ui::styles::label);
    gui.textField("add-pin", m_addPin, 260, true);
    m_addPin = pinDigits(m_addPin);
    if (gui.button("add-learner", m_shell.tr("teacher.add-button"), {ui::Look::Secondary}))
    {
        const std::string name = trimmed(m_addName);
        m_messageIsError = true;
        if (name.empty())
            m_message = m_shell.tr("new.need-name");
        else if (!m_addPin.empty() && !core::store::validPin(m_addPin))
            m_message = m_shell.tr("new.pin-short");
        else
        {
            core::store::NewLearner learner{
                name, pickLearnerColour(m_shell.store().learners()), m_shell.messages().language(),
                m_addPin.empty() ? std::nullopt : std::optional(m_addPin)};
            const auto saved = m_shell.store().createLearner(learner, m_shell.now());
            m_messageIsError = !saved;
            m_message = saved ? m_shell.tr("teacher.added", {{"name", name}})
                              : m_shell.tr("new.failed") + " " + saved.error;
            if (saved)
                m_addName.clear(), m_addPin.clear();
            m_changed = true;
        }
    }
    gui.endCard();
}

void LearnerAdmin::rename(const core::store::TeacherToken& token, const Row& row)
{
    const std::string name = trimmed(m_newName);
    m_messageIsError = true;
    if (name.empty())
    {
        m_message = m_shell.tr("new.need-name");
        return;
    }
    const auto saved = m_shell.store().renameLearner(token, row.learner.id, name);
    m_messageIsError = !saved;
    m_message =
        saved ? m_shell.tr("teacher.renamed", {{"old", row.learner.displayName}, {"name", name}})
              : m_shell.tr("new.failed") + " " + saved.error;
    m_renaming = 0;
    m_changed = true;
}

std::string LearnerAdmin::exportCopy(const Row& row, std::string& file)
{
    const char* home = std::getenv("HOME");
    const std::filesystem::path dir =
        home ? std::filesystem::path(home) : std::filesystem::temp_directory_path();
    const std::filesystem::path target = dir / ("kompis-" + std::to_string(row.learner.id) + "-" +
                                                std::to_string(m_shell.now()) + ".csv");
    core::exports::ExportRequest request;
    request.format = core::exports::ExportFormat::AttemptsCsv;
    request.learnerId = row.learner.id;
    const auto outcome = core::exports::exportToFile(m_shell.store(), request, target);
    file = target.string();
    return outcome.written ? std::string() : outcome.error;
}

void LearnerAdmin::remove(const core::store::TeacherToken& token, const Row& row)
{
    m_deleting = 0;
    m_changed = true;
    m_messageIsError = true;
    std::string copy;
    if (row.answers > 0 || row.lessonsDone > 0)
    {
        if (const std::string why = exportCopy(row, copy); !why.empty())
        {
            m_message = m_shell.tr("teacher.export-failed") + " " + why;
            return;
        }
        if (!m_shell.store().markExported(token, row.learner.id, m_shell.now()))
        {
            m_message = m_shell.store().statusMessage();
            return;
        }
    }
    // The store's delete takes every row of the learner with it (answers, cards, recordings).
    const auto deleted = m_shell.store().deleteLearner(token, row.learner.id, true);
    m_messageIsError = !deleted;
    if (!deleted)
        m_message = m_shell.tr("teacher.delete-failed") + " " + deleted.error;
    else if (copy.empty())
        m_message = m_shell.tr("teacher.deleted", {{"name", row.learner.displayName}});
    else
        m_message =
            m_shell.tr("teacher.deleted-copy", {{"name", row.learner.displayName}, {"file", copy}});
}

} // namespace kompis::app
