#pragma once

#include "core/model/Item.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kompis::core::session
{

/// FNV-1a over the bytes of `text`: the same number on every build and machine (std::hash is
/// not), so an order drawn from it is the same on every PC of a classroom.
[[nodiscard]] std::uint64_t stableHash(std::string_view text);

/// A permutation of 0…n-1 drawn from `seed` alone (Fisher–Yates driven by SplitMix64, both
/// written out here so no library's choice of algorithm can change it).
[[nodiscard]] std::vector<int> seededPermutation(int n, std::string_view seed);

/// The seed of one learner's view of one item: the same learner sees the same order when the
/// item is resumed or reviewed, another learner most likely another one. `learner` is the
/// learner's UUID, or failing that any id the store keeps for them.
[[nodiscard]] std::string shuffleSeed(std::string_view learner, std::string_view itemId);

/// The key `shuffleSeed` takes for a learner: the UUID when there is one (the same on every PC),
/// else the local id.
[[nodiscard]] std::string learnerKey(std::string_view uuid, std::int64_t id);

/// The author's option indices of a single-choice, multiple-choice or listen-and-choose item in
/// the order they are shown: shuffled by `seed`, or as written when the item says
/// `shuffle="false"`. Empty for other kinds of item. The written order may come out: with the
/// right answer first in every item, a learner who always takes the first option then scores
/// what chance gives, not more and not less.
[[nodiscard]] std::vector<int> shownOptionOrder(const Item& item, std::string_view seed);

/// A word-order token as it is shown while the sentence is built: a capital that only marks the
/// start of the sentence is made small (`I morgon` → `i morgon`) so it does not give the first
/// word away; names, all-capital words (`NAV`) and other tokens with keepCapital stay as written.
/// Grading compares without case, so the sentence as the author wrote it is still right.
[[nodiscard]] std::string shownTokenText(const WordToken& token);

} // namespace kompis::core::session
