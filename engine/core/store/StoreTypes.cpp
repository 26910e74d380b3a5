#include "core/store/StoreTypes.hpp"

namespace kompis::core::store
{

review::Rating ratingFor(Outcome outcome, bool fast)
{
    switch (outcome)
    {
    case Outcome::Wrong:
        return review::Rating::Again;
    case Outcome::Almost:
        return review::Rating::Hard;
    case Outcome::Right:
        break;
    }
    return fast ? review::Rating::Easy : review::Rating::Good;
}

const char* outcomeName(Outcome outcome)
{
    switch (outcome)
    {
    case Outcome::Wrong:
        return "wrong";
    case Outcome::Almost:
        return "almost";
    case Outcome::Right:
        break;
    }
    return "right";
}

const char* lessonStatusName(LessonStatus status)
{
    switch (status)
    {
    case LessonStatus::New:
        return "new";
    case LessonStatus::InProgress:
        return "in progress";
    case LessonStatus::Done:
        break;
    }
    return "done";
}

} // namespace kompis::core::store
