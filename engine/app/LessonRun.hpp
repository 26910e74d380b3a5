#pragma once

#include "core/grading/Grader.hpp"
#include "core/model/Course.hpp"
#include "core/session/AnswerDraft.hpp"
#include "core/session/CourseShelf.hpp"
#include "core/session/LessonSession.hpp"

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kompis::app
{

using core::session::AnswerDraft;
using core::session::CourseEntry;
using core::session::courseLocations;
using core::session::openCourses;

/// One pass through a lesson (or a review session of items): which step shows, what was answered.
struct LessonRun
{
    enum class Phase
    {
        Step,
        Feedback,
        Finished,
    };
    using Entry = core::session::SessionStep;

    const core::Lesson* lesson = nullptr; ///< null in a review session
    bool review = false;
    std::string target; ///< the target variant followed (`sv`, `nb`)
    std::vector<Entry> steps;
    int index = 0;
    Phase phase = Phase::Step;
    AnswerDraft draft;
    std::optional<core::GradeResult> result;
    bool retried = false;
    bool saved = true;
    std::map<std::string, double> points; ///< latest points per item id
    std::map<std::string, double> maxPoints;
    std::vector<std::string> mistakes; ///< item ids answered wrong or almost
    std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point stepStarted = std::chrono::steady_clock::now();

    [[nodiscard]] const Entry& current() const { return steps[std::size_t(index)]; }
    [[nodiscard]] const core::Item* item() const { return current().step->item(); }
    [[nodiscard]] double score() const;
    /// Steps a learner following `target` sees: everything without `lang`, and its own variant.
    static std::vector<Entry> visibleSteps(CourseEntry& course, const core::Lesson& lesson,
                                           const std::string& target);
};

} // namespace kompis::app
