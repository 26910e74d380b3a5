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
    case Outcome::Right:
        break;
    }
    return fast ? Rating::Easy : Rating::Good;
}

} // namespace kompis::core::review
