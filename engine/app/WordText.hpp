#pragma once

#include "core/model/Course.hpp"

#include <string>

namespace kompis::app
{

/// The word's inflected forms on one line ("" when it lists none).
std::string formsLine(const core::VocabularyEntry& word);

/// "en ", "ett ", "ei ", "et " or "": how a noun is shown with its gender.
const char* articleText(core::Article article);

} // namespace kompis::app
