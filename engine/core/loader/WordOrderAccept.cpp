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

} // namespace

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
