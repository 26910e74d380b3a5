#include "core/store/StoreTypes.hpp"

namespace kompis::core::store
{

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
