#pragma once

#include "core/review/Fsrs.hpp"
#include "core/store/StoreTypes.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace kompis::core::store
{
class ProgressStore;
}

namespace kompis::core::session
{

/// What lesson sessions, course progress and review queues need from the progress store, and
/// nothing more: a narrow interface so every rule is tested without a database.
/// `StoreProgress` passes it to the real `store::ProgressStore`.
class ProgressPort
{
public:
    virtual ~ProgressPort() = default;

    [[nodiscard]] virtual store::LessonProgress lessonProgress(std::int64_t learnerId,
                                                               const std::string& courseId,
                                                               const std::string& lessonId) = 0;
    [[nodiscard]] virtual std::vector<store::LessonProgress>
    courseProgress(std::int64_t learnerId, const std::string& courseId) = 0;
    /// The learner's answers in one lesson at or after `sinceUnix`, oldest first.
    [[nodiscard]] virtual std::vector<store::AttemptRecord>
    lessonAttempts(std::int64_t learnerId, const std::string& courseId, const std::string& lessonId,
                   std::int64_t sinceUnix) = 0;
    /// Cards due at `now`, most urgent first (see ProgressStore::dueQueue).
    [[nodiscard]] virtual std::vector<store::DueCard>
    dueQueue(std::int64_t learnerId, std::int64_t now, std::size_t limit) = 0;

    virtual store::SaveResult syncCourse(const store::CourseOutline& outline) = 0;
    /// Saves an answer and its review card; only `saved` results may be shown as saved.
    virtual store::SaveResult recordAttempt(const store::AttemptRecord& attempt) = 0;
    virtual store::SaveResult setResumeStep(std::int64_t learnerId, const std::string& courseId,
                                            const std::string& lessonId, int step,
                                            std::int64_t now) = 0;
    virtual store::SaveResult meetVocabulary(std::int64_t learnerId, const std::string& courseId,
                                             const std::string& entryId, std::int64_t now) = 0;
    virtual store::SaveResult completeLesson(const store::LessonCompletion& completion) = 0;
    virtual store::SaveResult reviewCard(std::int64_t learnerId, const std::string& courseId,
                                         store::CardKind kind, const std::string& refId,
                                         review::Rating rating, std::int64_t now) = 0;
};

/// The port onto the real progress store (not owned; it must outlive this).
class StoreProgress final : public ProgressPort
{
public:
    explicit StoreProgress(store::ProgressStore& store)
        : m_store(&store)
    {
    }

    [[nodiscard]] store::LessonProgress lessonProgress(std::int64_t learnerId,
                                                       const std::string& courseId,
                                                       const std::string& lessonId) override;
    [[nodiscard]] std::vector<store::LessonProgress>
    courseProgress(std::int64_t learnerId, const std::string& courseId) override;
    [[nodiscard]] std::vector<store::AttemptRecord> lessonAttempts(std::int64_t learnerId,
                                                                   const std::string& courseId,
                                                                   const std::string& lessonId,
                                                                   std::int64_t sinceUnix) override;
    [[nodiscard]] std::vector<store::DueCard> dueQueue(std::int64_t learnerId, std::int64_t now,
                                                       std::size_t limit) override;
    store::SaveResult syncCourse(const store::CourseOutline& outline) override;
    store::SaveResult recordAttempt(const store::AttemptRecord& attempt) override;
    store::SaveResult setResumeStep(std::int64_t learnerId, const std::string& courseId,
                                    const std::string& lessonId, int step,
                                    std::int64_t now) override;
    store::SaveResult meetVocabulary(std::int64_t learnerId, const std::string& courseId,
                                     const std::string& entryId, std::int64_t now) override;
    store::SaveResult completeLesson(const store::LessonCompletion& completion) override;
    store::SaveResult reviewCard(std::int64_t learnerId, const std::string& courseId,
                                 store::CardKind kind, const std::string& refId,
                                 review::Rating rating, std::int64_t now) override;

private:
    store::ProgressStore* m_store;
};

} // namespace kompis::core::session
