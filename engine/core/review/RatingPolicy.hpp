#pragma once

#include "core/model/Outcome.hpp"
#include "core/review/Fsrs.hpp"

namespace kompis::core::review
{

/// The one rating policy of a graded answer: wrong → Again, almost → Hard, right → Good, and a
/// right answer given fast → Easy. What counts as fast is the session's policy
/// (`session::SessionPolicy::fastAnswer`); the store replays stored answers with this too.
[[nodiscard]] Rating ratingFor(Outcome outcome, bool fast);

} // namespace kompis::core::review
