#pragma once

#include "core/review/Fsrs.hpp"
#include "core/store/Sqlite.hpp"

#include <cstdint>
#include <set>
#include <string>
#include <utility>

namespace kompis::core::classroom
{

/// What newly arrived rows touched for one learner: only these parts of the derived progress
/// can have changed, so only these are rebuilt.
struct ReplayScope
{
    std::set<std::pair<std::string, std::string>> items;   ///< (course, item) of new attempts
    std::set<std::pair<std::string, std::string>> lessons; ///< (course, lesson) of new rows
    std::set<std::int64_t> timestamps;                     ///< ts of new attempts (for days)
    std::int64_t latestAttempt = 0;                        ///< newest new attempt's ts
};

/// Rebuilds the part of one learner's derived progress in a PC's store that `scope` touched,
/// from their attempts and completions in time order (ties broken by UUID): the item review
/// cards (FSRS) and item progress of the touched items, the touched days' activity, and the
/// touched lessons' status and scores. Each of these depends only on its own item's, day's or
/// lesson's rows, so the result is the same as rebuilding everything: two PCs holding the same
/// attempts end in the same state whatever order the attempts arrived in. Rebuilding only the
/// touched parts keeps the write transaction short: the learner's next answer waits for it.
/// Resume steps and vocabulary cards are this PC's own and stay as they are. Call inside a
/// write transaction.
void replayLearner(store::Connection& db, std::int64_t learnerId, const review::Fsrs& fsrs,
                   std::int64_t dayOffsetSeconds, const ReplayScope& scope);

} // namespace kompis::core::classroom
