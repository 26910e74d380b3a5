#pragma once

#include "core/grading/Grader.hpp"
#include "core/model/Item.hpp"

#include <algorithm>
#include <string>
#include <vector>

// Items built in code, so grading is tested on its own, without the XML loader.
namespace kompis::test
{

inline core::LocalText en(std::string text)
{
    return core::LocalText::single("en", std::move(text));
}

inline core::Item withFeedback(core::ItemBody body, double points = 1)
{
    core::Item item;
    item.points = points;
    item.prompt = en("Answer.");
    item.feedbackRight = en("Right.");
    item.feedbackWrong = en("Not quite.");
    item.body = std::move(body);
    return item;
}

/// A key accepting `answers` (each optionally tagged `sv:`, `nb:` or `nn:` with its standard).
inline core::TypedAnswerKey key(const std::vector<std::string>& answers,
                                std::vector<core::Mistake> mistakes = {})
{
    core::TypedAnswerKey result;
    for (const auto& answer : answers)
    {
        if (answer.size() > 3 && answer[2] == ':')
            result.accepted.push_back({answer.substr(3), answer.substr(0, 2)});
        else
            result.accepted.push_back({answer, ""});
    }
    result.mistakes = std::move(mistakes);
    return result;
}

/// A dictation-like item: one typed answer compared with `answers`.
inline core::Item typed(const std::vector<std::string>& answers,
                        std::vector<core::Mistake> mistakes = {}, bool caseSensitive = false)
{
    core::Dictation dictation;
    dictation.key = key(answers, std::move(mistakes));
    auto item = withFeedback(std::move(dictation));
    item.caseSensitive = caseSensitive;
    return item;
}

inline core::Item gaps(std::vector<core::TypedAnswerKey> keys, double points = 1)
{
    core::GapFill fill;
    for (std::size_t i = 0; i < keys.size(); ++i)
    {
        fill.sentence.push_back({"text ", -1});
        fill.sentence.push_back({"", static_cast<int>(i)});
    }
    fill.gaps = std::move(keys);
    return withFeedback(std::move(fill), points);
}

inline std::vector<core::ChoiceOption>
options(const std::vector<std::pair<std::string, bool>>& texts)
{
    std::vector<core::ChoiceOption> result;
    for (const auto& [text, correct] : texts)
    {
        core::ChoiceOption option;
        option.text = core::LocalText::single("sv", text);
        option.correct = correct;
        result.push_back(std::move(option));
    }
    return result;
}

inline core::Item wordOrder(const std::vector<std::string>& tokens,
                            std::vector<std::vector<int>> accepted,
                            const std::vector<int>& distractors = {})
{
    core::WordOrder order;
    for (std::size_t i = 0; i < tokens.size(); ++i)
        order.tokens.push_back(
            core::WordToken{tokens[i], std::find(distractors.begin(), distractors.end(), int(i)) !=
                                           distractors.end()});
    order.acceptedOrders = std::move(accepted);
    return withFeedback(std::move(order));
}

inline core::Item matchPairs(const std::vector<std::pair<std::string, std::string>>& pairs,
                             core::Scoring scoring = core::Scoring::Partial)
{
    core::MatchPairs match;
    match.scoring = scoring;
    for (const auto& [left, right] : pairs)
        match.pairs.push_back({core::LocalText::single("sv", left), en(right), {}});
    return withFeedback(std::move(match));
}

inline core::Response picks(std::vector<int> choices)
{
    core::Response response;
    response.choices = std::move(choices);
    return response;
}

/// A word-order response: the token indices in the order placed.
inline core::Response order(std::vector<int> indices)
{
    core::Response response;
    response.order = std::move(indices);
    return response;
}

inline core::Response texts(std::vector<std::string> answers)
{
    core::Response response;
    response.texts = std::move(answers);
    return response;
}

} // namespace kompis::test
