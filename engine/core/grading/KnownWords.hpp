#pragma once

#include "core/model/Item.hpp"

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace kompis::core::grading
{

/// The number a Swedish or Norwegian number word means (`två`, `to` → 2; `fire` → 4), from zero
/// to twenty, the tens, hundred and thousand. "One" is left out: `en`, `ett`, `ei`, `et` are
/// also articles, and a gender slip is the author's `<mistake>` to explain. Takes a normalised
/// (case-folded) word.
[[nodiscard]] std::optional<int> numberWordValue(std::string_view word);

/// Words (and phrases) an item itself offers that a typed answer might slip into: for one gap,
/// what other gaps accept and the word bank, normalised as answers are compared.
struct KnownWords
{
    std::set<std::string> words;

    /// What the item offers besides gap `part`'s own answers.
    static KnownWords forGap(const GapFill& gapFill, std::size_t part, bool caseSensitive);
};

/// Whether writing `given` where `expected` belongs makes a different real word rather than a
/// slip: another word the item offers, or a number word for another number (`tre` for `två`).
/// Both are normalised single words.
[[nodiscard]] bool isOtherRealWord(std::string_view given, std::string_view expected,
                                   const KnownWords& known);

/// The first word of `given` (by position) that is another real word where `expected` has its
/// own, comparing two normalised answers word by word; nothing when the word counts differ.
[[nodiscard]] std::optional<std::size_t>
otherRealWordAt(std::string_view given, std::string_view expected, const KnownWords& known);

} // namespace kompis::core::grading
