#pragma once

#include "core/store/ProgressStore.hpp"

#include <cstddef>
#include <optional>
#include <ostream>

namespace kompis::core::exports
{

/// Writes one row per attempt (header first); all learners when `learnerId` is empty.
/// Returns the number of data rows.
std::size_t writeAttemptsCsv(store::ProgressStore& store, std::optional<std::int64_t> learnerId,
                             std::ostream& out);

/// Writes one row per learner × lesson with status, scores, resume step and totals.
std::size_t writeLessonSummaryCsv(store::ProgressStore& store,
                                  std::optional<std::int64_t> learnerId, std::ostream& out);

} // namespace kompis::core::exports
