#pragma once

#include "core/model/Course.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace kompis::app
{

class Shell;

/// What the course map and the library say about the languages a course explains in:
/// "Explained in: English, Suomi, العربية · titles also in ትግርኛ", and, when the learner's
/// language is not one of its instruction languages, a second line naming the language they
/// see instead. Language names are autonyms, each isolated from the sentence around it.
/// LRM or RLM, as the interface runs: put before a paragraph that must run in the interface's
/// direction whatever script its first word is in (a tile subtitle starting "Svenska").
[[nodiscard]] std::string_view interfaceDirectionMark(const Shell& shell);

[[nodiscard]] std::vector<std::string> courseLanguageLines(const Shell& shell,
                                                           const core::Course& course);

} // namespace kompis::app
