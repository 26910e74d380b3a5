#pragma once

#include "app/WordText.hpp"
#include "app/screens/Screen.hpp"
#include "core/session/WordReview.hpp"

#include <optional>

namespace kompis::app
{

/// Word review: the vocabulary cards due as flashcards, run by `core::session::WordReview`. The
/// learner sees the word, tries to recall its meaning, reveals it, and says how well they knew
/// it; FSRS schedules the next review by that rating.
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

    std::optional<core::session::WordReview> m_review; ///< made in open()
};

} // namespace kompis::app
