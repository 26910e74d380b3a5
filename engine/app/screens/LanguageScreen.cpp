#include "app/screens/LanguageScreen.hpp"

#include "app/Shell.hpp"
#include "app/screens/SetupScreen.hpp"

#include <algorithm>

namespace kompis::app
{
namespace
{

constexpr float kGap = 12;      // the toolkit's gap between buttons in a row
constexpr float kTileH = 76;    // large enough to find a name without reading the rest
constexpr float kSpeakerW = 76; // a square speaker beside each name
constexpr int kPerRow = 2;

} // namespace

void LanguageScreen::build()
{
    ui::Gui& gui = m_shell.gui();
    gui.headerTitle(m_shell.tr("app.name"));
    if (m_from == From::Profiles && (gui.headerButton("back", m_shell.tr("nav.back"), false) ||
                                     gui.keyPressed(sf::Keyboard::Escape)))
    {
        m_shell.back();
        return;
    }
    gui.heading(m_shell.tr("picker.title"));
    const std::vector<std::string> languages = offeredLanguages(m_shell.messages().languages());
    const std::string current = m_shell.messages().language();
    const float tileW =
        std::max(200.0f, (gui.columnWidth() - kPerRow * (kSpeakerW + kGap) - kGap) / kPerRow);
    ReadAloud& reader = m_shell.readAloud();
    for (std::size_t i = 0; i < languages.size(); ++i)
    {
        if (i % kPerRow == 0)
            gui.beginRow();
        const std::string& tag = languages[i];
        // Each name in its own language and script, the same on every catalog: a learner finds
        // their own without reading anything else on the screen.
        const std::string autonym = m_shell.languageName(tag);
        const bool chosen = tag == current;
        const bool voiced = reader.canSpeak(tag);
        // A name without a voice takes the speaker's place too, so the columns stay aligned.
        const float width = voiced ? tileW : tileW + kSpeakerW + kGap;
        if (gui.button("lang-" + tag, chosen ? "✓ " + autonym : autonym,
                       {chosen ? ui::Look::Selected : ui::Look::Tile, width, kTileH, true, {}, -1}))
            choose(tag);
        if (voiced)
        {
            const std::string id = "say-" + tag;
            reader.seen(id);
            const bool speaking = reader.speaking(id);
            if (gui.button(id, speaking ? "■" : "🔊",
                           {speaking ? ui::Look::Selected : ui::Look::Quiet,
                            kSpeakerW,
                            kTileH,
                            true,
                            {},
                            -1}))
                reader.toggle(id, {{autonym, tag}});
        }
        if (i % kPerRow == kPerRow - 1 || i + 1 == languages.size())
            gui.endRow();
    }
}

void LanguageScreen::choose(const std::string& language)
{
    m_shell.settings().uiLanguage = language;
    m_shell.saveSettings();
    m_shell.applySettings();
    if (m_from == From::FirstStart)
        m_shell.show(std::make_unique<SetupScreen>(m_shell, SetupScreen::From::FirstStart));
    else
        m_shell.back();
}

} // namespace kompis::app
