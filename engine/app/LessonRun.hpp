#pragma once

#include "app/CourseShelf.hpp"
#include "core/grading/Grader.hpp"
#include "core/model/Course.hpp"

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kompis::app
{

/// What the learner has put together for the item on screen (before it is graded).
struct AnswerDraft
{
    std::vector<int> choices;
    std::optional<bool> truth;
    std::vector<std::string> texts;
    std::vector<int> placed;     ///< word order: token indices placed so far
    std::vector<int> tokenOrder; ///< word order: the shuffled tokens
    std::vector<int> matches;    ///< match: right index per left (-1 none)
    std::vector<int> rightOrder; ///< match: the shuffled right sides
    int selectedLeft = -1;

    /// Fresh state for `item`; shuffles are seeded by the item id so a resumed step looks the same.
    static AnswerDraft forItem(const core::Item& item, const std::string& itemId);
    [[nodiscard]] core::Response response(const core::Item& item) const;
    /// True when the learner has given something to check.
    [[nodiscard]] bool ready(const core::Item& item) const;
};

/// One pass through a lesson (or a review session of items): which step shows, what was answered.
struct LessonRun
{
    enum class Phase
    {
        Step,
        Feedback,
        Finished,
    };
    struct Entry
    {
        const core::Step* step = nullptr;
        std::string lessonId; ///< the lesson the step belongs to (reviews mix lessons)
        CourseEntry* course = nullptr;
    };

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
