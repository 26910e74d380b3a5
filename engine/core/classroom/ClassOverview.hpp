#pragma once

#include "core/classroom/PgConnection.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kompis::core::classroom
{

/// One learner's work in one lesson, across every PC.
struct LessonOverview
{
    std::string courseId;
    std::string lessonId;
    int attempts = 0;
    int rightAttempts = 0;
    std::int64_t timeMs = 0;
    std::optional<double> bestScore; ///< best completion (0–1), none when never finished
    int completions = 0;
    /// Finished at least once at the pass mark the PC judged by then (for tools that have no
    /// course at hand; the player judges bestScore by the course's pass mark instead).
    bool passed = false;
};

/// One row of the teacher's class view.
struct LearnerOverview
{
    std::string uuid;
    std::string name;
    int attempts = 0;
    int rightAttempts = 0;
    std::int64_t timeMs = 0;
    /// Typed answers of three words or more: sentences and texts the learner wrote.
    int textsWritten = 0;
    int lessonsDone = 0;         ///< lessons passed at least once (see LessonOverview::passed)
    std::int64_t lastSeenAt = 0; ///< Unix seconds of the latest answer, 0: none yet
    std::string lastPc;          ///< where that answer was given
    std::vector<LessonOverview> lessons;
};

/// The whole class as the server knows it, by name. Works with the teacher's role and with a
/// PC's (which may read the class but not PIN hashes). Throws PgError.
[[nodiscard]] std::vector<LearnerOverview> classOverview(PgConnection& db);

} // namespace kompis::core::classroom
