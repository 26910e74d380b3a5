#include "app/screens/SetupScreen.hpp"

#include "app/LearnerLook.hpp"
#include "app/Shell.hpp"
#include "app/screens/ProfilesScreen.hpp"
#include "app/screens/TeacherScreen.hpp"
#include "core/store/PinHash.hpp"

namespace kompis::app
{

void SetupScreen::build()
{
    ui::Gui& gui = m_shell.gui();
    gui.headerTitle(m_shell.tr("app.name"));
    const bool firstStart = m_from == From::FirstStart;
    if (!firstStart && (gui.headerButton("back", m_shell.tr("nav.back"), false) ||
                        gui.keyPressed(sf::Keyboard::Escape)))
    {
        m_shell.show(std::make_unique<ProfilesScreen>(m_shell));
        return;
    }
    gui.heading(m_shell.tr("setup.title"));
    gui.text(m_shell.tr("setup.intro"), ui::styles::body);
    if (gui.focusedId().empty())
        gui.focus("setup-pin");
    gui.text(m_shell.tr("setup.pin"), ui::styles::label);
    gui.textField("setup-pin", m_pin, 320, true);
    m_pin = pinDigits(m_pin);
    gui.text(m_shell.tr("setup.pin-again"), ui::styles::label);
    gui.textField("setup-pin-again", m_again, 320, true);
    m_again = pinDigits(m_again);
    if (!m_message.empty())
        gui.text(m_message, ui::styles::error);
    if (firstStart)
    {
        gui.space(8);
        gui.text(m_shell.tr("setup.own-hint"), ui::styles::hint);
        if (gui.button("setup-own-pc", m_shell.tr("setup.own"), {ui::Look::Secondary}))
        {
            m_shell.settings().pcSetUp = true;
            m_shell.saveSettings();
            leave();
            return;
        }
    }
    if (gui.footerButton("setup-save", m_shell.tr("setup.save"), ui::Look::Primary) ||
        gui.keyPressed(sf::Keyboard::Enter))
        save();
}

void SetupScreen::save()
{
    if (!core::store::validPin(m_pin))
        m_message = m_shell.tr("new.pin-short");
    else if (m_again != m_pin)
        m_message = m_shell.tr("setup.mismatch");
    else if (!m_shell.store().setTeacherPin(m_pin, "", m_shell.now()).ok())
        // Someone set one meanwhile (kompis-admin, another PC on the same store).
        m_message = m_shell.tr("setup.failed");
    else
    {
        m_shell.settings().pcSetUp = true;
        m_shell.saveSettings();
        m_shell.notice() = m_shell.tr("setup.done");
        leave();
        return;
    }
    m_pin.clear();
    m_again.clear();
    m_shell.gui().focus("setup-pin");
}

void SetupScreen::leave()
{
    if (m_from == From::TeacherButton && m_shell.store().hasTeacherPin())
        m_shell.show(std::make_unique<TeacherScreen>(m_shell));
    else
        m_shell.show(std::make_unique<ProfilesScreen>(m_shell));
}

} // namespace kompis::app
