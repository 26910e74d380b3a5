#include "app/screens/WordsScreen.hpp"

#include "app/SessionContext.hpp"
#include "app/Shell.hpp"
#include "app/screens/LibraryScreen.hpp"

namespace kompis::app
{
namespace
{

struct RatingChoice
{
    const char* id;
    const char* key;
    core::review::Rating rating;
    ui::Look look;
};

constexpr RatingChoice kChoices[] = {
    {"rate-again", "words.again", core::review::Rating::Again, ui::Look::Wrong},
    {"rate-hard", "words.hard", core::review::Rating::Hard, ui::Look::Almost},
    {"rate-good", "words.good", core::review::Rating::Good, ui::Look::Right},
    {"rate-easy", "words.easy", core::review::Rating::Easy, ui::Look::Secondary},
};

} // namespace

void WordsScreen::open()
{
    m_review.reset();
    const auto& learner = m_shell.learner();
    if (!learner)
        return;
    m_review.emplace(
        sessionContext(m_shell, nullptr),
        core::session::dueWords(m_shell.progress(), learner->id, m_shell.now(), m_shell.courses()));
}

void WordsScreen::finish()
{
    if (m_review && m_review->practised() > 0)
        m_shell.notice() = m_shell.tr("words.done", {{"count", double(m_review->practised())}});
    m_shell.show(std::make_unique<LibraryScreen>(m_shell));
}

void WordsScreen::build()
{
    if (!m_shell.learner() || !m_review || m_review->finished())
    {
        finish();
        return;
    }
    ui::Gui& gui = m_shell.gui();
    const auto& card = m_review->current();
    const auto& word = *card.word;
    gui.headerTitle(m_shell.tr("words.title"));
    if (gui.headerButton("close-words", m_shell.tr("nav.library"), false) ||
        gui.keyPressed(sf::Keyboard::Escape))
    {
        m_review->stop();
        return;
    }
    gui.text(m_shell.tr("words.count", {{"n", double(m_review->index() + 1)},
                                        {"count", double(m_review->count())}}),
             ui::styles::hint);
    gui.beginCard();
    gui.text(articleText(word.article) + word.lemma, ui::styles::big);
    if (word.audio)
        m_shell.audioButton(card.course, *word.audio, "audio-" + word.id);
    if (!m_review->revealed())
    {
        gui.text(m_shell.tr("words.prompt"), ui::styles::note);
        gui.endCard();
        if (gui.footerButton("show-meaning", m_shell.tr("words.show"), ui::Look::Primary) ||
            gui.keyPressed(sf::Keyboard::Enter) || gui.keyPressed(sf::Keyboard::Space))
            m_review->reveal();
        return;
    }
    gui.text(m_shell.instr(word.translation), ui::styles::answer);
    if (const std::string forms = formsLine(word); !forms.empty())
        gui.text(forms, ui::styles::hint);
    if (!word.example.empty())
        gui.text("“" + word.example + "”", ui::styles::body);
    if (!word.exampleTranslation.empty())
        gui.text(m_shell.instr(word.exampleTranslation), ui::styles::hint);
    gui.endCard();
    rateAndContinue();
}

void WordsScreen::rateAndContinue()
{
    ui::Gui& gui = m_shell.gui();
    gui.text(m_shell.tr("words.how-well"), ui::styles::label);
    std::optional<core::review::Rating> chosen;
    const int number = gui.numberPressed();
    gui.beginRow();
    for (std::size_t i = 0; i < std::size(kChoices); ++i)
    {
        const auto& choice = kChoices[i];
        const std::string label = std::to_string(i + 1) + "  " + m_shell.tr(choice.key);
        if (gui.button(choice.id, label, {choice.look}) || number == int(i + 1))
            chosen = choice.rating;
    }
    gui.endRow();
    if (!chosen)
        return;
    // Saved before moving on, like every answer.
    if (!m_review->rate(*chosen).saved)
        m_shell.notice() = m_shell.store().statusMessage();
    m_shell.audio().stop();
}

} // namespace kompis::app
