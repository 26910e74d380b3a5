#pragma once

#include "core/store/StoreTypes.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace kompis::app
{

/// The colours a new learner's tile gets, distinct for learners who cannot tell names apart.
[[nodiscard]] const std::vector<std::string>& learnerPalette();

/// The palette colour fewest of `existing` learners have (the first of those), so learners
/// made one after another on a PC look different.
[[nodiscard]] std::string
pickLearnerColour(const std::vector<core::store::LearnerProfile>& existing);

/// "#1f6f8b" as red, green, blue; false for anything else.
[[nodiscard]] bool parseColour(const std::string& hex, std::uint8_t rgb[3]);

/// The digits of what was typed into a PIN field, at most store::kPinMaxDigits of them.
[[nodiscard]] std::string pinDigits(const std::string& typed);

/// For each learner whose name another learner shares (compared case-folded and normalised),
/// their number among those namesakes: 1, 2, … by creation. Learners with a name of their own
/// are absent.
[[nodiscard]] std::map<std::int64_t, int>
namesakeNumbers(const std::vector<core::store::LearnerProfile>& learners);

} // namespace kompis::app
