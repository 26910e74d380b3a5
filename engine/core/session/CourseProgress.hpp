#pragma once

#include "core/model/Course.hpp"
#include "core/session/ProgressPort.hpp"
#include "core/store/StoreTypes.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kompis::core::session
{

/// One learner's standing in one course: what each lesson's status and best score are, which
/// lessons are open, which comes next. Read once from the store when a screen opens (one query),
/// never per frame; reload after a lesson ends. The course must outlive it.
class CourseProgress
{
public:
    CourseProgress(const Course& course, const std::vector<store::LessonProgress>& rows);
    /// Reads the learner's progress in `course` through the port.
    static CourseProgress load(ProgressPort& progress, std::int64_t learnerId,
                               const Course& course);

    [[nodiscard]] store::LessonProgress lesson(const std::string& lessonId) const;
    [[nodiscard]] store::LessonStatus status(const std::string& lessonId) const;
    /// Done: the lesson was finished at least once at or above the course's pass mark (lessons
    /// that require it open).
    [[nodiscard]] bool done(const std::string& lessonId) const;
    /// Tried: the lesson was finished, but never at the pass mark; it stays to be repeated and
    /// lessons that require it stay locked.
    [[nodiscard]] bool tried(const std::string& lessonId) const;
    /// The course's pass mark (0–1).
    [[nodiscard]] double passMark() const;
    /// The stored best score (see lessonScore()), when the lesson was ever finished.
    [[nodiscard]] std::optional<double> bestScore(const std::string& lessonId) const;
    /// The prerequisites of `slot` not yet done, in the order the course lists them.
    [[nodiscard]] std::vector<std::string> missingPrerequisites(const LessonSlot& slot) const;
    /// Open: the lesson loaded and every prerequisite is done.
    [[nodiscard]] bool unlocked(const LessonSlot& slot) const;
    /// The lesson a "start"/"continue" button opens: the first open lesson not yet done (a tried
    /// one is repeated); null when every open lesson is done.
    [[nodiscard]] const LessonSlot* nextLesson() const;
    /// Whether starting `slot` resumes a pass left part-way.
    [[nodiscard]] bool resumes(const LessonSlot& slot) const;
    [[nodiscard]] int doneCount() const;
    [[nodiscard]] int lessonCount() const { return int(m_course->lessons.size()); }
    /// When a lesson left part-way was last worked on (the library's "continue" offers the
    /// course with the latest); nothing when no lesson is part-way.
    [[nodiscard]] std::optional<std::int64_t> lastInProgressAt() const;

private:
    const Course* m_course;
    std::map<std::string, store::LessonProgress> m_rows;
};

} // namespace kompis::core::session
