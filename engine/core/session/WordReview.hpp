#pragma once

#include "core/review/Fsrs.hpp"
#include "core/session/LessonSession.hpp"
#include "core/session/ReviewQueue.hpp"

#include <cstddef>
#include <vector>

namespace kompis::core::session
{

/// A word review: vocabulary cards one at a time. The learner sees the word, tries to recall its
/// meaning, reveals it and says how well they knew it; that rating is saved (before the next
/// card shows) and is what FSRS schedules the next review by.
class WordReview
{
public:
    WordReview(const SessionContext& context, std::vector<WordCard> cards);

    [[nodiscard]] bool finished() const { return m_index >= m_cards.size(); }
    /// The card shown; only while not finished.
    [[nodiscard]] const WordCard& current() const { return m_cards[m_index]; }
    [[nodiscard]] std::size_t index() const { return m_index; }
    [[nodiscard]] std::size_t count() const { return m_cards.size(); }
    [[nodiscard]] bool revealed() const { return m_revealed; }
    /// Shows the meaning of the card.
    void reveal();
    /// Saves how well the learner knew the word, then shows the next card. Refused (not saved)
    /// before the meaning was revealed.
    store::SaveResult rate(review::Rating rating);
    /// Ends the review early; the cards not rated stay due.
    void stop() { m_index = m_cards.size(); }
    /// Cards rated so far.
    [[nodiscard]] int practised() const { return m_practised; }

private:
    SessionContext m_context;
    std::vector<WordCard> m_cards;
    std::size_t m_index = 0;
    bool m_revealed = false;
    int m_practised = 0;
};

} // namespace kompis::core::session
