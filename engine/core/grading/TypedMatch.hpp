#pragma once

#include "core/grading/Grader.hpp"
#include "core/grading/KnownWords.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace kompis::core::grading
{

/// A typed answer as it is compared: NFC, case folded unless case counts, white space trimmed
/// and collapsed, quotes and sentence punctuation (, ; : and final . ! ? …) left out.
std::string normaliseAnswer(std::string_view text, bool caseSensitive);

/// How one typed response compares with one answer key.
struct TypedMatch
{
    Outcome outcome = Outcome::Wrong;
    double credit = 0;                   ///< 0…1 of the part's points
    std::vector<Difference> differences; ///< positions are graphemes of the learner's text
    std::string expected;                ///< the nearest accepted answer, as the author wrote it
    LangTag standard;                    ///< of the accepted answer matched, if tagged
    const LocalText* mistakeFeedback = nullptr;
};

/// Right when an accepted answer matches; an author's anticipated mistake when one matches, or
/// when a slip of it is nearer than any accepted answer; almost for Nordic-letter slips and
/// typos within the policy, unless the slip makes another real word (`known`, or a number word
/// for another number); wrong otherwise.
TypedMatch matchTyped(const TypedAnswerKey& key, std::string_view given, bool caseSensitive,
                      const GradingPolicy& policy, int part, const KnownWords& known = {});

/// Letters as people see them, for counting typos.
std::vector<std::string> letters(std::string_view normalised);

} // namespace kompis::core::grading
