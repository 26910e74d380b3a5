#include "core/model/Outcome.hpp"

#include "core/model/OpenItems.hpp"

namespace kompis::core
{

std::string_view outcomeName(Outcome outcome)
{
    switch (outcome)
    {
    case Outcome::Right:
        return "right";
    case Outcome::Almost:
        return "almost";
    case Outcome::Done:
        return "done";
    case Outcome::Wrong:
        break;
    }
    return "wrong";
}

Outcome outcomeOf(SelfRating rating)
{
    switch (rating)
    {
    case SelfRating::Good:
        return Outcome::Right;
    case SelfRating::Almost:
        return Outcome::Almost;
    case SelfRating::Again:
        break;
    }
    return Outcome::Wrong;
}

std::optional<Outcome> parseOutcome(std::string_view name)
{
    for (const Outcome o : {Outcome::Wrong, Outcome::Almost, Outcome::Right, Outcome::Done})
        if (outcomeName(o) == name)
            return o;
    return std::nullopt;
}

} // namespace kompis::core
