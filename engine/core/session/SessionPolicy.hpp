#pragma once

#include "core/grading/Grader.hpp"
#include "core/model/Course.hpp"

#include <chrono>

namespace kompis::core::session
{

/// The numbers a lesson's rules turn on, named in one place. Defaults are the player's; a course
/// may set its own pass mark (forCourse), tests pass others.
struct SessionPolicy
{
    /// A partly right answer earning at least this share of its points counts as "almost"
    /// (and an almost-right typed answer earns this share).
    double almostCredit = 0.5;
    /// A lesson scoring at least this (0–1) is passed: done. Below it the lesson is only tried,
    /// and lessons that require it stay locked.
    double passMark = 0.6;
    /// A right answer given faster than this is "easy" for the review scheduler.
    std::chrono::milliseconds fastAnswer{8000};
    /// Answers this long before the last visit still count when a lesson is resumed.
    std::chrono::seconds resumeWindow{std::chrono::hours(24)};

    /// The player's policy with the pass mark `course` sets.
    [[nodiscard]] static SessionPolicy forCourse(const Course& course)
    {
        SessionPolicy policy;
        policy.passMark = course.passMark;
        return policy;
    }
    /// At or above the pass mark; a score a rounding error below it (sums of 0.1s) passes too.
    [[nodiscard]] bool passed(double score) const { return score + 1e-9 >= passMark; }
    [[nodiscard]] bool fast(std::int64_t spentMs) const { return spentMs < fastAnswer.count(); }
    /// The grading policy these values imply.
    [[nodiscard]] GradingPolicy grading() const
    {
        GradingPolicy policy;
        policy.almostCredit = almostCredit;
        return policy;
    }
};

} // namespace kompis::core::session
