// Word review: the vocabulary cards of the FSRS queue as flashcards. The learner sees the word,
// tries to recall its meaning, reveals it, and says how well they knew it; that rating is the
// review FSRS schedules the next one by.
#include "app/App.hpp"

namespace kompis::app
{

std::vector<WordCard> App::dueWords(std::size_t limit)
{
    std::vector<WordCard> cards;
    if (!m_learner)
        return cards;
    ensureCourses();
    for (const auto& due : m_store->dueQueue(m_learner->id, now(), 500))
    {
        if (due.kind != core::store::CardKind::Vocabulary || cards.size() >= limit)
            continue;
        for (auto& entry : m_courses)
        {
            if (entry->broken() || entry->course()->id != due.courseId)
                continue;
            entry->loadFully();
            if (const auto* word = entry->course()->findWord(due.refId))
                cards.push_back({entry.get(), word});
        }
    }
    return cards;
}

void App::startWordReview()
{
    m_words = dueWords(20);
    m_wordIndex = 0;
    m_wordRevealed = false;
    m_wordsPractised = 0;
    if (!m_words.empty())
        go(Screen::Words);
}

void App::buildWords()
{
    if (!m_learner || m_wordIndex >= m_words.size())
    {
        if (m_wordsPractised > 0)
            m_notice = tr("words.done", {{"count", double(m_wordsPractised)}});
        m_words.clear();
        go(Screen::Library);
        return;
    }
    const auto& card = m_words[m_wordIndex];
    const auto& word = *card.word;
    const ui::Theme& theme = m_gui->theme();
    m_gui->headerTitle(tr("words.title"));
    if (m_gui->headerButton("close-words", tr("nav.library"), false) ||
        m_gui->keyPressed(sf::Keyboard::Escape))
    {
        m_wordIndex = m_words.size();
        return;
    }
    m_gui->text(
        tr("words.count", {{"n", double(m_wordIndex + 1)}, {"count", double(m_words.size())}}),
        {0.9f, false, theme.mutedText, false});
    m_gui->beginCard();
    m_gui->text(articleText(word.article) + word.lemma, {1.6f, true, std::nullopt, false});
    if (word.audio)
        audioButton(*word.audio, "audio-" + word.id);
    if (!m_wordRevealed)
    {
        m_gui->text(tr("words.prompt"), {1.0f, false, theme.mutedText, false});
        m_gui->endCard();
        if (m_gui->footerButton("show-meaning", tr("words.show"), ui::Look::Primary) ||
            m_gui->keyPressed(sf::Keyboard::Enter) || m_gui->keyPressed(sf::Keyboard::Space))
            m_wordRevealed = true;
        return;
    }
    m_gui->text(instr(word.translation), {1.2f, false, std::nullopt, false});
    std::string forms;
    for (const auto& form : word.forms)
        forms += (forms.empty() ? "" : " · ") + form.text;
    if (!forms.empty())
        m_gui->text(forms, {0.9f, false, theme.mutedText, false});
    if (!word.example.empty())
        m_gui->text("“" + word.example + "”", {1.0f, false, std::nullopt, false});
    if (!word.exampleTranslation.empty())
        m_gui->text(instr(word.exampleTranslation), {0.9f, false, theme.mutedText, false});
    m_gui->endCard();

    m_gui->text(tr("words.how-well"), {1.0f, true, std::nullopt, false});
    struct Choice
    {
        const char* id;
        const char* key;
        core::review::Rating rating;
        ui::Look look;
    };
    static constexpr Choice kChoices[] = {
        {"rate-again", "words.again", core::review::Rating::Again, ui::Look::Wrong},
        {"rate-hard", "words.hard", core::review::Rating::Hard, ui::Look::Almost},
        {"rate-good", "words.good", core::review::Rating::Good, ui::Look::Right},
        {"rate-easy", "words.easy", core::review::Rating::Easy, ui::Look::Secondary},
    };
    std::optional<core::review::Rating> chosen;
    const int number = m_gui->numberPressed();
    m_gui->beginRow();
    for (std::size_t i = 0; i < std::size(kChoices); ++i)
    {
        const auto& choice = kChoices[i];
        const std::string label = std::to_string(i + 1) + "  " + tr(choice.key);
        if (m_gui->button(choice.id, label, {choice.look}) || number == int(i + 1))
            chosen = choice.rating;
    }
    m_gui->endRow();
    if (!chosen)
        return;
    // Saved before moving on, like every answer.
    const auto saved =
        m_store->reviewCard(m_learner->id, card.course->course()->id,
                            core::store::CardKind::Vocabulary, word.id, *chosen, now());
    if (!saved.saved)
        m_notice = m_store->statusMessage();
    ++m_wordsPractised;
    ++m_wordIndex;
    m_wordRevealed = false;
    m_audio.stop();
}

} // namespace kompis::app
