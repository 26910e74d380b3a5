#pragma once

#include <map>
#include <string>

namespace kompis::core::session
{

/// THE score of a lesson, 0–1: the points of each item's answer that counts (the first one, or
/// the one retry after "almost", across the sessions of a pass), summed over the items of
/// the lesson the learner sees, divided by those items' points; an unanswered item counts 0 and
/// a lesson without items scores 1. Results, the course map (the stored best score) and
/// "My progress" all show this number.
/// `maxPoints`: item id → points the item is worth; `points`: item id → latest points earned.
[[nodiscard]] double lessonScore(const std::map<std::string, double>& points,
                                 const std::map<std::string, double>& maxPoints);

/// A score as the whole percentage people read (0.666 → 67).
[[nodiscard]] int scorePercent(double score);

} // namespace kompis::core::session
