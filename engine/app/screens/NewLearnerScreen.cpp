#include "app/screens/NewLearnerScreen.hpp"

#include "app/Shell.hpp"
#include "app/screens/LibraryScreen.hpp"
#include "app/screens/ProfilesScreen.hpp"

namespace kompis::app
{

void NewLearnerScreen::build()
{
    ui::Gui& gui = m_shell.gui();
    gui.headerTitle(m_shell.tr("app.name"));
    bool back = gui.headerButton("back", m_shell.tr("nav.back"), false);
    gui.heading(m_shell.tr("new.title"));
    gui.text(m_shell.tr("new.name"), ui::styles::label);
    gui.textField("name", m_name);
    gui.space(6);
    gui.text(m_shell.tr("new.pin"), ui::styles::label);
    gui.text(m_shell.tr("new.pin-hint"), ui::styles::fine);
    std::string digits;
    for (char c : m_pin)
        if (c >= '0' && c <= '9')
            digits += c;
    m_pin = digits.substr(0, 8);
    gui.textField("pin", m_pin, 260, true);
    gui.space(6);
    gui.text(m_shell.tr("new.language"), ui::styles::label);
    gui.beginRow();
    for (const char* lang : {"sv", "nb", "fi", "en"})
    {
        const bool on = m_shell.settings().uiLanguage == lang;
        if (gui.button(std::string("ui-") + lang, m_shell.languageName(lang),
                       {on ? ui::Look::Selected : ui::Look::Option}))
        {
            m_shell.settings().uiLanguage = lang;
            m_shell.saveSettings();
            m_shell.applySettings();
        }
    }
    gui.endRow();
    if (!m_message.empty())
        gui.text(m_message, ui::styles::error);
    back = back || gui.keyPressed(sf::Keyboard::Escape);
    const bool create = gui.footerButton("create", m_shell.tr("new.create"), ui::Look::Primary) ||
                        gui.keyPressed(sf::Keyboard::Enter);
    if (back)
        m_shell.show(std::make_unique<ProfilesScreen>(m_shell));
    else if (create)
        this->create();
}

void NewLearnerScreen::create()
{
    std::string name = m_name;
    while (!name.empty() && name.back() == ' ')
        name.pop_back();
    const bool pinOk = m_pin.empty() || m_pin.size() >= 4;
    if (name.empty())
        m_message = m_shell.tr("new.need-name");
    else if (!pinOk)
        m_message = m_shell.tr("new.pin-short");
    else
    {
        core::store::NewLearner learner{name, "#1f6f8b", m_shell.settings().uiLanguage,
                                        m_pin.empty() ? std::nullopt : std::optional(m_pin)};
        const auto saved = m_shell.store().createLearner(learner, m_shell.now());
        if (!saved)
            m_message = m_shell.tr("new.failed") + " " + saved.error;
        else if (auto profile = m_shell.store().learner(saved.id))
        {
            m_shell.signIn(*profile);
            m_shell.show(std::make_unique<LibraryScreen>(m_shell));
        }
    }
}

} // namespace kompis::app
