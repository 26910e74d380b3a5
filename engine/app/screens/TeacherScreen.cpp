#include "app/screens/TeacherScreen.hpp"

#include "app/Shell.hpp"
#include "app/screens/LibraryScreen.hpp"
#include "app/screens/ProfilesScreen.hpp"
#include "app/screens/SetupScreen.hpp"
#include "core/export/CsvExport.hpp"
#include "core/export/RecordingsExport.hpp"
#include "core/export/XapiExport.hpp"

#include <cstdlib>
#include <fstream>

namespace kompis::app
{

void TeacherScreen::open()
{
    // The PIN is chosen in "Set up this computer" (typed twice), never by whoever comes first.
    if (!m_shell.store().hasTeacherPin())
        m_shell.show(std::make_unique<SetupScreen>(m_shell, SetupScreen::From::TeacherButton));
    if (m_exportFolder.empty())
    {
        const char* home = std::getenv("HOME");
        m_exportFolder = home ? home : std::filesystem::temp_directory_path().string();
    }
    if (m_token)
    {
        m_admin.read();
        m_class.open();
    }
}

void TeacherScreen::buildLocked()
{
    ui::Gui& gui = m_shell.gui();
    gui.heading(m_shell.tr("teacher.enter-pin"));
    if (gui.focusedId().empty())
        gui.focus("teacher-pin");
    gui.textField("teacher-pin", m_pin, 260, true);
    if (!m_message.empty())
        gui.text(m_message, ui::styles::error);
    if (gui.footerButton("teacher-unlock", m_shell.tr("pin.ok"), ui::Look::Primary) ||
        gui.keyPressed(sf::Keyboard::Enter))
        unlock();
}

void TeacherScreen::unlock()
{
    auto& store = m_shell.store();
    if (store.hasTeacherPin())
    {
        core::store::PinCheck check;
        m_token = store.unlockTeacher(m_pin, m_shell.now(), &check);
        if (!m_token)
        {
            m_message = m_shell.tr("pin.wrong", {{"tries", double(check.triesLeft)}});
            // Back in the field, so the next try is typed at once.
            m_shell.gui().focus("teacher-pin");
        }
        else
            m_message.clear();
    }
    m_pin.clear();
    open();
}

void TeacherScreen::build()
{
    ui::Gui& gui = m_shell.gui();
    gui.headerTitle(m_shell.tr("teacher.title"));
    if (gui.headerButton("back", m_shell.tr("nav.back"), false) ||
        gui.keyPressed(sf::Keyboard::Escape))
    {
        if (m_shell.learner())
            m_shell.show(std::make_unique<LibraryScreen>(m_shell));
        else
            m_shell.show(std::make_unique<ProfilesScreen>(m_shell));
        return;
    }
    if (!m_token)
    {
        buildLocked();
        return;
    }
    m_admin.build(*m_token);
    m_class.build();
    if (!m_message.empty())
        gui.text(m_message, ui::styles::success);
    kioskChoice();
    if (m_export)
    {
        exportProgress();
        return;
    }
    gui.text(m_shell.tr("teacher.export-folder"), ui::styles::caption);
    gui.textField("export-folder", m_exportFolder);
    gui.text(m_shell.tr("teacher.recordings-hint"), ui::styles::hint);
    if (gui.button("export-recordings", m_shell.tr("teacher.export-recordings"),
                   {ui::Look::Secondary}))
        copyRecordings();
    if (gui.footerButton("export-xapi", m_shell.tr("teacher.export-xapi"), ui::Look::Secondary))
        exportTo(".json", true);
    if (gui.footerButton("export-csv", m_shell.tr("teacher.export-csv"), ui::Look::Primary))
        exportTo(".csv", false);
}

void TeacherScreen::exportProgress()
{
    ui::Gui& gui = m_shell.gui();
    if (!m_export->finished())
    {
        m_shell.keepDrawing();
        gui.text(m_shell.tr("teacher.exporting", {{"done", double(m_export->done())},
                                                  {"total", double(m_export->total())}}),
                 ui::styles::section);
        gui.progressBar(m_export->fraction(), 12);
        if (gui.footerButton("export-cancel", m_shell.tr("teacher.export-cancel"),
                             ui::Look::Secondary))
            m_export->cancel();
        return;
    }
    const auto& outcome = m_export->outcome();
    if (outcome.written)
        m_message = m_shell.tr("teacher.exported", {{"file", m_export->target().string()}});
    else if (outcome.cancelled)
        m_message = m_shell.tr("teacher.export-cancelled");
    else
        m_message = m_shell.tr("teacher.export-failed") + " " + outcome.error;
    m_export.reset();
}

void TeacherScreen::kioskChoice()
{
    ui::Gui& gui = m_shell.gui();
    Settings& settings = m_shell.settings();
    // Classroom mode: full screen, the window cannot be closed; only this view can end it.
    gui.text(m_shell.tr("teacher.kiosk"), ui::styles::section);
    gui.text(m_shell.tr("teacher.kiosk-hint"), ui::styles::hint);
    gui.beginRow();
    const bool kiosk = settings.kiosk;
    if (gui.button("kiosk-off", m_shell.tr("settings.off"),
                   {kiosk ? ui::Look::Option : ui::Look::Selected}) &&
        kiosk)
    {
        settings.kiosk = false;
        m_shell.saveSettings();
        m_shell.requestWindow();
    }
    if (gui.button("kiosk-on", m_shell.tr("settings.on"),
                   {kiosk ? ui::Look::Selected : ui::Look::Option}) &&
        !kiosk)
    {
        settings.kiosk = true;
        m_shell.saveSettings();
        m_shell.requestWindow();
    }
    gui.endRow();
    if (kiosk && gui.button("quit-kompis", m_shell.tr("teacher.quit"), {ui::Look::Secondary}))
        m_shell.quit();
    idleChoice();
}

void TeacherScreen::idleChoice()
{
    ui::Gui& gui = m_shell.gui();
    Settings& settings = m_shell.settings();
    // On a shared PC a learner who walks away stays signed in; this hands the PC back.
    gui.text(m_shell.tr("teacher.idle"), ui::styles::section);
    gui.text(m_shell.tr("teacher.idle-hint"), ui::styles::hint);
    gui.beginRow();
    for (const int minutes : {0, 5, 10, 20})
    {
        const bool on = settings.idleSignOutSeconds == minutes * 60;
        const std::string label =
            minutes == 0 ? m_shell.tr("teacher.idle-never")
                         : m_shell.tr("teacher.idle-minutes", {{"minutes", double(minutes)}});
        if (gui.button("idle-" + std::to_string(minutes), label,
                       {on ? ui::Look::Selected : ui::Look::Option}) &&
            !on)
        {
            settings.idleSignOutSeconds = minutes * 60;
            m_shell.saveSettings();
        }
    }
    gui.endRow();
}

void TeacherScreen::exportTo(const std::string& extension, bool xapi)
{
    const std::filesystem::path file =
        std::filesystem::path(m_exportFolder) /
        ("kompis-export-" + std::to_string(m_shell.now()) + extension);
    core::exports::ExportRequest request;
    request.format =
        xapi ? core::exports::ExportFormat::Xapi : core::exports::ExportFormat::AttemptsCsv;
    m_message.clear();
    m_export = std::make_unique<BackgroundExport>(m_shell.store().openReport().path,
                                                  std::move(request), file);
}

void TeacherScreen::copyRecordings()
{
    // Takes are small (at most 90 s of 16 kHz Vorbis, about 100 kB): a class's copy is quick
    // enough for the UI thread, unlike an export of a million answers.
    const std::filesystem::path folder = std::filesystem::path(m_exportFolder) /
                                         ("kompis-recordings-" + std::to_string(m_shell.now()));
    const auto outcome = core::exports::exportRecordings(m_shell.store(), std::nullopt, folder);
    m_message = outcome.error.empty()
                    ? m_shell.tr("teacher.recordings-copied",
                                 {{"count", double(outcome.files)}, {"folder", folder.string()}})
                    : m_shell.tr("teacher.export-failed") + " " + outcome.error;
}

} // namespace kompis::app
