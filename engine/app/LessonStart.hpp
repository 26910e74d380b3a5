#pragma once

#include "app/LessonRun.hpp"

#include <optional>
#include <string>
#include <vector>

namespace kompis::app
{

class Shell;

/// A run through `slot` in the variant followed, at the step to resume when the learner left it
/// recently; nothing when the lesson has no step for that variant.
std::optional<LessonRun> startLesson(Shell& shell, CourseEntry& entry,
                                     const core::LessonSlot& slot);

/// A review run: the items due (oldest first), or only `onlyItems` of the open course.
std::optional<LessonRun> startReviews(Shell& shell, const std::vector<std::string>& onlyItems);

} // namespace kompis::app
