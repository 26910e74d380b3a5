#pragma once

#include "core/model/OpenItems.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kompis::core::grading
{

/// Words in `text` as ICU's word breaks for `locale` find them (numbers count, punctuation and
/// spaces do not).
[[nodiscard]] int wordCount(std::string_view text, const std::string& locale);

/// Whether `text` passes `check`. Words are found by ICU word boundaries and compared after NFC
/// and case folding, so "SJUK," contains "sjuk" and "sjukdom" does not.
[[nodiscard]] bool passes(const AutoCheck& check, std::string_view text, const std::string& locale);

/// The hint for each checklist point: nothing for a point without an automatic check, else
/// whether the text passes it. Hints help the learner tick; they never grade.
[[nodiscard]] std::vector<std::optional<bool>>
checklistHints(const WriteTask& task, std::string_view text, const std::string& locale);

} // namespace kompis::core::grading
