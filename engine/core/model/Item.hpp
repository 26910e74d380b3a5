#pragma once

#include "core/model/Media.hpp"
#include "core/model/OpenItems.hpp"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace kompis::core
{

/// How an item with several parts (options, pairs) scores a partly right answer.
enum class Scoring
{
    Partial,     ///< each right part earns its share; wrong picks cancel right ones (never below 0)
    AllOrNothing ///< full points only when everything is right
};

/// One accepted typed answer; `standard` is the written standard it belongs to (`sv`, `nb`, `nn`)
/// when an item accepts several, so feedback can say which one the learner used.
struct AcceptedAnswer
{
    std::string text;
    LangTag standard;
};

/// An anticipated wrong answer with its own feedback (like Moodle's short-answer questions):
/// `<mistake answer="ett bil" points="0">bil is an en-word: en bil</mistake>`.
struct Mistake
{
    std::string answer;
    LocalText feedback;
    double points = 0; ///< fraction of the item's points, 0…1
};

/// What a typed response is compared with: one gap, or the whole dictation.
struct TypedAnswerKey
{
    std::vector<AcceptedAnswer> accepted;
    std::vector<Mistake> mistakes;
    SourceLocation where;
};

struct ChoiceOption
{
    LocalText text; ///< may be empty when the option is a picture
    bool correct = false;
    LocalText explanation; ///< optional, shown with the feedback when this option was picked
    SourceLocation where;
    /// `<option image="media/…" alt="…">`: a picture as the option; its alt text (in the step's
    /// language) is what a screen reader says and what shows when the image fails.
    std::optional<ImageRef> image{};
};

struct SingleChoice
{
    std::vector<ChoiceOption> options; ///< exactly one correct
};

struct MultipleChoice
{
    std::vector<ChoiceOption> options; ///< at least one correct
    Scoring scoring = Scoring::Partial;
};

struct TrueFalse
{
    LocalText statement;
    bool answer = true;
    LocalText explanation;
};

/// A run of sentence text, or a gap (gapIndex >= 0) into GapFill::gaps.
struct GapSegment
{
    std::string text;
    int gapIndex = -1;
};

struct GapFill
{
    std::vector<GapSegment> sentence;
    std::vector<TypedAnswerKey> gaps;
    std::vector<std::string> wordBank; ///< empty: the learner types freely
};

struct WordToken
{
    std::string text;
    bool distractor = false; ///< belongs in no accepted order
    /// A name or other word always written with a capital (`Norge`, `Anna`, `NAV`): shown as
    /// written even where it begins the sentence (see shownTokenText).
    bool keepCapital = false;
};

struct WordOrder
{
    std::vector<WordToken> tokens; ///< in the order the author wrote them (the player shuffles)
    /// Each accepted sentence as indices into `tokens` (the loader resolves `<accept>` text).
    std::vector<std::vector<int>> acceptedOrders;
};

struct MatchPair
{
    LocalText left;
    LocalText right;
    SourceLocation where;
};

struct MatchPairs
{
    std::vector<MatchPair> pairs;
    Scoring scoring = Scoring::Partial;
};

struct Dictation
{
    AudioRef audio;
    TypedAnswerKey key; ///< the transcript is always accepted; authors may list more
};

struct ListenChoose
{
    AudioRef audio;
    std::vector<ChoiceOption> options; ///< exactly one correct
};

using ItemBody = std::variant<SingleChoice, MultipleChoice, TrueFalse, GapFill, WordOrder,
                              MatchPairs, Dictation, ListenChoose, WriteTask, SpeakAloud>;

/// The element name of each item kind, in ItemBody order: `single`, `multiple`, `truefalse`,
/// `gapfill`, `wordorder`, `match`, `dictation`, `listen`, `write`, `speak`.
const char* itemKindName(const ItemBody& body);

/// The clip an item plays (listen, dictation, speak), or null.
const AudioRef* itemAudio(const ItemBody& body);

/// The options of a choice item (single, multiple, listen), or null.
const std::vector<ChoiceOption>* itemOptions(const ItemBody& body);

/// A quiz item: something the learner answers and that is graded and stored.
struct Item
{
    double points = 1;
    LocalText prompt;
    LocalText feedbackRight;
    LocalText feedbackWrong;
    LocalText feedbackAlmost;   ///< optional; grading explains the difference itself
    bool caseSensitive = false; ///< typed answers: compare case too
    /// Choice items: the player shows the options in an order of its own for each learner;
    /// false (`shuffle="false"`) keeps the author's order.
    bool shuffle = true;
    /// Typed answers: the share of the points an almost-right answer earns (`almost-credit`);
    /// unset, the session's policy decides (0.5).
    std::optional<double> almostCredit;
    ItemBody body;
};

} // namespace kompis::core
