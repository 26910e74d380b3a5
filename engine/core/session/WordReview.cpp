#include "core/session/WordReview.hpp"

namespace kompis::core::session
{

WordReview::WordReview(const SessionContext& context, std::vector<WordCard> cards)
    : m_context(context)
    , m_cards(std::move(cards))
{
}

void WordReview::reveal()
{
    if (!finished())
        m_revealed = true;
}

store::SaveResult WordReview::rate(review::Rating rating)
{
    if (finished() || !m_revealed)
        return {false, 0, "the meaning was not shown yet"};
    const WordCard& card = current();
    const auto saved = m_context.progress->reviewCard(
        m_context.learnerId, card.course->course()->id, store::CardKind::Vocabulary, card.word->id,
        rating, m_context.clock->unixSeconds());
    ++m_practised;
    ++m_index;
    m_revealed = false;
    return saved;
}

} // namespace kompis::core::session
