#pragma once

#include "core/model/OpenItems.hpp"
#include "core/model/Outcome.hpp"
#include "core/review/Fsrs.hpp"

namespace kompis::core::review
{

/// The one rating policy of a graded answer: wrong → Again, almost → Hard, right → Good, and a
/// right answer given fast → Easy. What counts as fast is the session's policy
/// (`session::SessionPolicy::fastAnswer`); the store replays stored answers with this too.
/// A written task done (Outcome::Done) is Good.
[[nodiscard]] Rating ratingFor(Outcome outcome, bool fast);

/// The rating of a learner's own judgement of a spoken try: again → Again, almost → Hard,
/// good → Good (never Easy).
[[nodiscard]] Rating ratingForSelf(SelfRating rating);

} // namespace kompis::core::review
