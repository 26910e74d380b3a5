#include "core/session/ProgressPort.hpp"

#include "core/store/ProgressStore.hpp"

namespace kompis::core::session
{

store::LessonProgress StoreProgress::lessonProgress(std::int64_t learnerId,
                                                    const std::string& courseId,
                                                    const std::string& lessonId)
{
    return m_store->lessonProgress(learnerId, courseId, lessonId);
}

std::vector<store::LessonProgress> StoreProgress::courseProgress(std::int64_t learnerId,
                                                                 const std::string& courseId)
{
    return m_store->courseProgress(learnerId, courseId);
}

std::vector<store::AttemptRecord> StoreProgress::lessonAttempts(std::int64_t learnerId,
                                                                const std::string& courseId,
                                                                const std::string& lessonId,
                                                                std::int64_t sinceUnix)
{
    // Attempts stream in id order: the order they were given.
    std::vector<store::AttemptRecord> found;
    m_store->forEachAttempt(learnerId,
                            [&](const store::AttemptRow& row)
                            {
                                const auto& a = row.attempt;
                                if (a.courseId == courseId && a.lessonId == lessonId &&
                                    a.timestamp >= sinceUnix)
                                    found.push_back(a);
                            });
    return found;
}

std::vector<store::DueCard> StoreProgress::dueQueue(std::int64_t learnerId, std::int64_t now,
                                                    std::size_t limit)
{
    return m_store->dueQueue(learnerId, now, limit);
}

store::SaveResult StoreProgress::syncCourse(const store::CourseOutline& outline)
{
    return m_store->syncCourse(outline);
}

store::SaveResult StoreProgress::recordAttempt(const store::AttemptRecord& attempt)
{
    return m_store->recordAttempt(attempt);
}

store::SaveResult StoreProgress::setResumeStep(std::int64_t learnerId, const std::string& courseId,
                                               const std::string& lessonId, int step,
                                               std::int64_t now)
{
    return m_store->setResumeStep(learnerId, courseId, lessonId, step, now);
}

store::SaveResult StoreProgress::meetVocabulary(std::int64_t learnerId, const std::string& courseId,
                                                const std::string& entryId, std::int64_t now)
{
    return m_store->meetVocabulary(learnerId, courseId, entryId, now);
}

store::SaveResult StoreProgress::completeLesson(const store::LessonCompletion& c)
{
    return m_store->completeLesson(c.learnerId, c.courseId, c.courseVersion, c.lessonId, c.score,
                                   c.passed, c.durationMs, c.timestamp);
}

store::SaveResult StoreProgress::reviewCard(std::int64_t learnerId, const std::string& courseId,
                                            store::CardKind kind, const std::string& refId,
                                            review::Rating rating, std::int64_t now)
{
    return m_store->reviewCard(learnerId, courseId, kind, refId, rating, now);
}

} // namespace kompis::core::session
