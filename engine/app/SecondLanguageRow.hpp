#pragma once

#include <string>

namespace kompis::app
{

class Shell;

/// "If a course has no text in your language, show it in: …": a row of autonyms (the
/// interface languages but the learner's own) and "No second choice". Buttons are
/// `<prefix>none` and `<prefix>CODE`. Returns true when the learner picked one into `chosen`.
bool secondLanguageRow(Shell& shell, const std::string& prefix, std::string& chosen);

} // namespace kompis::app
