#pragma once

#include "core/export/ExportProgress.hpp"
#include "core/store/ProgressStore.hpp"

#include <cstddef>
#include <optional>
#include <ostream>

namespace kompis::core::exports
{

/// Writes one row per attempt (header first); all learners when `learnerId` is empty.
/// Returns the number of data rows; throws ExportCancelled when `progress` says stop.
std::size_t writeAttemptsCsv(store::ProgressStore& store, std::optional<std::int64_t> learnerId,
                             std::ostream& out, const ExportProgress& progress = {});

/// Writes one row per learner × lesson with status, scores, resume step and totals.
std::size_t writeLessonSummaryCsv(store::ProgressStore& store,
                                  std::optional<std::int64_t> learnerId, std::ostream& out,
                                  const ExportProgress& progress = {});

} // namespace kompis::core::exports
