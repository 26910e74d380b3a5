#include "app/screens/SettingsScreen.hpp"

#include "app/SecondLanguageRow.hpp"
#include "app/Shell.hpp"

#include <algorithm>

namespace kompis::app
{

bool SettingsScreen::choice(const std::string& id, const std::string& label, bool on)
{
    return m_shell.gui().button(id, label, {on ? ui::Look::Selected : ui::Look::Option});
}

void SettingsScreen::build()
{
    ui::Gui& gui = m_shell.gui();
    Settings& settings = m_shell.settings();
    gui.headerTitle(m_shell.tr("settings.title"));
    if (gui.headerButton("back", m_shell.tr("nav.back"), false) ||
        gui.keyPressed(sf::Keyboard::Escape) ||
        gui.footerButton("settings-done", m_shell.tr("settings.done"), ui::Look::Primary))
    {
        m_shell.saveSettings();
        m_shell.back();
        return;
    }
    bool changed = false;
    gui.text(m_shell.tr("settings.language"), ui::styles::section);
    gui.beginRow();
    const std::string current = m_shell.messages().language();
    for (const std::string& lang : offeredLanguages(m_shell.messages().languages()))
        if (choice("lang-" + lang, m_shell.languageName(lang), current == lang))
        {
            settings.uiLanguage = lang;
            m_shell.setLearnerLanguage(lang);
            changed = true;
        }
    gui.endRow();
    if (const auto& learner = m_shell.learner())
    {
        std::string second = learner->secondLanguage;
        if (secondLanguageRow(m_shell, "second-", second))
            m_shell.setLearnerSecondLanguage(second);
    }
    gui.text(m_shell.tr("settings.text-size"), ui::styles::section);
    gui.beginRow();
    const char* sizes[] = {"settings.size-normal", "settings.size-large", "settings.size-largest"};
    for (int i = 0; i < 3; ++i)
        if (choice("size-" + std::to_string(i + 1), m_shell.tr(sizes[i]),
                   int(settings.textSize) == i))
        {
            settings.textSize = ui::TextSize(i);
            changed = true;
        }
    gui.endRow();
    gui.text(m_shell.tr("settings.contrast"), ui::styles::section);
    gui.beginRow();
    if (choice("contrast-off", m_shell.tr("settings.off"), !settings.highContrast))
        settings.highContrast = false, changed = true;
    if (choice("contrast-on", m_shell.tr("settings.on"), settings.highContrast))
        settings.highContrast = true, changed = true;
    gui.endRow();
    gui.text(m_shell.tr("settings.volume", {{"volume", double(settings.volume)}}),
             ui::styles::section);
    gui.beginRow();
    if (gui.button("volume-down", "−", {ui::Look::Option, 80, 0, true, {}, -1}))
        settings.volume = std::max(0, settings.volume - 10), changed = true;
    if (gui.button("volume-up", "+", {ui::Look::Option, 80, 0, true, {}, -1}))
        settings.volume = std::min(100, settings.volume + 10), changed = true;
    gui.endRow();
    gui.text(m_shell.tr("settings.full-screen"), ui::styles::section);
    gui.beginRow();
    if (choice("full-off", m_shell.tr("settings.off"), !settings.fullScreen))
    {
        settings.fullScreen = false;
        m_shell.requestWindow();
        changed = true;
    }
    if (choice("full-on", m_shell.tr("settings.on"), settings.fullScreen))
    {
        settings.fullScreen = true;
        m_shell.requestWindow();
        changed = true;
    }
    gui.endRow();
    gui.text(m_shell.tr("settings.kiosk-hint"), ui::styles::hint);
    if (changed)
    {
        m_shell.saveSettings();
        m_shell.applySettings();
    }
}

} // namespace kompis::app
