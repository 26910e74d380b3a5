#include "app/screens/ProfilesScreen.hpp"

#include "app/LearnerLook.hpp"
#include "app/Shell.hpp"
#include "app/screens/LanguageScreen.hpp"
#include "app/screens/LibraryScreen.hpp"
#include "app/screens/NewLearnerScreen.hpp"
#include "app/screens/PinScreen.hpp"
#include "app/screens/SettingsScreen.hpp"
#include "app/screens/TeacherScreen.hpp"

#include <algorithm>

namespace kompis::app
{

void ProfilesScreen::open()
{
    m_learners = m_shell.store().learners();
    // A notice for this screen (signed out when idle, PIN saved) is not for the next learner.
    m_notice = m_shell.notice();
    if (m_shell.store().saving())
        m_shell.notice().clear();
}

void ProfilesScreen::build()
{
    ui::Gui& gui = m_shell.gui();
    gui.headerTitle(m_shell.tr("app.name"));
    if (gui.headerButton("settings", m_shell.tr("nav.settings"), true))
        m_shell.push(std::make_unique<SettingsScreen>(m_shell));
    if (gui.headerButton("teacher", m_shell.tr("nav.teacher"), true))
        m_shell.show(std::make_unique<TeacherScreen>(m_shell));
    // The language by its own name: someone who cannot read this one still finds theirs.
    if (gui.headerButton("language", m_shell.languageName(m_shell.messages().language()), true))
        m_shell.push(std::make_unique<LanguageScreen>(m_shell, LanguageScreen::From::Profiles));
    if (!m_notice.empty())
        gui.text(m_notice, ui::styles::notice);
    gui.heading(m_shell.tr("profiles.title"));
    if (m_learners.empty())
        gui.text(m_shell.tr("profiles.empty"), ui::styles::note);
    gui.space(8);
    gui.beginRow();
    const float tileW = std::max(220.0f, (gui.columnWidth() - 2 * 12) / 3);
    // Tiles are keyed by the learner's id: two learners of one name never open each other's
    // PIN pad, and they look different (own colour, a number and the day each was made).
    const auto namesakes = namesakeNumbers(m_learners);
    for (const auto& l : m_learners)
    {
        std::string subtitle = l.hasPin ? m_shell.tr("profiles.has-pin") : "";
        if (auto n = namesakes.find(l.id); n != namesakes.end())
        {
            const std::string which =
                m_shell.tr("profiles.namesake", {{"number", double(n->second)},
                                                 {"created", double(l.createdAt) * 1000.0}});
            subtitle = subtitle.empty() ? which : which + " · " + subtitle;
        }
        ui::ButtonStyle style{
            ui::Look::Tile, tileW, 0, true, subtitle.empty() ? " " : subtitle, -1};
        if (std::uint8_t rgb[3]; parseColour(l.colour, rgb))
            style.stripe = sf::Color(rgb[0], rgb[1], rgb[2]);
        if (gui.button("profile-" + std::to_string(l.id), l.displayName, style))
        {
            if (l.hasPin)
                m_shell.show(std::make_unique<PinScreen>(m_shell, l));
            else
            {
                m_shell.signIn(l);
                m_shell.show(std::make_unique<LibraryScreen>(m_shell));
            }
        }
    }
    ui::ButtonStyle add{m_learners.empty() ? ui::Look::Primary : ui::Look::Tile,
                        tileW,
                        0,
                        true,
                        m_shell.tr("profiles.new-hint"),
                        -1};
    if (gui.button("new-learner", m_shell.tr("profiles.new"), add) ||
        (m_learners.empty() && gui.keyPressed(sf::Keyboard::Enter)))
    {
        m_shell.show(std::make_unique<NewLearnerScreen>(m_shell));
        gui.focus("name");
    }
    gui.endRow();
}

} // namespace kompis::app
