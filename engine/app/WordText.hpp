#pragma once

#include "core/model/Course.hpp"
#include "core/session/ReviewQueue.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace kompis::app
{

class Shell;
using core::session::WordCard;

/// Vocabulary cards due (and new words met in lessons), oldest first; at most `limit`.
std::vector<WordCard> dueWords(Shell& shell, std::size_t limit);

/// The word's inflected forms on one line ("" when it lists none).
std::string formsLine(const core::VocabularyEntry& word);

/// "en ", "ett ", "ei ", "et " or "": how a noun is shown with its gender.
const char* articleText(core::Article article);

} // namespace kompis::app
