#pragma once

#include "core/grading/Grader.hpp"

#include <chrono>

namespace kompis::core::session
{

/// The numbers a lesson's rules turn on, named in one place. Defaults are the player's; tests
/// and (later) course settings may pass others.
struct SessionPolicy
{
    /// A partly right answer earning at least this share of its points counts as "almost"
    /// (and an almost-right typed answer earns this share).
    double almostCredit = 0.5;
    /// A lesson scoring at least this (0–1) is passed.
    double passMark = 0.6;
    /// A right answer given faster than this is "easy" for the review scheduler.
    std::chrono::milliseconds fastAnswer{8000};
    /// Answers this long before the last visit still count when a lesson is resumed.
    std::chrono::seconds resumeWindow{std::chrono::hours(24)};

    [[nodiscard]] bool passed(double score) const { return score >= passMark; }
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
