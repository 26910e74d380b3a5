#pragma once

#include "core/grading/Grader.hpp"
#include "core/model/Item.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kompis::core::session
{

/// What the learner has put together for the item on screen, before it is checked. Screens edit
/// it; `response()` turns it into what the grader reads.
struct AnswerDraft
{
    std::vector<int> choices;     ///< the author's indices of the options picked
    std::vector<int> optionOrder; ///< choice items: the author's option indices as shown
    std::optional<bool> truth;
    std::vector<std::string> texts;
    std::vector<int> placed;     ///< word order: token indices placed so far
    std::vector<int> tokenOrder; ///< word order: the shuffled tokens
    std::vector<int> matches;    ///< match: right index per left (-1 none)
    std::vector<int> rightOrder; ///< match: the shuffled right sides
    int selectedLeft = -1;
    std::vector<int> ticked;              ///< write: checklist points ticked
    std::optional<SelfRating> selfRating; ///< speak: the learner's own rating

    /// A fresh draft for `item`. Shuffles depend only on `shuffleSeed`, so the same seed gives
    /// the same order (a resumed step looks the same as before).
    static AnswerDraft forItem(const Item& item, std::string_view shuffleSeed);
    /// Puts a saved answer back (a resumed item shows what the learner answered).
    void restore(const Response& response);
    /// The answer as the grader reads it.
    [[nodiscard]] Response response() const;
    /// True when the learner has given something to check.
    [[nodiscard]] bool ready(const Item& item) const;
};

} // namespace kompis::core::session
