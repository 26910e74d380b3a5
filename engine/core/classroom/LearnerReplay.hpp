#pragma once

#include "core/review/Fsrs.hpp"
#include "core/store/Sqlite.hpp"

#include <cstdint>

namespace kompis::core::classroom
{

/// Rebuilds one learner's derived progress in a PC's store from their attempts and completions
/// in time order (ties broken by UUID): item review cards (FSRS), item progress, daily activity,
/// and each lesson's status and scores. Two PCs holding the same attempts end in the same state
/// whatever order the attempts arrived in. Resume steps and vocabulary cards are this PC's own
/// and stay as they are. Call inside a write transaction.
void replayLearner(store::Connection& db, std::int64_t learnerId, const review::Fsrs& fsrs,
                   std::int64_t dayOffsetSeconds);

} // namespace kompis::core::classroom
