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
};

/// "right", "almost" or "wrong" (stable: written to exports and read by tools).
[[nodiscard]] std::string_view outcomeName(Outcome outcome);

/// The outcome named by outcomeName(), or nothing for any other text.
[[nodiscard]] std::optional<Outcome> parseOutcome(std::string_view name);

} // namespace kompis::core
