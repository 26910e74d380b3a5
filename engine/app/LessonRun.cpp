#include "app/LessonRun.hpp"

#include <algorithm>
#include <functional>
#include <numeric>
#include <random>

namespace kompis::app
{
namespace
{

std::vector<int> shuffled(int n, const std::string& seed)
{
    std::vector<int> v(std::size_t(std::max(0, n)));
    std::iota(v.begin(), v.end(), 0);
    std::mt19937 rng(static_cast<std::uint32_t>(std::hash<std::string>{}(seed)));
    std::shuffle(v.begin(), v.end(), rng);
    // A "shuffle" that keeps the written order would give the answer away.
    if (n > 1 && std::is_sorted(v.begin(), v.end()))
        std::rotate(v.begin(), v.begin() + 1, v.end());
    return v;
}

} // namespace

AnswerDraft AnswerDraft::forItem(const core::Item& item, const std::string& itemId)
{
    AnswerDraft d;
    if (const auto* g = std::get_if<core::GapFill>(&item.body))
        d.texts.assign(g->gaps.size(), "");
    else if (std::holds_alternative<core::Dictation>(item.body))
        d.texts.assign(1, "");
    else if (const auto* w = std::get_if<core::WordOrder>(&item.body))
        d.tokenOrder = shuffled(int(w->tokens.size()), itemId);
    else if (const auto* m = std::get_if<core::MatchPairs>(&item.body))
    {
        d.matches.assign(m->pairs.size(), -1);
        d.rightOrder = shuffled(int(m->pairs.size()), itemId);
    }
    return d;
}

core::Response AnswerDraft::response(const core::Item& item) const
{
    core::Response r;
    r.choices = choices;
    std::sort(r.choices.begin(), r.choices.end());
    r.truth = truth;
    r.texts = texts;
    r.order = placed;
    r.matches = matches;
    (void)item;
    return r;
}

bool AnswerDraft::ready(const core::Item& item) const
{
    return std::visit(
        [&](const auto& body) -> bool
        {
            using T = std::decay_t<decltype(body)>;
            if constexpr (std::is_same_v<T, core::TrueFalse>)
                return truth.has_value();
            else if constexpr (std::is_same_v<T, core::GapFill> ||
                               std::is_same_v<T, core::Dictation>)
                return std::any_of(texts.begin(), texts.end(),
                                   [](const auto& t) { return !t.empty(); });
            else if constexpr (std::is_same_v<T, core::WordOrder>)
                return !placed.empty();
            else if constexpr (std::is_same_v<T, core::MatchPairs>)
                return std::any_of(matches.begin(), matches.end(), [](int m) { return m >= 0; });
            else
                return !choices.empty();
        },
        item.body);
}

double LessonRun::score() const
{
    double got = 0, max = 0;
    for (const auto& [id, m] : maxPoints)
    {
        max += m;
        auto p = points.find(id);
        if (p != points.end())
            got += p->second;
    }
    return max > 0 ? got / max : 1.0;
}

std::vector<LessonRun::Entry>
LessonRun::visibleSteps(CourseEntry& course, const core::Lesson& lesson, const std::string& target)
{
    std::vector<Entry> out;
    for (const core::Step& s : lesson.steps)
        if (s.lang.empty() || s.lang == target)
            out.push_back({&s, lesson.id, &course});
    return out;
}

} // namespace kompis::app
