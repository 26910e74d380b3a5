#include "app/LessonRun.hpp"

#include "core/session/LessonScore.hpp"

namespace kompis::app
{

double LessonRun::score() const
{
    return core::session::lessonScore(points, maxPoints);
}

std::vector<LessonRun::Entry>
LessonRun::visibleSteps(CourseEntry& course, const core::Lesson& lesson, const std::string& target)
{
    return core::session::visibleSteps(course, lesson, target);
}

} // namespace kompis::app
