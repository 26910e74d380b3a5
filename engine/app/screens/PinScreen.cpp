#include "app/screens/PinScreen.hpp"

#include "app/Shell.hpp"
#include "app/screens/LibraryScreen.hpp"
#include "app/screens/ProfilesScreen.hpp"
#include "core/store/PinHash.hpp"

#include <algorithm>

namespace kompis::app
{

void PinScreen::build()
{
    ui::Gui& gui = m_shell.gui();
    gui.headerTitle(m_shell.tr("app.name"));
    const bool back = gui.headerButton("back", m_shell.tr("nav.back"), false) ||
                      gui.keyPressed(sf::Keyboard::Escape);
    gui.heading(m_shell.tr("pin.title", {{"name", m_learner.displayName}}));
    // Nothing above the keys changes height while typing, so the keys never move under a
    // finger: the dots fit one line up to the longest PIN (empty rings until the first digit),
    // and messages go below the keys.
    std::string dots;
    for (std::size_t i = 0; i < m_entry.size(); ++i)
        dots += "●";
    if (dots.empty())
        gui.text("○○○○", {ui::styles::big.scale, true, ui::Ink::Muted});
    else
        gui.text(dots, ui::styles::big);
    // Keys shrink on a low window so the pad and its message fit without scrolling.
    const float keyW = 110, keyH = std::clamp((m_shell.windowHeight() - 420) / 4, 44.0f, 70.0f);
    bool ok = gui.keyPressed(sf::Keyboard::Enter);
    const auto typeDigit = [&](char digit)
    {
        if (m_entry.size() < core::store::kPinMaxDigits)
            m_entry += digit;
    };
    for (int row = 0; row < 4; ++row)
    {
        gui.beginRow();
        for (int col = 0; col < 3; ++col)
        {
            const int n = row * 3 + col + 1;
            std::string id, label;
            if (n <= 9)
                id = "pin-" + std::to_string(n), label = std::to_string(n);
            else if (n == 10)
                id = "pin-erase", label = "⌫";
            else if (n == 11)
                id = "pin-0", label = "0";
            else
                id = "pin-ok", label = m_shell.tr("pin.ok");
            ui::ButtonStyle style{
                n == 12 ? ui::Look::Primary : ui::Look::Secondary, keyW, keyH, true, {}, -1};
            if (gui.button(id, label, style))
            {
                if (n == 10 && !m_entry.empty())
                    m_entry.pop_back();
                else if (n == 12)
                    ok = true;
                else if (n != 10)
                    typeDigit(label[0]);
            }
        }
        gui.endRow();
    }
    gui.text(m_message, ui::styles::error);
    for (int d = 0; d <= 9; ++d)
        if (gui.keyPressed(sf::Keyboard::Key(sf::Keyboard::Num0 + d)) ||
            gui.keyPressed(sf::Keyboard::Key(sf::Keyboard::Numpad0 + d)))
            typeDigit(char('0' + d));
    if (gui.keyPressed(sf::Keyboard::BackSpace) && !m_entry.empty())
        m_entry.pop_back();
    if (back)
        m_shell.show(std::make_unique<ProfilesScreen>(m_shell));
    else if (ok)
        check();
}

void PinScreen::check()
{
    const auto result = m_shell.checkLearnerPin(m_learner, m_entry);
    m_entry.clear();
    if (result.ok())
    {
        m_shell.signIn(m_learner);
        m_shell.show(std::make_unique<LibraryScreen>(m_shell));
    }
    else if (result.status == core::store::PinStatus::Locked)
        m_message = m_shell.tr("pin.locked");
    else
        m_message = m_shell.tr("pin.wrong", {{"tries", double(result.triesLeft)}});
}

} // namespace kompis::app
