#include "core/loader/WordOrderAccept.hpp"

#include "core/loader/ElementReader.hpp"
#include "core/text/Unicode.hpp"

#include <algorithm>

namespace kompis::core::loader
{

namespace
{

std::string withoutFinalPunctuation(std::string text)
{
    for (;;)
    {
        if (!text.empty() &&
            (text.back() == '.' || text.back() == '!' || text.back() == '?' || text.back() == ' '))
            text.pop_back();
        else if (text.ends_with("…"))
            text.erase(text.size() - std::string_view("…").size());
        else
            return text;
    }
}

struct Search
{
    const std::vector<std::string>& folded;
    const std::vector<WordToken>& tokens;
    const std::string& sentence;
    std::vector<bool> used;
    std::vector<int> chosen;
    std::size_t budget = 100000; // guards against pathological token sets

    bool run(std::size_t position)
    {
        // Checked before counting down: a budget that wrapped past zero would search on for
        // ever (12 tokens of "a", "a a", "a a a", … took minutes).
        if (budget == 0)
            return false;
        --budget;
        if (position == sentence.size())
        {
            for (std::size_t i = 0; i < tokens.size(); ++i)
                if (!tokens[i].distractor && !used[i])
                    return false;
            return true;
        }
        for (std::size_t i = 0; i < tokens.size(); ++i)
        {
            if (used[i] || tokens[i].distractor)
                continue;
            // Identical tokens are interchangeable: trying the first unused one is enough.
            bool earlierTwin = false;
            for (std::size_t j = 0; j < i && !earlierTwin; ++j)
                earlierTwin = !used[j] && !tokens[j].distractor && folded[j] == folded[i];
            if (earlierTwin)
                continue;
            const auto& token = folded[i];
            if (sentence.compare(position, token.size(), token) != 0)
                continue;
            const auto next = position + token.size();
            if (next != sentence.size() && sentence[next] != ' ')
                continue;
            used[i] = true;
            chosen.push_back(static_cast<int>(i));
            if (run(next == sentence.size() ? next : next + 1))
                return true;
            used[i] = false;
            chosen.pop_back();
        }
        return false;
    }
};

std::size_t wordCount(std::string_view collapsed)
{
    return collapsed.empty() ? 0
                             : std::size_t(std::count(collapsed.begin(), collapsed.end(), ' ')) + 1;
}

std::vector<std::string> words(const std::string& collapsed)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= collapsed.size() && !collapsed.empty())
    {
        const auto end = std::min(collapsed.find(' ', start), collapsed.size());
        out.push_back(collapsed.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

} // namespace

void markCapitalisedTokens(std::vector<WordToken>& tokens,
                           const std::vector<std::pair<std::string, std::vector<int>>>& accepted)
{
    std::vector<bool> beginsSentence(tokens.size(), false);
    for (const auto& [sentence, order] : accepted)
    {
        if (order.empty())
            continue;
        beginsSentence[std::size_t(order.front())] = true;
        // Each token covers as many words of the sentence as it has itself.
        const auto written = words(collapseSpace(sentence));
        std::size_t word = 0;
        for (std::size_t at = 0; at < order.size(); ++at)
        {
            auto& token = tokens[std::size_t(order[at])];
            if (at > 0 && word < written.size() && text::startsWithCapital(written[word]))
                token.keepCapital = true;
            word += wordCount(collapseSpace(token.text));
        }
    }
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (!tokens[i].distractor && !beginsSentence[i] && text::startsWithCapital(tokens[i].text))
            tokens[i].keepCapital = true;
}

std::optional<std::vector<int>> tokensForSentence(const std::vector<WordToken>& tokens,
                                                  std::string_view sentence)
{
    std::vector<std::string> folded;
    for (const auto& token : tokens)
        folded.push_back(withoutFinalPunctuation(text::foldCase(collapseSpace(token.text))));
    const auto target = withoutFinalPunctuation(text::foldCase(collapseSpace(sentence)));
    if (target.empty())
        return std::nullopt;
    Search search{folded, tokens, target, std::vector<bool>(tokens.size()), {}};
    if (!search.run(0))
        return std::nullopt;
    return search.chosen;
}

} // namespace kompis::core::loader
