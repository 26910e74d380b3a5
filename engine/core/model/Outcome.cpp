#include "core/model/Outcome.hpp"

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
    case Outcome::Wrong:
        break;
    }
    return "wrong";
}

std::optional<Outcome> parseOutcome(std::string_view name)
{
    for (const Outcome o : {Outcome::Wrong, Outcome::Almost, Outcome::Right})
        if (outcomeName(o) == name)
            return o;
    return std::nullopt;
}

} // namespace kompis::core
