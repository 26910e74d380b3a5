#pragma once

#include "core/model/Outcome.hpp"
#include "core/review/Fsrs.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kompis::core::store
{

/// One answer as the player reports it. Times are Unix seconds (UTC).
struct AttemptRecord
{
    std::int64_t learnerId = 0;
    std::string courseId;
    std::string courseVersion;
    std::string lessonId;
    std::string itemId;
    std::string response; ///< as typed (UTF-8)
    Outcome outcome = Outcome::Wrong;
    double points = 0.0;
    double maxPoints = 1.0;
    std::int64_t timeSpentMs = 0;
    std::int64_t timestamp = 0;
    bool fast = false;       ///< the player judged the answer quick: a right answer becomes Easy
    std::string checklist{}; ///< write items: the ticked checklist points, 1-based (`1,3`)
};

/// One version of a learner's written answer to a `write` item, as saved.
struct WrittenVersion
{
    std::int64_t attemptId = 0;
    std::int64_t timestamp = 0;
    std::string text;
    std::string checklist; ///< ticked points, 1-based (`1,3`)
};

/// A stored attempt with its row id and the learner's display name, for exports.
struct AttemptRow
{
    std::int64_t id = 0;
    std::string learnerName;
    AttemptRecord attempt;
    std::string uuid;        ///< the attempt's own id, the same on every PC and the server
    std::string learnerUuid; ///< the learner's id across PCs (empty for a deleted learner)
    std::string pc;          ///< the PC that took the answer (empty: this one)
};

/// Where a learner is in a lesson.
enum class LessonStatus
{
    New = 0,
    InProgress = 1,
    Done = 2,
};

[[nodiscard]] const char* lessonStatusName(LessonStatus status);

struct LessonProgress
{
    std::string courseId;
    std::string lessonId;
    LessonStatus status = LessonStatus::New;
    std::optional<double> bestScore; ///< scaled 0–1
    std::optional<double> lastScore;
    int resumeStep = 0;
    std::int64_t updatedAt = 0;
};

/// One row of the learner × lesson summary export.
struct LessonSummaryRow
{
    std::int64_t learnerId = 0;
    std::string learnerName;
    LessonProgress progress;
    int attempts = 0;
    int rightAttempts = 0;
    std::int64_t timeSpentMs = 0;
};

/// A finished pass through a lesson, as recorded by completeLesson().
struct LessonCompletion
{
    std::int64_t learnerId = 0;
    std::string learnerName;
    std::string courseId;
    std::string courseVersion;
    std::string lessonId;
    double score = 0.0; ///< scaled 0–1
    bool passed = false;
    std::int64_t durationMs = 0;
    std::int64_t timestamp = 0;
    std::string uuid;        ///< the completion's id across PCs
    std::string learnerUuid; ///< the learner's id across PCs
};

/// The structure of one course version, so the store knows which items and vocabulary entries
/// exist (the rest become archived) and which topics each lesson belongs to.
struct CourseOutline
{
    struct Lesson
    {
        std::string id;
        std::vector<std::string> topics;
        std::vector<std::string> itemIds;
        std::vector<std::string> vocabularyIds; ///< entries of the lesson's vocabulary steps
    };
    std::string courseId;
    std::string version;
    std::vector<Lesson> lessons;
};

/// A learner profile as shown on the "who are you?" screen (no PIN hash).
struct LearnerProfile
{
    std::int64_t id = 0;
    std::string displayName;
    std::string colour;     ///< e.g. "#3a7bd5"
    std::string uiLanguage; ///< BCP 47, e.g. "sv"
    /// The language to read a course in when it does not explain in uiLanguage ("": none).
    std::string secondLanguage;
    std::int64_t createdAt = 0;
    std::int64_t lastSeenAt = 0;
    bool hasPin = false;
    std::int64_t lockedUntil = 0;
    std::int64_t exportedAt = 0;
    std::string uuid; ///< the learner's id across PCs and in exports
};

struct NewLearner
{
    std::string displayName;
    std::string colour;
    std::string uiLanguage;
    std::optional<std::string> pin; ///< 4–12 ASCII digits
    std::string secondLanguage{};   ///< see LearnerProfile::secondLanguage
};

enum class PinStatus
{
    Ok,
    Wrong,
    Locked,
    NoPinSet,
    Invalid, ///< not 4–12 digits, or unknown learner
};

struct PinCheck
{
    PinStatus status = PinStatus::Invalid;
    int triesLeft = 0;
    std::int64_t lockedUntil = 0;
    [[nodiscard]] bool ok() const { return status == PinStatus::Ok; }
};

/// Kind of review card: a quiz item or a vocabulary entry.
enum class CardKind
{
    Item = 0,
    Vocabulary = 1,
};

struct DueCard
{
    std::int64_t cardId = 0;
    std::string courseId;
    CardKind kind = CardKind::Item;
    std::string refId;
    double retrievability = 1.0;
    review::CardState state;
};

struct LessonMastery
{
    std::string courseId;
    std::string lessonId;
    double mastery = 0.0; ///< 0–1: right = 1, almost = ½ on each item's latest answer
    int itemsSeen = 0;
    int itemsTotal = 0;
};

struct TopicMastery
{
    std::string courseId;
    std::string topic;
    double mastery = 0.0;
};

struct DayActivity
{
    std::string date; ///< YYYY-MM-DD in the store's day offset
    int attempts = 0;
    std::int64_t timeMs = 0;
};

/// Everything the player's progress screen shows for one learner.
struct LearnerStatistics
{
    std::vector<LessonMastery> lessons;
    std::vector<TopicMastery> topics;
    std::vector<DayActivity> days; ///< days with activity, oldest first, within the window
    int streakDays = 0;
    std::int64_t totalTimeMs = 0;
    int attempts = 0;
    int dueReviews = 0;
};

/// The result of a write: saved, or why not.
struct SaveResult
{
    bool saved = false;
    std::int64_t id = 0;
    std::string error;
    explicit operator bool() const { return saved; }
};

} // namespace kompis::core::store
