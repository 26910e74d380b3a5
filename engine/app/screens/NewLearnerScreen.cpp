#include "app/screens/NewLearnerScreen.hpp"

#include "app/LearnerLook.hpp"
#include "app/SecondLanguageRow.hpp"
#include "app/Shell.hpp"
#include "app/screens/LibraryScreen.hpp"
#include "app/screens/ProfilesScreen.hpp"
#include "core/store/PinHash.hpp"

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
    m_pin = pinDigits(m_pin);
    gui.textField("pin", m_pin, 260, true);
    gui.space(6);
    gui.text(m_shell.tr("new.language"), ui::styles::label);
    gui.beginRow();
    for (const std::string& lang : offeredLanguages(m_shell.messages().languages()))
    {
        const bool on = m_shell.messages().language() == lang;
        if (gui.button("ui-" + lang, m_shell.languageName(lang),
                       {on ? ui::Look::Selected : ui::Look::Option}))
        {
            m_shell.settings().uiLanguage = lang;
            m_shell.saveSettings();
            m_shell.applySettings();
        }
    }
    gui.endRow();
    gui.space(6);
    (void)secondLanguageRow(m_shell, "second-", m_second);
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
    const bool pinOk = m_pin.empty() || core::store::validPin(m_pin);
    if (name.empty())
        m_message = m_shell.tr("new.need-name");
    else if (!pinOk)
        m_message = m_shell.tr("new.pin-short");
    else
    {
        core::store::NewLearner learner{
            name, pickLearnerColour(m_shell.store().learners()), m_shell.messages().language(),
            m_pin.empty() ? std::nullopt : std::optional(m_pin), m_second};
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
