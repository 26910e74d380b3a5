#include "core/review/RatingPolicy.hpp"

namespace kompis::core::review
{

Rating ratingFor(Outcome outcome, bool fast)
{
    switch (outcome)
    {
    case Outcome::Wrong:
        return Rating::Again;
    case Outcome::Almost:
        return Rating::Hard;
    case Outcome::Done:
        // A written task comes back on a normal interval: nothing says it was hard or easy.
        return Rating::Good;
    case Outcome::Right:
        break;
    }
    return fast ? Rating::Easy : Rating::Good;
}

Rating ratingForSelf(SelfRating rating)
{
    // The learner's own "good" is never taken as easy: only a machine-timed answer can be.
    return ratingFor(outcomeOf(rating), false);
}

} // namespace kompis::core::review
