#include "app/WordQueue.hpp"

#include "app/Shell.hpp"

namespace kompis::app
{
std::vector<WordCard> dueWords(Shell& shell, std::size_t limit)
{
    std::vector<WordCard> cards;
    const auto& learner = shell.learner();
    if (!learner)
        return cards;
    auto& courses = shell.courses();
    for (const auto& due : shell.store().dueQueue(learner->id, shell.now(), 500))
    {
        if (due.kind != core::store::CardKind::Vocabulary || cards.size() >= limit)
            continue;
        for (auto& entry : courses)
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

std::string formsLine(const core::VocabularyEntry& word)
{
    std::string line;
    for (const auto& form : word.forms)
        line += (line.empty() ? "" : " · ") + form.text;
    return line;
}

const char* articleText(core::Article a)
{
    switch (a)
    {
    case core::Article::En:
        return "en ";
    case core::Article::Ett:
        return "ett ";
    case core::Article::Ei:
        return "ei ";
    case core::Article::Et:
        return "et ";
    case core::Article::None:
        break;
    }
    return "";
}

} // namespace kompis::app
