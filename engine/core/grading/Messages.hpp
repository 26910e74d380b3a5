#pragma once

#include "core/grading/Grader.hpp"

#include <string_view>

/// The engine's own words for grading results, in English (`en`), Swedish (`sv`) and Norwegian
/// bokmål (`nb`): a learner reads them whatever the course's instruction languages are, so
/// they cannot come from the course.
namespace kompis::core::grading
{

/// One difference as a phrase, e.g. en "you wrote a where the answer has å".
/// `itemKind` (see itemKindName) decides how a part is named: "gap 2", "pair 3".
LocalText differenceMessage(const Difference& difference, std::string_view itemKind = {});

/// The whole result as one sentence per language, e.g. en "Almost: you wrote a where the answer
/// has å." or "Right, in nynorsk." At most four differences are worded; more end in "…".
LocalText resultMessage(const GradeResult& result, std::string_view itemKind = {});

} // namespace kompis::core::grading
