#pragma once

#include "core/model/Item.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kompis::core::loader
{

/// Splits an accepted sentence into the word-order tokens it is made of, as indices into
/// `tokens`: every token that is not a distractor exactly once, compared case-insensitively,
/// final punctuation ignored. Nullopt when the sentence cannot be built from them.
std::optional<std::vector<int>> tokensForSentence(const std::vector<WordToken>& tokens,
                                                  std::string_view sentence);

/// Marks the tokens that keep their capital letter when shown (WordToken::keepCapital): those
/// the author marked as names, those written with a capital where no accepted sentence begins
/// with them, and those an accepted sentence writes with a capital in its middle (`i Norge`).
/// `accepted` pairs each `<accept>` text with the token indices it was built from.
void markCapitalisedTokens(std::vector<WordToken>& tokens,
                           const std::vector<std::pair<std::string, std::vector<int>>>& accepted);

} // namespace kompis::core::loader
