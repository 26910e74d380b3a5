#pragma once

#include "core/model/Course.hpp"
#include "core/session/CourseShelf.hpp"
#include "core/session/LessonSession.hpp"
#include "core/session/ProgressPort.hpp"

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace kompis::core::session
{

/// How many item reviews are due, in all and per course id (the library's buttons and badges).
struct DueItemCounts
{
    int total = 0;
    std::map<std::string, int> perCourse;
};

/// Counts the item cards in `due` that were answered before (new cards are not reviews).
[[nodiscard]] DueItemCounts countDueItems(const std::vector<store::DueCard>& due);

/// The steps of the item reviews due at `now`, most urgent first (at most `limit`), found on
/// the shelf; courses holding a due card are read fully. Items no longer in their course are
/// skipped.
[[nodiscard]] std::vector<SessionStep> dueItemSteps(ProgressPort& progress, std::int64_t learnerId,
                                                    std::int64_t now, CourseShelf& shelf,
                                                    std::size_t limit = 30);

/// The steps of `itemIds` in `course`, in lesson order ("practise my mistakes").
[[nodiscard]] std::vector<SessionStep> itemSteps(CourseEntry& course,
                                                 const std::vector<std::string>& itemIds);

/// A vocabulary card to review: the word and the course it comes from.
struct WordCard
{
    CourseEntry* course = nullptr;
    const VocabularyEntry* word = nullptr;
};

/// Vocabulary cards due at `now` (and words met in lessons, which are new cards), most urgent
/// first, at most `limit`; courses holding one are read fully.
[[nodiscard]] std::vector<WordCard> dueWords(ProgressPort& progress, std::int64_t learnerId,
                                             std::int64_t now, CourseShelf& shelf,
                                             std::size_t limit = 20);

/// The target variant a review follows: the main target of the course of its last step.
[[nodiscard]] std::string reviewTarget(const std::vector<SessionStep>& steps);

} // namespace kompis::core::session
