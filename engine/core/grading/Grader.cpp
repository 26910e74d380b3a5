#include "core/grading/Grader.hpp"

#include "core/grading/Messages.hpp"
#include "core/grading/TypedMatch.hpp"

#include <algorithm>
#include <set>

namespace kompis::core
{

namespace
{

using grading::matchTyped;
using grading::normaliseAnswer;

/// The author's text in its first (main) language, for `expected` and differences.
const std::string& mainText(const LocalText& text)
{
    static const std::string empty;
    return text.variants.empty() ? empty : text.variants.front().second;
}

/// Joins two instruction texts language by language ("feedback. explanation").
LocalText joined(const LocalText& first, const LocalText& second)
{
    if (first.empty())
        return second;
    if (second.empty())
        return first;
    LocalText result;
    for (const auto& [lang, text] : first.variants)
    {
        const auto* more = second.find(lang);
        result.variants.emplace_back(lang, more ? text + " " + *more : text);
    }
    return result;
}

void finish(GradeResult& result, const Item& item, double credit)
{
    result.maxPoints = item.points;
    result.points = std::clamp(credit, 0.0, 1.0) * item.points;
    if (result.feedback.empty())
        result.feedback =
            result.outcome == Outcome::Right ? item.feedbackRight
            : result.outcome == Outcome::Almost
                ? (item.feedbackAlmost.empty() ? item.feedbackWrong : item.feedbackAlmost)
                : item.feedbackWrong;
}

bool validIndex(int index, std::size_t size)
{
    return index >= 0 && static_cast<std::size_t>(index) < size;
}

void gradeOneChoice(const Item& item, const std::vector<ChoiceOption>& options,
                    const Response& response, GradeResult& result)
{
    const auto right =
        std::find_if(options.begin(), options.end(), [](const auto& o) { return o.correct; });
    result.expected = right == options.end() ? std::string() : mainText(right->text);
    const int rightIndex = right == options.end() ? -1 : static_cast<int>(right - options.begin());
    if (response.choices.empty() || !validIndex(response.choices.front(), options.size()))
    {
        result.differences.push_back(
            {DifferenceKind::MissingPart, rightIndex, result.expected, "", -1});
        finish(result, item, 0);
        return;
    }
    const auto picked = static_cast<std::size_t>(response.choices.front());
    if (options[picked].correct)
    {
        result.outcome = Outcome::Right;
        result.feedback = joined(item.feedbackRight, options[picked].explanation);
        finish(result, item, 1);
        return;
    }
    result.differences.push_back({DifferenceKind::WrongPart, static_cast<int>(picked),
                                  result.expected, mainText(options[picked].text), -1});
    result.feedback = joined(options[picked].explanation, item.feedbackWrong);
    finish(result, item, 0);
}

void gradeMultiple(const Item& item, const MultipleChoice& multiple, const Response& response,
                   const GradingPolicy& policy, GradeResult& result)
{
    const auto& options = multiple.options;
    std::set<int> picked;
    for (const int choice : response.choices)
        if (validIndex(choice, options.size()))
            picked.insert(choice);
    std::size_t correctCount = 0, rightPicks = 0, wrongPicks = 0;
    std::vector<std::string> expected;
    LocalText explanations;
    for (std::size_t i = 0; i < options.size(); ++i)
    {
        const bool chosen = picked.contains(static_cast<int>(i));
        const auto& option = options[i];
        if (option.correct)
        {
            ++correctCount;
            expected.push_back(mainText(option.text));
            if (chosen)
                ++rightPicks;
            else
            {
                result.missed.push_back(static_cast<int>(i));
                result.differences.push_back({DifferenceKind::MissingPart, static_cast<int>(i),
                                              mainText(option.text), "", -1});
            }
        }
        else if (chosen)
        {
            ++wrongPicks;
            result.tickedWrongly.push_back(static_cast<int>(i));
            result.differences.push_back(
                {DifferenceKind::WrongPart, static_cast<int>(i), "", mainText(option.text), -1});
            explanations = joined(explanations, option.explanation);
        }
    }
    for (const auto& text : expected)
        result.expected += (result.expected.empty() ? "" : " | ") + text;
    const bool exact = correctCount > 0 && rightPicks == correctCount && wrongPicks == 0;
    double credit = exact ? 1.0 : 0.0;
    if (!exact && multiple.scoring == Scoring::Partial && correctCount > 0)
        credit = std::max(0.0, (double(rightPicks) - double(wrongPicks)) / double(correctCount));
    result.outcome = exact                           ? Outcome::Right
                     : credit >= policy.almostCredit ? Outcome::Almost
                                                     : Outcome::Wrong;
    if (!exact)
        result.feedback =
            joined(explanations, result.outcome == Outcome::Almost && !item.feedbackAlmost.empty()
                                     ? item.feedbackAlmost
                                     : item.feedbackWrong);
    finish(result, item, credit);
}

void gradeTrueFalse(const Item& item, const TrueFalse& truth, const Response& response,
                    GradeResult& result)
{
    result.expected = truth.answer ? "true" : "false";
    if (!response.truth)
    {
        result.differences.push_back({DifferenceKind::MissingPart, -1, result.expected, "", -1});
        finish(result, item, 0);
        return;
    }
    const bool right = *response.truth == truth.answer;
    result.outcome = right ? Outcome::Right : Outcome::Wrong;
    if (!right)
        result.differences.push_back({DifferenceKind::WrongPart, -1, result.expected,
                                      *response.truth ? "true" : "false", -1});
    result.feedback = joined(right ? item.feedbackRight : item.feedbackWrong, truth.explanation);
    finish(result, item, right ? 1 : 0);
}

void gradeTyped(const Item& item, const std::vector<const TypedAnswerKey*>& keys,
                const std::vector<grading::KnownWords>& known, const Response& response,
                const GradingPolicy& itemsPolicy, GradeResult& result)
{
    // An item may set what "almost" earns; the session's policy gives the default.
    GradingPolicy policy = itemsPolicy;
    if (item.almostCredit)
        policy.almostCredit = std::clamp(*item.almostCredit, 0.0, 1.0);
    double credit = 0;
    bool allRight = true, anyWrong = false;
    LocalText mistakeFeedback;
    for (std::size_t part = 0; part < keys.size(); ++part)
    {
        const std::string given =
            part < response.texts.size() ? response.texts[part] : std::string();
        const auto match = matchTyped(*keys[part], given, item.caseSensitive, policy,
                                      keys.size() > 1 ? int(part) : -1,
                                      part < known.size() ? known[part] : grading::KnownWords{});
        credit += match.credit;
        allRight = allRight && match.outcome == Outcome::Right;
        anyWrong = anyWrong || match.outcome == Outcome::Wrong;
        if (match.mistakeFeedback)
            mistakeFeedback = joined(mistakeFeedback, *match.mistakeFeedback);
        if (result.standardUsed.empty())
            result.standardUsed = match.standard;
        result.expected += (part == 0 ? "" : " | ") + match.expected;
        result.differences.insert(result.differences.end(), match.differences.begin(),
                                  match.differences.end());
    }
    if (keys.empty())
        allRight = anyWrong = false;
    result.outcome = allRight ? Outcome::Right : anyWrong ? Outcome::Wrong : Outcome::Almost;
    // An answer in the other written standard (nynorsk where bokmål was listed first) is right,
    // and the learner is told which one they used.
    if (result.outcome == Outcome::Right && !result.standardUsed.empty() && !keys.empty() &&
        !keys.front()->accepted.empty() &&
        keys.front()->accepted.front().standard != result.standardUsed)
        result.differences.push_back({DifferenceKind::OtherStandard, -1,
                                      keys.front()->accepted.front().standard, result.standardUsed,
                                      -1});
    if (!mistakeFeedback.empty())
        result.feedback = mistakeFeedback;
    finish(result, item, keys.empty() ? 0 : credit / double(keys.size()));
}

/// Marks each placed token right, misplaced or not in the sentence against `accepted`, and
/// lists the sentence's tokens left out. Tokens with the same text stand in for each other.
void placeTokens(const WordOrder& order, const std::vector<int>& placed,
                 const std::vector<int>& accepted, GradeResult& result)
{
    const auto textOf = [&](int index)
    {
        return validIndex(index, order.tokens.size())
                   ? normaliseAnswer(order.tokens[std::size_t(index)].text, false)
                   : std::string();
    };
    // How many of each text the sentence still has room for, once the right places are taken.
    std::multiset<std::string> unused;
    for (std::size_t at = 0; at < accepted.size(); ++at)
        if (at >= placed.size() || textOf(placed[at]) != textOf(accepted[at]))
            unused.insert(textOf(accepted[at]));
    for (std::size_t at = 0; at < placed.size(); ++at)
    {
        const auto text = textOf(placed[at]);
        if (at < accepted.size() && text == textOf(accepted[at]))
            result.tokenPlaces.push_back(TokenPlace::Right);
        else if (const auto found = unused.find(text); found != unused.end())
        {
            unused.erase(found);
            result.tokenPlaces.push_back(TokenPlace::Misplaced);
        }
        else
            result.tokenPlaces.push_back(TokenPlace::NotInSentence);
    }
    for (const int index : accepted)
        if (const auto found = unused.find(textOf(index)); found != unused.end())
        {
            unused.erase(found);
            result.tokensLeftOut.push_back(index);
        }
}

void gradeWordOrder(const Item& item, const WordOrder& order, const Response& response,
                    GradeResult& result)
{
    auto sentenceOf = [&](const std::vector<int>& indices)
    {
        std::string sentence;
        for (const int index : indices)
            if (validIndex(index, order.tokens.size()))
                sentence += (sentence.empty() ? "" : " ") +
                            order.tokens[static_cast<std::size_t>(index)].text;
        return sentence;
    };
    const auto given = normaliseAnswer(sentenceOf(response.order), false);
    if (!order.acceptedOrders.empty())
        result.expected = sentenceOf(order.acceptedOrders.front());
    // Compare the sentences, not the indices: two tokens with the same text are interchangeable.
    std::size_t bestPrefix = 0;
    const std::vector<int>* nearest =
        order.acceptedOrders.empty() ? nullptr : &order.acceptedOrders.front();
    for (const auto& accepted : order.acceptedOrders)
    {
        if (normaliseAnswer(sentenceOf(accepted), false) == given)
        {
            result.outcome = Outcome::Right;
            result.expected = sentenceOf(accepted);
            result.tokenPlaces.assign(response.order.size(), TokenPlace::Right);
            finish(result, item, 1);
            return;
        }
        std::size_t prefix = 0;
        while (prefix < accepted.size() && prefix < response.order.size() &&
               validIndex(response.order[prefix], order.tokens.size()) &&
               normaliseAnswer(order.tokens[static_cast<std::size_t>(response.order[prefix])].text,
                               false) ==
                   normaliseAnswer(order.tokens[static_cast<std::size_t>(accepted[prefix])].text,
                                   false))
            ++prefix;
        if (prefix > bestPrefix)
        {
            bestPrefix = prefix;
            nearest = &accepted;
        }
    }
    for (std::size_t i = 0; i < response.order.size(); ++i)
        if (validIndex(response.order[i], order.tokens.size()) &&
            order.tokens[static_cast<std::size_t>(response.order[i])].distractor)
            result.differences.push_back(
                {DifferenceKind::WrongPart, static_cast<int>(i), "",
                 order.tokens[static_cast<std::size_t>(response.order[i])].text, -1});
    if (nearest)
    {
        placeTokens(order, response.order, *nearest, result);
        result.expected = sentenceOf(*nearest);
        const auto tokenText = [&](const std::vector<int>& indices, std::size_t at)
        {
            return at < indices.size() && validIndex(indices[at], order.tokens.size())
                       ? order.tokens[static_cast<std::size_t>(indices[at])].text
                       : std::string();
        };
        if (response.order.size() < nearest->size() && bestPrefix == response.order.size())
            result.differences.push_back({DifferenceKind::MissingPart, static_cast<int>(bestPrefix),
                                          tokenText(*nearest, bestPrefix), "",
                                          static_cast<int>(bestPrefix)});
        else
            result.differences.push_back({DifferenceKind::WrongOrder, static_cast<int>(bestPrefix),
                                          tokenText(*nearest, bestPrefix),
                                          tokenText(response.order, bestPrefix),
                                          static_cast<int>(bestPrefix)});
    }
    finish(result, item, 0);
}

void gradeMatch(const Item& item, const MatchPairs& match, const Response& response,
                const GradingPolicy& policy, GradeResult& result)
{
    const auto& pairs = match.pairs;
    std::size_t right = 0;
    for (std::size_t i = 0; i < pairs.size(); ++i)
    {
        result.expected +=
            (i == 0 ? "" : " | ") + mainText(pairs[i].left) + " = " + mainText(pairs[i].right);
        const int chosen = i < response.matches.size() ? response.matches[i] : -1;
        if (chosen == static_cast<int>(i))
            ++right;
        else if (!validIndex(chosen, pairs.size()))
            result.differences.push_back({DifferenceKind::MissingPart, static_cast<int>(i),
                                          mainText(pairs[i].right), "", -1});
        else
            result.differences.push_back(
                {DifferenceKind::WrongPart, static_cast<int>(i), mainText(pairs[i].right),
                 mainText(pairs[static_cast<std::size_t>(chosen)].right), -1});
    }
    const bool exact = !pairs.empty() && right == pairs.size();
    double credit = exact ? 1.0 : 0.0;
    if (!exact && match.scoring == Scoring::Partial && !pairs.empty())
        credit = double(right) / double(pairs.size());
    result.outcome = exact                           ? Outcome::Right
                     : credit >= policy.almostCredit ? Outcome::Almost
                                                     : Outcome::Wrong;
    finish(result, item, credit);
}

} // namespace

GradeResult grade(const Item& item, const Response& response, const GradingPolicy& policy)
{
    GradeResult result;
    std::visit(
        [&](const auto& body)
        {
            using Body = std::decay_t<decltype(body)>;
            if constexpr (std::is_same_v<Body, SingleChoice> || std::is_same_v<Body, ListenChoose>)
                gradeOneChoice(item, body.options, response, result);
            else if constexpr (std::is_same_v<Body, MultipleChoice>)
                gradeMultiple(item, body, response, policy, result);
            else if constexpr (std::is_same_v<Body, TrueFalse>)
                gradeTrueFalse(item, body, response, result);
            else if constexpr (std::is_same_v<Body, GapFill>)
            {
                std::vector<const TypedAnswerKey*> keys;
                std::vector<grading::KnownWords> known;
                for (const auto& gap : body.gaps)
                {
                    known.push_back(
                        grading::KnownWords::forGap(body, keys.size(), item.caseSensitive));
                    keys.push_back(&gap);
                }
                gradeTyped(item, keys, known, response, policy, result);
            }
            else if constexpr (std::is_same_v<Body, Dictation>)
                gradeTyped(item, {&body.key}, {}, response, policy, result);
            else if constexpr (std::is_same_v<Body, WordOrder>)
                gradeWordOrder(item, body, response, result);
            else if constexpr (std::is_same_v<Body, MatchPairs>)
                gradeMatch(item, body, response, policy, result);
            else if constexpr (std::is_same_v<Body, WriteTask>)
            {
                // No machine judges a message: writing it is the whole outcome.
                result.outcome = Outcome::Done;
                result.expected = body.modelAnswer;
            }
            else if constexpr (std::is_same_v<Body, SpeakAloud>)
            {
                result.outcome = outcomeOf(response.selfRating.value_or(SelfRating::Again));
                result.expected = body.model.transcript;
            }
        },
        item.body);
    result.message = grading::resultMessage(result, itemKindName(item.body));
    return result;
}

std::string describeDifference(const Difference& d)
{
    const std::string where = d.part >= 0 ? " (part " + std::to_string(d.part + 1) + ")" : "";
    switch (d.kind)
    {
    case DifferenceKind::NordicLetter:
        return "the letter " + d.expected + " is written " +
               (d.given.empty() ? "as nothing" : d.given) + where;
    case DifferenceKind::Typo:
        if (d.given.empty())
            return "missing " + d.expected + where;
        if (d.expected.empty())
            return "extra " + d.given + where;
        return d.given + " where the answer has " + d.expected + where;
    case DifferenceKind::Case:
        return "capital and small letters differ: " + d.expected + where;
    case DifferenceKind::OtherStandard:
        return "right, written in " + d.given + " (the answer key lists " + d.expected + " first)";
    case DifferenceKind::AnticipatedMistake:
        return "a common mistake: " + d.given + where;
    case DifferenceKind::WrongOrder:
        return "word " + std::to_string(d.position + 1) + " should be " + d.expected +
               (d.given.empty() ? std::string() : ", not " + d.given);
    case DifferenceKind::WrongPart:
        return (d.given.empty() ? std::string("wrong") : d.given + " is not right") +
               (d.expected.empty() ? std::string() : "; the answer is " + d.expected) + where;
    case DifferenceKind::MissingPart:
        return "not answered" + (d.expected.empty() ? std::string() : ": " + d.expected) + where;
    }
    return {};
}

} // namespace kompis::core
