#pragma once

#include "core/model/LocalText.hpp"
#include "core/model/Media.hpp"

#include <optional>
#include <string>
#include <vector>

namespace kompis::core
{

/// A check the player can run on a written text and show as a hint. It never grades: the
/// learner decides whether the checklist point is met.
struct AutoCheck
{
    enum class Kind
    {
        Contains,           ///< one of `words` (a word or a phrase) appears, by whole words
        WordCount,          ///< between `minWords` and `maxWords` words
        StartsWithGreeting, ///< the text opens with a greeting (Hej, Hei, God morgon, …)
        EndsWithName,       ///< the last word is a name (begins with a capital letter)
    };
    Kind kind = Kind::Contains;
    std::vector<std::string> words; ///< Contains: any one of these counts
    int minWords = 0;
    int maxWords = 0; ///< 0: no upper limit
};

/// One point of a writing task's checklist: `<point contains="sjuk">You say you are ill</point>`.
struct ChecklistPoint
{
    LocalText text;
    std::optional<AutoCheck> check;
    SourceLocation where;
};

/// `<write>`: a situation, the task (the item's prompt), an optional model answer and a checklist
/// the learner ticks after comparing. No machine judges the text: the outcome is "done".
struct WriteTask
{
    LocalText situation;
    std::string modelAnswer; ///< in the target language; shown after the learner wrote
    std::vector<ChecklistPoint> checklist;
};

/// `<speak>`: hear the model clip, say it aloud, compare with one's own recording, rate oneself.
/// The text to say is the clip's transcript.
struct SpeakAloud
{
    AudioRef model;
};

/// How a learner rates their own try at an item no machine can judge.
enum class SelfRating : int
{
    Again,  ///< not yet: practise it again soon
    Almost, ///< close, with a slip or two
    Good,   ///< as it should be
};

} // namespace kompis::core
