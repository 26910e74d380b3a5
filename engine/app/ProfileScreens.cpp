#include "app/App.hpp"

namespace kompis::app
{

void App::buildProfiles()
{
    m_gui->headerTitle(tr("app.name"));
    if (m_gui->headerButton("settings", tr("nav.settings"), true))
    {
        m_settingsReturn = Screen::Profiles;
        go(Screen::Settings);
    }
    if (m_gui->headerButton("teacher", tr("nav.teacher"), true))
        go(Screen::Teacher);
    if (!m_notice.empty())
        m_gui->text(m_notice, {0.9f, true, m_gui->theme().almost, false});
    const auto learners = m_store->learners();
    m_gui->heading(tr("profiles.title"));
    if (learners.empty())
        m_gui->text(tr("profiles.empty"), {1.0f, false, m_gui->theme().mutedText, false});
    m_gui->space(8);
    m_gui->beginRow();
    const float tileW = std::max(220.0f, (m_gui->columnWidth() - 2 * 12) / 3);
    for (const auto& l : learners)
    {
        ui::ButtonStyle style{
            ui::Look::Tile, tileW, 0, true, l.hasPin ? tr("profiles.has-pin") : " ", -1};
        if (m_gui->button("profile-" + l.displayName, l.displayName, style))
        {
            if (l.hasPin)
            {
                m_pinFor = l;
                m_pinEntry.clear();
                m_pinMessage.clear();
                go(Screen::Pin);
            }
            else
                signIn(l);
        }
    }
    ui::ButtonStyle add{learners.empty() ? ui::Look::Primary : ui::Look::Tile,
                        tileW,
                        0,
                        true,
                        tr("profiles.new-hint"),
                        -1};
    if (m_gui->button("new-learner", tr("profiles.new"), add) ||
        (learners.empty() && m_gui->keyPressed(sf::Keyboard::Enter)))
    {
        m_newName.clear();
        m_newPin.clear();
        go(Screen::NewLearner);
        m_gui->focus("name");
    }
    m_gui->endRow();
}

void App::buildNewLearner()
{
    m_gui->headerTitle(tr("app.name"));
    bool back = m_gui->headerButton("back", tr("nav.back"), false);
    m_gui->heading(tr("new.title"));
    m_gui->text(tr("new.name"), {1.0f, true, std::nullopt, false});
    m_gui->textField("name", m_newName);
    m_gui->space(6);
    m_gui->text(tr("new.pin"), {1.0f, true, std::nullopt, false});
    m_gui->text(tr("new.pin-hint"), {0.85f, false, m_gui->theme().mutedText, false});
    std::string digits;
    for (char c : m_newPin)
        if (c >= '0' && c <= '9')
            digits += c;
    m_newPin = digits.substr(0, 8);
    m_gui->textField("pin", m_newPin, 260, true);
    m_gui->space(6);
    m_gui->text(tr("new.language"), {1.0f, true, std::nullopt, false});
    m_gui->beginRow();
    for (const char* lang : {"sv", "nb", "fi", "en"})
    {
        const bool on = m_settings.uiLanguage == lang;
        if (m_gui->button(std::string("ui-") + lang, languageName(lang),
                          {on ? ui::Look::Selected : ui::Look::Option}))
        {
            m_settings.uiLanguage = lang;
            saveSettings(m_settings, m_settingsFile);
            applySettings();
        }
    }
    m_gui->endRow();
    const bool pinOk = m_newPin.empty() || m_newPin.size() >= 4;
    if (!m_pinMessage.empty())
        m_gui->text(m_pinMessage, {1.0f, true, m_gui->theme().wrong, false});
    back = back || m_gui->keyPressed(sf::Keyboard::Escape);
    const bool create = m_gui->footerButton("create", tr("new.create"), ui::Look::Primary) ||
                        m_gui->keyPressed(sf::Keyboard::Enter);
    if (back)
    {
        m_pinMessage.clear();
        go(Screen::Profiles);
        return;
    }
    if (create)
    {
        std::string name = m_newName;
        while (!name.empty() && name.back() == ' ')
            name.pop_back();
        if (name.empty())
            m_pinMessage = tr("new.need-name");
        else if (!pinOk)
            m_pinMessage = tr("new.pin-short");
        else
        {
            core::store::NewLearner learner{name, "#1f6f8b", m_settings.uiLanguage,
                                            m_newPin.empty() ? std::nullopt
                                                             : std::optional(m_newPin)};
            const auto saved = m_store->createLearner(learner, now());
            if (!saved)
                m_pinMessage = tr("new.failed") + " " + saved.error;
            else if (auto profile = m_store->learner(saved.id))
            {
                m_pinMessage.clear();
                signIn(*profile);
            }
        }
    }
}

void App::buildPin()
{
    m_gui->headerTitle(tr("app.name"));
    const bool back = m_gui->headerButton("back", tr("nav.back"), false) ||
                      m_gui->keyPressed(sf::Keyboard::Escape);
    const std::string who = m_pinFor ? m_pinFor->displayName : tr("teacher.title");
    m_gui->heading(tr("pin.title", {{"name", who}}));
    std::string dots;
    for (std::size_t i = 0; i < m_pinEntry.size(); ++i)
        dots += "● ";
    m_gui->text(dots.empty() ? " " : dots, {1.6f, true, std::nullopt, false});
    if (!m_pinMessage.empty())
        m_gui->text(m_pinMessage, {1.0f, true, m_gui->theme().wrong, false});
    const float key = 110;
    bool ok = m_gui->keyPressed(sf::Keyboard::Enter);
    for (int row = 0; row < 4; ++row)
    {
        m_gui->beginRow();
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
                id = "pin-ok", label = tr("pin.ok");
            ui::ButtonStyle style{
                n == 12 ? ui::Look::Primary : ui::Look::Secondary, key, 70, true, {}, -1};
            if (m_gui->button(id, label, style))
            {
                if (n == 10 && !m_pinEntry.empty())
                    m_pinEntry.pop_back();
                else if (n == 12)
                    ok = true;
                else if (n != 10 && m_pinEntry.size() < 8)
                    m_pinEntry += label;
            }
        }
        m_gui->endRow();
    }
    for (int d = 0; d <= 9; ++d)
        if (m_gui->keyPressed(sf::Keyboard::Key(sf::Keyboard::Num0 + d)) ||
            m_gui->keyPressed(sf::Keyboard::Key(sf::Keyboard::Numpad0 + d)))
            if (m_pinEntry.size() < 8)
                m_pinEntry += char('0' + d);
    if (m_gui->keyPressed(sf::Keyboard::BackSpace) && !m_pinEntry.empty())
        m_pinEntry.pop_back();
    if (back)
    {
        go(m_pinFor ? Screen::Profiles : Screen::Teacher);
        return;
    }
    if (ok && m_pinFor)
    {
        const auto check = m_store->checkLearnerPin(m_pinFor->id, m_pinEntry, now());
        m_pinEntry.clear();
        if (check.ok())
            signIn(*m_pinFor);
        else if (check.status == core::store::PinStatus::Locked)
            m_pinMessage = tr("pin.locked");
        else
            m_pinMessage = tr("pin.wrong", {{"tries", double(check.triesLeft)}});
    }
}

} // namespace kompis::app
