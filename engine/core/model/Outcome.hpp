#pragma once

#include <optional>
#include <string_view>

namespace kompis::core
{

/// How an answer was graded. The one outcome type of grading, the progress store, the lesson
/// session and the exports; the numbers are stored in the progress database, so never renumber.
enum class Outcome
{
    Wrong = 0,
    Almost = 1,
    Right = 2,
    /// A task no machine can judge (a written message) was done; it neither earns nor loses
    /// points and is never called right or wrong.
    Done = 3,
};

/// "right", "almost", "wrong" or "done" (stable: written to exports and read by tools).
[[nodiscard]] std::string_view outcomeName(Outcome outcome);

enum class SelfRating : int;

/// The outcome a learner's own rating stands for: again → wrong, almost → almost, good → right.
/// It is the learner's judgement, stored so that reviews bring the item back as for any answer.
[[nodiscard]] Outcome outcomeOf(SelfRating rating);

/// The outcome named by outcomeName(), or nothing for any other text.
[[nodiscard]] std::optional<Outcome> parseOutcome(std::string_view name);

} // namespace kompis::core
