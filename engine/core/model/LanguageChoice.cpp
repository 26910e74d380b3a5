#include "core/model/LanguageChoice.hpp"

#include <algorithm>

namespace kompis::core
{

namespace
{
std::string_view primarySubtag(std::string_view tag)
{
    return tag.substr(0, tag.find('-'));
}

/// The first of `candidates` that serves `learnerTag`, or "".
LangTag servedBy(const std::vector<LangTag>& candidates, const LangTag& learnerTag)
{
    if (learnerTag.empty())
        return {};
    // An exact tag wins over a sibling (a course with both `fa` and `fa-AF`).
    if (std::find(candidates.begin(), candidates.end(), learnerTag) != candidates.end())
        return learnerTag;
    for (const auto& tag : candidates)
        if (servesLanguage(tag, learnerTag))
            return tag;
    return {};
}
} // namespace

bool servesLanguage(const LangTag& courseTag, const LangTag& learnerTag)
{
    return !courseTag.empty() && primarySubtag(courseTag) == primarySubtag(learnerTag);
}

std::vector<LangTag> instructionLanguages(const ReadingLanguages& learner,
                                          const CourseLanguages& course)
{
    std::vector<LangTag> all = course.instruction;
    all.insert(all.end(), course.overview.begin(), course.overview.end());
    std::vector<LangTag> order;
    auto add = [&](const LangTag& tag)
    {
        if (!tag.empty() && std::find(order.begin(), order.end(), tag) == order.end())
            order.push_back(tag);
    };
    add(servedBy(all, learner.first));
    add(servedBy(all, learner.second));
    for (const auto& tag : all)
        add(tag);
    return order;
}

ShownText pickShown(const LocalText& text, const std::vector<LangTag>& order)
{
    for (const auto& lang : order)
        if (const auto* found = text.find(lang))
            return {lang, *found};
    if (text.variants.empty())
        return {};
    return {text.variants.front().first, text.variants.front().second};
}

} // namespace kompis::core
