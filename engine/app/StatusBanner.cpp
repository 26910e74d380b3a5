#include "app/StatusBanner.hpp"

#include "app/Shell.hpp"

namespace kompis::app
{

std::string StatusBanner::state() const
{
    std::string state = m_shell.store().saving() ? "saving" : "not-saving";
    if (!m_recoveryDismissed && !m_shell.store().openReport().recovery.empty())
        state += " recovery";
    if (const ClassroomLink* link = m_shell.classroom())
    {
        const auto status = link->status();
        // Rounds too: a round may bring learners the profile picker shows.
        state += std::string(" ") + core::classroom::syncStateName(status.state) + " " +
                 std::to_string(status.outbox) + " " + std::to_string(status.rounds);
    }
    return state;
}

bool StatusBanner::changed() const
{
    return state() != m_shown;
}

void StatusBanner::build()
{
    m_shown = state();
    recovery();
    if (!m_shell.store().saving())
        m_shell.gui().text(m_shell.tr("store.not-saving"), ui::styles::notice);
    classroom();
}

void StatusBanner::recovery()
{
    const auto& report = m_shell.store().openReport();
    if (m_recoveryDismissed || report.recovery.empty())
        return;
    ui::Gui& gui = m_shell.gui();
    gui.beginCard(gui.theme().almost);
    gui.text(m_shell.tr("store.damaged",
                        {{"file", report.movedAside ? report.movedAside->string() : ""}}),
             ui::styles::section);
    if (report.restoreFrom)
        gui.text(m_shell.tr("store.restore", {{"backup", report.restoreFrom->string()}}));
    // The store's own account, for the teacher or IT who restores it.
    gui.text(report.recovery, ui::styles::fine);
    if (gui.button("recovery-ok", m_shell.tr("store.understood"), {ui::Look::Secondary}))
        m_recoveryDismissed = true;
    gui.endCard();
}

void StatusBanner::classroom()
{
    ui::Gui& gui = m_shell.gui();
    const ClassroomLink* link = m_shell.classroom();
    if (!link)
    {
        if (!m_shell.classroomError().empty())
            gui.text(m_shell.tr("classroom.offline") + " " + m_shell.classroomError(),
                     ui::styles::fine);
        return;
    }
    using core::classroom::SyncState;
    const auto status = link->status();
    if (status.state == SyncState::Starting)
        return;
    std::string line = status.state == SyncState::Online ? m_shell.tr("classroom.online")
                                                         : m_shell.tr("classroom.offline");
    if (status.outbox > 0)
        line += " " + m_shell.tr("classroom.waiting", {{"count", double(status.outbox)}});
    gui.text(line, status.state == SyncState::Online ? ui::styles::fine : ui::styles::notice);
}

} // namespace kompis::app
