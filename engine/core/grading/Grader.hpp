#pragma once

#include "core/model/Item.hpp"
#include "core/model/Outcome.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kompis::core
{

/// A learner's answer. Which member counts depends on the item kind.
struct Response
{
    std::vector<int> choices;       ///< single, multiple, listen: indices of the picked options
    std::optional<bool> truth;      ///< truefalse
    std::vector<std::string> texts; ///< gapfill: one per gap; dictation: one
    std::vector<int> order; ///< wordorder: token indices in the order the learner placed them
    std::vector<int>
        matches; ///< match: for each left side, the index of the right side chosen (-1: none)
    /// write: the checklist points the learner ticked (0-based); the text is `texts[0]`
    std::vector<int> ticked;
    std::optional<SelfRating> selfRating; ///< speak: the learner's own judgement
};

/// Kinds of difference between a typed answer and the nearest accepted one. The UI words them
/// from its message catalogue; `describeDifference` words them in English for the tools.
enum class DifferenceKind
{
    NordicLetter, ///< a Nordic letter missing or swapped: expected `å`, got `a` (or ä↔æ, ö↔ø, or
                  ///< spelt out: ae, oe, aa)
    Typo,          ///< small spelling slip within the typo allowance
    Case,          ///< only letter case differs, on an item that compares case
    OtherStandard, ///< right, but in another written standard than asked (e.g. nynorsk for bokmål)
    AnticipatedMistake, ///< matched an author's `<mistake>`
    WrongOrder,         ///< word order: first position that differs
    WrongPart,          ///< choice/match/gap: this part is wrong
    MissingPart,        ///< a choice, pair or gap left out
};

struct Difference
{
    DifferenceKind kind = DifferenceKind::Typo;
    int part = -1; ///< gap, option, pair or token position the difference is in (-1: whole answer)
    std::string expected; ///< e.g. the letter `å`, or the expected word
    std::string given;    ///< e.g. `a`, or what the learner wrote
    int position = -1;    ///< grapheme index in the learner's text where it starts (-1: n/a)
};

/// Tunable grading rules; the defaults are what the player uses.
struct GradingPolicy
{
    bool allowTypos = true;
    int oneEditFromGraphemes = 4;  ///< answers this long may have one slip and be "almost"
    int twoEditsFromGraphemes = 9; ///< and this long, two
    /// Partly right answers earning at least this share are "almost"; an almost-right typed
    /// answer earns this share (session::SessionPolicy sets it).
    double almostCredit = 0.5;
};

/// Where a word-order token the learner placed stands against the nearest accepted sentence.
enum class TokenPlace
{
    Right,         ///< the word the sentence has at this position
    Misplaced,     ///< belongs in the sentence, but elsewhere
    NotInSentence, ///< a distractor, or one more copy than the sentence has
};

struct GradeResult
{
    Outcome outcome = Outcome::Wrong;
    double points = 0;
    double maxPoints = 0;
    LocalText feedback; ///< the author's feedback that applies (right, wrong, almost, a mistake's,
                        ///< an option's explanation)
    std::vector<Difference> differences; ///< what exactly differed
    std::string expected;                ///< the (nearest) right answer as a learner should see it
    LangTag standardUsed; ///< the written standard of the accepted answer matched, if tagged
    /// The engine's own words for the outcome and what differed, in `en`, `sv` and `nb`
    /// (e.g. "Almost: you wrote a where the answer has å."); shown with `feedback`.
    LocalText message;
    /// Multiple choice: the author's indices of the options ticked that are wrong, and of the
    /// right ones not ticked ("you ticked … / you missed …").
    std::vector<int> tickedWrongly;
    std::vector<int> missed;
    /// Word order: one entry per token placed, in the learner's order.
    std::vector<TokenPlace> tokenPlaces;
    /// Word order: the tokens (indices) the nearest sentence needs that were not placed.
    std::vector<int> tokensLeftOut;
};

/// Grades any item against a response. Pure: no I/O, same input gives the same result.
GradeResult grade(const Item& item, const Response& response, const GradingPolicy& policy = {});

/// English wording of a difference, for the command-line tools.
std::string describeDifference(const Difference& difference);

/// Reads a response written as text, as a teacher types it for `kompis-author check-answer`:
/// choices as 1-based numbers (`2` or `1,3`) or option text; `true`/`false` (also sant/falskt,
/// sann/usann, ja/nej/nei); gaps separated by ` | `; a word-order sentence as typed; match as
/// `1-2,2-1`. Text that is empty or only spaces is an unanswered item (an empty Response).
/// Returns nullopt with `error` set when it cannot be read.
std::optional<Response> parseResponse(const Item& item, std::string_view text, std::string& error);

/// The response as a learner gave it, as one line of text for the progress store, exports and
/// `check-answer`; parseResponse reads it back to the same response. The form is stable:
/// - single, listen: the 1-based option number (`2`); multiple: numbers in the order picked,
///   comma-separated (`1,3`); out-of-range indices are left out;
/// - truefalse: `true` or `false` (empty when unanswered);
/// - gapfill: the typed texts separated by ` | ` (`en | jobbar`); dictation: the text;
/// - wordorder: the tokens placed, space-separated, as the sentence (`i morgon börjar jag`);
/// - match: `left-right` 1-based pairs, comma-separated (`1-2,2-1`); unmatched lefts left out;
/// - write: the text as written, lines kept (the ticks are stored beside it: checklistText);
/// - speak: the learner's own rating, `again`, `almost` or `good`.
std::string responseText(const Item& item, const Response& response);

/// The ticked checklist points of a write response as 1-based numbers (`1,3`), as stored.
std::string checklistText(const Response& response);

/// `again`, `almost` or `good`.
std::string_view selfRatingName(SelfRating rating);

} // namespace kompis::core
