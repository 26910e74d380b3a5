#include "core/session/AnswerDraft.hpp"

#include "core/session/ChoiceShuffle.hpp"

#include <algorithm>

namespace kompis::core::session
{
namespace
{

std::vector<int> shuffled(int n, std::string_view seed)
{
    std::vector<int> v = seededPermutation(n, seed);
    // A "shuffle" that keeps the written order would give the answer away.
    if (n > 1 && std::is_sorted(v.begin(), v.end()))
        std::rotate(v.begin(), v.begin() + 1, v.end());
    return v;
}

} // namespace

AnswerDraft AnswerDraft::forItem(const Item& item, std::string_view shuffleSeed)
{
    AnswerDraft d;
    d.optionOrder = shownOptionOrder(item, shuffleSeed);
    if (const auto* g = std::get_if<GapFill>(&item.body))
        d.texts.assign(g->gaps.size(), "");
    else if (std::holds_alternative<Dictation>(item.body) ||
             std::holds_alternative<WriteTask>(item.body))
        d.texts.assign(1, "");
    else if (const auto* w = std::get_if<WordOrder>(&item.body))
        d.tokenOrder = shuffled(int(w->tokens.size()), shuffleSeed);
    else if (const auto* m = std::get_if<MatchPairs>(&item.body))
    {
        d.matches.assign(m->pairs.size(), -1);
        d.rightOrder = shuffled(int(m->pairs.size()), shuffleSeed);
    }
    return d;
}

void AnswerDraft::restore(const Response& response)
{
    choices = response.choices;
    truth = response.truth;
    // Fields keep the shape the item gives them, so a view never indexes past them.
    if (response.texts.size() == texts.size())
        texts = response.texts;
    placed = response.order;
    if (response.matches.size() == matches.size())
        matches = response.matches;
}

Response AnswerDraft::response() const
{
    Response r;
    r.choices = choices;
    std::sort(r.choices.begin(), r.choices.end());
    r.truth = truth;
    r.texts = texts;
    r.order = placed;
    r.matches = matches;
    r.ticked = ticked;
    r.selfRating = selfRating;
    return r;
}

bool AnswerDraft::ready(const Item& item) const
{
    return std::visit(
        [&](const auto& body) -> bool
        {
            using T = std::decay_t<decltype(body)>;
            if constexpr (std::is_same_v<T, TrueFalse>)
                return truth.has_value();
            else if constexpr (std::is_same_v<T, GapFill> || std::is_same_v<T, Dictation>)
                return std::any_of(texts.begin(), texts.end(),
                                   [](const auto& t) { return !t.empty(); });
            else if constexpr (std::is_same_v<T, WordOrder>)
                return !placed.empty();
            else if constexpr (std::is_same_v<T, MatchPairs>)
                return std::any_of(matches.begin(), matches.end(), [](int m) { return m >= 0; });
            else if constexpr (std::is_same_v<T, WriteTask>)
                return !texts.empty() &&
                       texts.front().find_first_not_of(" \t\r\n") != std::string::npos;
            else if constexpr (std::is_same_v<T, SpeakAloud>)
                return selfRating.has_value();
            else
                return !choices.empty();
        },
        item.body);
}

} // namespace kompis::core::session
