#pragma once

#include "app/WordQueue.hpp"
#include "app/screens/Screen.hpp"

#include <vector>

namespace kompis::app
{

/// Word review: the vocabulary cards due as flashcards. The learner sees the word, tries to
/// recall its meaning, reveals it, and says how well they knew it; FSRS schedules the next
/// review by that rating.
class WordsScreen : public Screen
{
public:
    using Screen::Screen;
    [[nodiscard]] const char* name() const override { return "words"; }
    void open() override;
    void build() override;

private:
    void rateAndContinue();
    void finish();

    std::vector<WordCard> m_words;
    std::size_t m_index = 0;
    bool m_revealed = false;
    int m_practised = 0;
};

} // namespace kompis::app
