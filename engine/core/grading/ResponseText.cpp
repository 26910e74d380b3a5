#include "core/grading/Grader.hpp"
#include "core/grading/TypedMatch.hpp"
#include "core/text/Unicode.hpp"

#include <algorithm>
#include <charconv>

namespace kompis::core
{

namespace
{

constexpr std::string_view kPartSeparator = " | ";

std::vector<std::string> splitParts(std::string_view text, std::string_view separator)
{
    std::vector<std::string> parts;
    for (std::size_t start = 0;;)
    {
        const auto at = text.find(separator, start);
        parts.emplace_back(
            text.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
        if (at == std::string_view::npos)
            return parts;
        start = at + separator.size();
    }
}

std::optional<int> number(std::string_view text)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    int value = 0;
    const auto [end, status] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (status != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

/// An option picked by 1-based number or by its text in any language.
std::optional<int> optionIndex(const std::vector<ChoiceOption>& options, std::string_view text)
{
    if (const auto n = number(text))
        return *n >= 1 && static_cast<std::size_t>(*n) <= options.size()
                   ? std::optional<int>(*n - 1)
                   : std::nullopt;
    const auto wanted = grading::normaliseAnswer(text, false);
    for (std::size_t i = 0; i < options.size(); ++i)
        for (const auto& [lang, optionText] : options[i].text.variants)
            if (grading::normaliseAnswer(optionText, false) == wanted)
                return static_cast<int>(i);
    return std::nullopt;
}

std::optional<Response> parseChoices(const std::vector<ChoiceOption>& options,
                                     std::string_view text, bool several, std::string& error)
{
    Response response;
    // Numbers may be given as "1,3"; option texts (which may hold commas) as "a | b".
    auto parts = splitParts(text, kPartSeparator);
    if (parts.size() == 1 && several && text.find(',') != std::string_view::npos)
    {
        auto numbers = splitParts(text, ",");
        if (std::all_of(numbers.begin(), numbers.end(),
                        [](const auto& p) { return number(p).has_value(); }))
            parts = std::move(numbers);
    }
    for (const auto& part : parts)
    {
        const auto index = optionIndex(options, part);
        if (!index)
        {
            error = "`" + part + "` is not an option; give its number (1–" +
                    std::to_string(options.size()) + ") or its text";
            return std::nullopt;
        }
        response.choices.push_back(*index);
    }
    if (!several && response.choices.size() != 1)
    {
        error = "this item takes one option";
        return std::nullopt;
    }
    return response;
}

std::optional<Response> parseWordOrder(const WordOrder& order, std::string_view text,
                                       std::string& error)
{
    // Take the longest token that matches at each point; a teacher types the sentence as a learner
    // builds it.
    const auto sentence = grading::normaliseAnswer(text, false);
    std::vector<std::string> tokens;
    for (const auto& token : order.tokens)
        tokens.push_back(grading::normaliseAnswer(token.text, false));
    std::vector<bool> used(tokens.size());
    Response response;
    std::size_t at = 0;
    while (at < sentence.size())
    {
        int best = -1;
        for (std::size_t i = 0; i < tokens.size(); ++i)
        {
            const auto& token = tokens[i];
            if (used[i] || token.empty() || sentence.compare(at, token.size(), token) != 0)
                continue;
            const auto end = at + token.size();
            if (end != sentence.size() && sentence[end] != ' ')
                continue;
            if (best < 0 || token.size() > tokens[static_cast<std::size_t>(best)].size())
                best = static_cast<int>(i);
        }
        if (best < 0)
        {
            error = "cannot build \"" + std::string(text) + "\" from the tokens at \"" +
                    sentence.substr(at) + "\"";
            return std::nullopt;
        }
        used[static_cast<std::size_t>(best)] = true;
        response.order.push_back(best);
        at += tokens[static_cast<std::size_t>(best)].size();
        if (at < sentence.size())
            ++at;
    }
    return response;
}

std::optional<Response> parseMatches(const MatchPairs& match, std::string_view text,
                                     std::string& error)
{
    Response response;
    response.matches.assign(match.pairs.size(), -1);
    for (const auto& pair : splitParts(text, ","))
    {
        const auto dash = pair.find('-');
        const auto left = dash == std::string::npos ? std::nullopt : number(pair.substr(0, dash));
        const auto right = dash == std::string::npos ? std::nullopt : number(pair.substr(dash + 1));
        const auto n = static_cast<int>(match.pairs.size());
        if (!left || !right || *left < 1 || *left > n || *right < 1 || *right > n)
        {
            error = "`" + pair + "` is not a pair; write left-right numbers such as 1-2,2-1 (1–" +
                    std::to_string(n) + ")";
            return std::nullopt;
        }
        response.matches[static_cast<std::size_t>(*left - 1)] = *right - 1;
    }
    return response;
}

std::optional<bool> truthOf(std::string_view text)
{
    const auto word = grading::normaliseAnswer(text, false);
    for (const auto* yes : {"true", "sant", "sann", "ja", "yes", "riktig", "rätt", "tosi"})
        if (word == yes)
            return true;
    for (const auto* no :
         {"false", "falskt", "usann", "nej", "nei", "no", "fel", "feil", "epätosi"})
        if (word == no)
            return false;
    return std::nullopt;
}

} // namespace

std::optional<Response> parseResponse(const Item& item, std::string_view text, std::string& error)
{
    // Nothing typed is an unanswered item (what responseText writes for one), not an error.
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return Response{};
    return std::visit(
        [&](const auto& body) -> std::optional<Response>
        {
            using Body = std::decay_t<decltype(body)>;
            if constexpr (std::is_same_v<Body, SingleChoice> || std::is_same_v<Body, ListenChoose>)
                return parseChoices(body.options, text, false, error);
            else if constexpr (std::is_same_v<Body, MultipleChoice>)
                return parseChoices(body.options, text, true, error);
            else if constexpr (std::is_same_v<Body, TrueFalse>)
            {
                Response response;
                response.truth = truthOf(text);
                if (!response.truth)
                {
                    error = "answer true or false";
                    return std::nullopt;
                }
                return response;
            }
            else if constexpr (std::is_same_v<Body, GapFill>)
            {
                Response response;
                // Teachers also type "en|jobbar"; the spaces around a gap's text never count.
                for (auto& part : splitParts(text, "|"))
                {
                    const auto first = part.find_first_not_of(' ');
                    const auto last = part.find_last_not_of(' ');
                    response.texts.push_back(first == std::string::npos
                                                 ? std::string()
                                                 : part.substr(first, last - first + 1));
                }
                if (response.texts.size() > body.gaps.size())
                {
                    error = "this item has " + std::to_string(body.gaps.size()) +
                            " gap(s); separate answers with \" | \"";
                    return std::nullopt;
                }
                return response;
            }
            else if constexpr (std::is_same_v<Body, Dictation> || std::is_same_v<Body, WriteTask>)
            {
                Response response;
                response.texts.emplace_back(text);
                return response;
            }
            else if constexpr (std::is_same_v<Body, SpeakAloud>)
            {
                Response response;
                for (const auto rating : {SelfRating::Again, SelfRating::Almost, SelfRating::Good})
                    if (text == selfRatingName(rating))
                        response.selfRating = rating;
                if (!response.selfRating)
                    error = "rate the try again, almost or good";
                return response.selfRating ? std::optional<Response>(response) : std::nullopt;
            }
            else if constexpr (std::is_same_v<Body, WordOrder>)
                return parseWordOrder(body, text, error);
            else
                return parseMatches(body, text, error);
        },
        item.body);
}

std::string_view selfRatingName(SelfRating rating)
{
    switch (rating)
    {
    case SelfRating::Good:
        return "good";
    case SelfRating::Almost:
        return "almost";
    case SelfRating::Again:
        break;
    }
    return "again";
}

std::string checklistText(const Response& response)
{
    std::vector<int> ticked = response.ticked;
    std::sort(ticked.begin(), ticked.end());
    ticked.erase(std::unique(ticked.begin(), ticked.end()), ticked.end());
    std::string text;
    for (const int point : ticked)
        if (point >= 0)
            text += (text.empty() ? "" : ",") + std::to_string(point + 1);
    return text;
}

std::string responseText(const Item& item, const Response& response)
{
    std::string text;
    auto add = [&](const std::string& part, std::string_view separator)
    { text += (text.empty() ? "" : std::string(separator)) + part; };
    std::visit(
        [&](const auto& body)
        {
            using Body = std::decay_t<decltype(body)>;
            if constexpr (std::is_same_v<Body, SingleChoice> ||
                          std::is_same_v<Body, ListenChoose> ||
                          std::is_same_v<Body, MultipleChoice>)
            {
                // Numbers, not option texts: a text may hold commas or look like a number.
                for (const int choice : response.choices)
                    if (choice >= 0 && static_cast<std::size_t>(choice) < body.options.size())
                        add(std::to_string(choice + 1), ",");
            }
            else if constexpr (std::is_same_v<Body, TrueFalse>)
                text = response.truth ? (*response.truth ? "true" : "false") : "";
            else if constexpr (std::is_same_v<Body, GapFill> || std::is_same_v<Body, Dictation>)
            {
                // NFC also turns ill-formed UTF-8 into U+FFFD: stores and exports get text.
                for (std::size_t i = 0; i < response.texts.size(); ++i)
                    text += (i ? std::string(kPartSeparator) : std::string()) +
                            text::nfc(response.texts[i]);
            }
            else if constexpr (std::is_same_v<Body, WordOrder>)
            {
                for (const int index : response.order)
                    if (index >= 0 && static_cast<std::size_t>(index) < body.tokens.size())
                        add(body.tokens[static_cast<std::size_t>(index)].text, " ");
            }
            else if constexpr (std::is_same_v<Body, WriteTask>)
                text = response.texts.empty() ? std::string() : text::nfc(response.texts.front());
            else if constexpr (std::is_same_v<Body, SpeakAloud>)
                text = response.selfRating ? std::string(selfRatingName(*response.selfRating))
                                           : std::string();
            else
            {
                for (std::size_t i = 0; i < response.matches.size(); ++i)
                    if (response.matches[i] >= 0)
                        add(std::to_string(i + 1) + "-" + std::to_string(response.matches[i] + 1),
                            ",");
            }
        },
        item.body);
    return text;
}

} // namespace kompis::core
