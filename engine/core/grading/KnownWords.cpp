#include "core/grading/KnownWords.hpp"

#include "core/grading/TypedMatch.hpp"

#include <utility>

namespace kompis::core::grading
{

namespace
{

// Swedish and Norwegian (bokmål, and nynorsk where it differs) side by side; a word for the
// same number in the other language is a spelling matter, not another number.
constexpr std::pair<std::string_view, int> kNumberWords[] = {
    {"noll", 0},    {"null", 0},     {"två", 2},      {"to", 2},       {"tre", 3},
    {"fyra", 4},    {"fire", 4},     {"fem", 5},      {"sex", 6},      {"seks", 6},
    {"sju", 7},     {"syv", 7},      {"åtta", 8},     {"åtte", 8},     {"nio", 9},
    {"ni", 9},      {"tio", 10},     {"ti", 10},      {"elva", 11},    {"elleve", 11},
    {"tolv", 12},   {"tretton", 13}, {"tretten", 13}, {"fjorton", 14}, {"fjorten", 14},
    {"femton", 15}, {"femten", 15},  {"sexton", 16},  {"seksten", 16}, {"sjutton", 17},
    {"sytten", 17}, {"arton", 18},   {"atten", 18},   {"nitton", 19},  {"nitten", 19},
    {"tjugo", 20},  {"tjue", 20},    {"tjuge", 20},   {"trettio", 30}, {"tretti", 30},
    {"fyrtio", 40}, {"førti", 40},   {"femtio", 50},  {"femti", 50},   {"sextio", 60},
    {"seksti", 60}, {"sjuttio", 70}, {"sytti", 70},   {"åttio", 80},   {"åtti", 80},
    {"nittio", 90}, {"nitti", 90},   {"hundra", 100}, {"hundre", 100}, {"tusen", 1000},
    {"tyve", 20},   {"tredve", 30},
};

std::vector<std::string_view> splitWords(std::string_view text)
{
    std::vector<std::string_view> out;
    while (!text.empty())
    {
        const auto space = text.find(' ');
        out.push_back(text.substr(0, space));
        if (space == std::string_view::npos)
            break;
        text.remove_prefix(space + 1);
    }
    return out;
}

} // namespace

std::optional<int> numberWordValue(std::string_view word)
{
    for (const auto& [text, value] : kNumberWords)
        if (text == word)
            return value;
    return std::nullopt;
}

KnownWords KnownWords::forGap(const GapFill& gapFill, std::size_t part, bool caseSensitive)
{
    KnownWords known;
    std::set<std::string> own;
    if (part < gapFill.gaps.size())
        for (const auto& accepted : gapFill.gaps[part].accepted)
            own.insert(normaliseAnswer(accepted.text, caseSensitive));
    auto add = [&](const std::string& text)
    {
        auto normal = normaliseAnswer(text, caseSensitive);
        if (!normal.empty() && !own.contains(normal))
            known.words.insert(std::move(normal));
    };
    for (std::size_t other = 0; other < gapFill.gaps.size(); ++other)
        if (other != part)
            for (const auto& accepted : gapFill.gaps[other].accepted)
                add(accepted.text);
    for (const auto& word : gapFill.wordBank)
        add(word);
    return known;
}

bool isOtherRealWord(std::string_view given, std::string_view expected, const KnownWords& known)
{
    if (given == expected)
        return false;
    if (known.words.contains(std::string(given)))
        return true;
    const auto number = numberWordValue(given);
    return number && numberWordValue(expected) != number;
}

std::optional<std::size_t> otherRealWordAt(std::string_view given, std::string_view expected,
                                           const KnownWords& known)
{
    const auto givenWords = splitWords(given);
    const auto expectedWords = splitWords(expected);
    if (givenWords.size() != expectedWords.size())
        return std::nullopt;
    for (std::size_t i = 0; i < givenWords.size(); ++i)
        if (isOtherRealWord(givenWords[i], expectedWords[i], known))
            return i;
    return std::nullopt;
}

} // namespace kompis::core::grading
