#pragma once

#include "core/model/Item.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace kompis::core::loader
{

/// Splits an accepted sentence into the word-order tokens it is made of, as indices into
/// `tokens`: every token that is not a distractor exactly once, compared case-insensitively,
/// final punctuation ignored. Nullopt when the sentence cannot be built from them.
std::optional<std::vector<int>> tokensForSentence(const std::vector<WordToken>& tokens,
                                                  std::string_view sentence);

} // namespace kompis::core::loader
