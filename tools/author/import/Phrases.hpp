#pragma once

#include "core/model/LocalText.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace kompis::author::import
{

/// The instruction texts an import writes itself (prompts, headings, feedback).
enum class Phrase
{
    WordsHeading,    ///< Words
    ChooseWord,      ///< Which word means “%”?
    ChooseDescribed, ///< Which word fits this description: “%”?
    WriteWord,       ///< Write the word for “%”.
    WriteDescribed,  ///< Write the word that fits: “%”.
    MatchWords,      ///< Match the words with their meanings.
    Right,           ///< Right!
    AnswerIs,        ///< The answer is: %
    TrueOrFalse,     ///< True or false?
    FillGap,         ///< Fill in the gap.
    PartlyRight,     ///< Partly right.
    NotRight,        ///< Not right.
    WrongArticle,    ///< The word takes the article %.
};

/// `phrase` in each of `languages` that has a wording (en, sv, nb, nn, fi), `%` replaced by `value`
/// with the quotation marks of that language. Languages without one are left out (the validator
/// then names the missing translation).
core::LocalText phrase(Phrase phrase, const std::vector<core::LangTag>& languages,
                       std::string_view value = {});

} // namespace kompis::author::import
