#pragma once

#include "core/model/Course.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace kompis::app
{

class Shell;
struct CourseEntry;

/// A vocabulary review card: the word and where it comes from.
struct WordCard
{
    CourseEntry* course = nullptr;
    const core::VocabularyEntry* word = nullptr;
};

/// Vocabulary cards due (and new words met in lessons), oldest first; at most `limit`.
std::vector<WordCard> dueWords(Shell& shell, std::size_t limit);

/// The word's inflected forms on one line ("" when it lists none).
std::string formsLine(const core::VocabularyEntry& word);

/// "en ", "ett ", "ei ", "et " or "": how a noun is shown with its gender.
const char* articleText(core::Article article);

} // namespace kompis::app
