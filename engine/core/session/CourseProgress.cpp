#include "core/session/CourseProgress.hpp"

#include "core/session/SessionPolicy.hpp"

#include <algorithm>

namespace kompis::core::session
{

CourseProgress::CourseProgress(const Course& course, const std::vector<store::LessonProgress>& rows)
    : m_course(&course)
{
    for (const auto& row : rows)
        m_rows[row.lessonId] = row;
}

CourseProgress CourseProgress::load(ProgressPort& progress, std::int64_t learnerId,
                                    const Course& course)
{
    return CourseProgress(course, progress.courseProgress(learnerId, course.id));
}

store::LessonProgress CourseProgress::lesson(const std::string& lessonId) const
{
    if (const auto found = m_rows.find(lessonId); found != m_rows.end())
        return found->second;
    store::LessonProgress fresh;
    fresh.courseId = m_course->id;
    fresh.lessonId = lessonId;
    return fresh;
}

store::LessonStatus CourseProgress::status(const std::string& lessonId) const
{
    return lesson(lessonId).status;
}

bool CourseProgress::done(const std::string& lessonId) const
{
    const auto row = lesson(lessonId);
    return row.status == store::LessonStatus::Done &&
           SessionPolicy::forCourse(*m_course).passed(row.bestScore.value_or(0));
}

bool CourseProgress::tried(const std::string& lessonId) const
{
    return status(lessonId) == store::LessonStatus::Done && !done(lessonId);
}

double CourseProgress::passMark() const
{
    return SessionPolicy::forCourse(*m_course).passMark;
}

std::optional<double> CourseProgress::bestScore(const std::string& lessonId) const
{
    return lesson(lessonId).bestScore;
}

std::vector<std::string> CourseProgress::missingPrerequisites(const LessonSlot& slot) const
{
    std::vector<std::string> missing;
    for (const auto& id : slot.prerequisites)
        if (!done(id))
            missing.push_back(id);
    return missing;
}

bool CourseProgress::unlocked(const LessonSlot& slot) const
{
    return slot.lesson && missingPrerequisites(slot).empty();
}

const LessonSlot* CourseProgress::nextLesson() const
{
    for (const auto& slot : m_course->lessons)
        if (unlocked(slot) && !done(slot.id))
            return &slot;
    return nullptr;
}

bool CourseProgress::resumes(const LessonSlot& slot) const
{
    return status(slot.id) == store::LessonStatus::InProgress;
}

int CourseProgress::doneCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [this](const auto& row) { return done(row.first); }));
}

std::optional<std::int64_t> CourseProgress::lastInProgressAt() const
{
    std::optional<std::int64_t> latest;
    for (const auto& [id, row] : m_rows)
        if (row.status == store::LessonStatus::InProgress)
            latest = std::max(latest.value_or(row.updatedAt), row.updatedAt);
    return latest;
}

} // namespace kompis::core::session
