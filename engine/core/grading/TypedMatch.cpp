#include "core/grading/TypedMatch.hpp"

#include "core/text/Unicode.hpp"

#include <algorithm>
#include <limits>

namespace kompis::core::grading
{

namespace
{

constexpr std::string_view kQuotes[] = {"\"",           "'",
                                        "\xC2\xAB",     "\xC2\xBB",
                                        "\xE2\x80\x9C", "\xE2\x80\x9D",
                                        "\xE2\x80\x9E", "\xE2\x80\x98",
                                        "\xE2\x80\x99", "\xE2\x80\x9A",
                                        "\xE2\x80\xB9", "\xE2\x80\xBA"};
// Text pasted from a word processor or a phone: no-break and narrow spaces, typographic hyphens
// and dashes, soft hyphens and zero-width spaces look like (or are) nothing different.
constexpr std::string_view kSpaces[] = {"\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x89"};
constexpr std::string_view kHyphens[] = {"\xE2\x80\x90", "\xE2\x80\x91", "\xE2\x80\x92",
                                         "\xE2\x80\x93", "\xE2\x88\x92"};
constexpr std::string_view kInvisible[] = {"\xC2\xAD", "\xE2\x80\x8B", "\xE2\x81\xA0"};
constexpr std::string_view kSoftPunctuation[] = {",", ";", ":"};
constexpr std::string_view kFinalPunctuation[] = {".", "!", "?", "\xE2\x80\xA6"};

bool isOneOf(std::string_view grapheme, std::span<const std::string_view> set)
{
    return std::find(set.begin(), set.end(), grapheme) != set.end();
}

/// The plain letter a Nordic letter is often typed as, or written as across the border:
/// å ä → a, ö ø → o, æ → ae. Case is already folded when this is asked.
std::string_view nordicBase(std::string_view grapheme)
{
    if (grapheme == "\xC3\xA5" || grapheme == "\xC3\xA4" || grapheme == "\xC3\x85" ||
        grapheme == "\xC3\x84")
        return "a";
    if (grapheme == "\xC3\xB6" || grapheme == "\xC3\xB8" || grapheme == "\xC3\x96" ||
        grapheme == "\xC3\x98")
        return "o";
    if (grapheme == "\xC3\xA6" || grapheme == "\xC3\x86")
        return "ae";
    return {};
}

/// How a Nordic letter is spelt without it: æ ä → ae, ø ö → oe, å → aa (small letters only:
/// case is folded unless the item compares case).
std::string_view digraphOf(std::string_view grapheme)
{
    if (grapheme == "\xC3\xA6" || grapheme == "\xC3\xA4")
        return "ae";
    if (grapheme == "\xC3\xB8" || grapheme == "\xC3\xB6")
        return "oe";
    if (grapheme == "\xC3\xA5")
        return "aa";
    return {};
}

bool isNordic(std::string_view grapheme)
{
    return !nordicBase(grapheme).empty();
}

/// Two graphemes that differ only in a Nordic letter: a/å/ä, o/ö/ø, and ä↔æ, ö↔ø.
bool nordicPair(std::string_view a, std::string_view b)
{
    if (a == b || (!isNordic(a) && !isNordic(b)))
        return false;
    auto base = [](std::string_view g) { return isNordic(g) ? nordicBase(g) : g; };
    const auto x = base(a), y = base(b);
    if (x == y)
        return true;
    // Swedish ä is Norwegian æ, Swedish ö is Norwegian ø.
    auto swap = [](std::string_view p, std::string_view q)
    { return (p == "\xC3\xA4" && q == "\xC3\xA6") || (p == "\xC3\xA6" && q == "\xC3\xA4"); };
    return swap(a, b);
}

struct Alignment
{
    int cost = 0; ///< typos * 64 + Nordic-letter slips
    int typos = 0;
    std::vector<Difference> differences;
};

/// Damerau–Levenshtein over graphemes where Nordic-letter slips cost nothing but are recorded,
/// and æ may be written "ae". Returns the cheapest alignment with its differences.
Alignment align(const std::vector<std::string>& given, const std::vector<std::string>& expected)
{
    const std::size_t n = given.size(), m = expected.size();
    constexpr int kInf = std::numeric_limits<int>::max() / 4;
    // cost = typos * 64 + nordic slips, so typos dominate and slips break ties.
    std::vector<std::vector<int>> cost(n + 1, std::vector<int>(m + 1, kInf));
    enum Step : unsigned char
    {
        None,
        Same,
        Nordic,
        NordicAe,
        NordicAeGiven,
        Substitute,
        Insert,
        Delete,
        Transpose
    };
    std::vector<std::vector<Step>> step(n + 1, std::vector<Step>(m + 1, None));
    cost[0][0] = 0;
    for (std::size_t i = 0; i <= n; ++i)
        for (std::size_t j = 0; j <= m; ++j)
        {
            if (i == 0 && j == 0)
                continue;
            auto relax = [&](int value, Step how)
            {
                if (value < cost[i][j])
                {
                    cost[i][j] = value;
                    step[i][j] = how;
                }
            };
            if (i > 0 && j > 0)
            {
                const auto& g = given[i - 1];
                const auto& e = expected[j - 1];
                if (g == e)
                    relax(cost[i - 1][j - 1], Same);
                else if (nordicPair(g, e))
                    relax(cost[i - 1][j - 1] + 1, Nordic);
                else
                    relax(cost[i - 1][j - 1] + 64, Substitute);
            }
            // A Nordic letter spelt out on a keyboard without it (ae, oe, aa), and the reverse.
            if (i > 1 && j > 0 && !digraphOf(expected[j - 1]).empty() &&
                digraphOf(expected[j - 1]) == given[i - 2] + given[i - 1])
                relax(cost[i - 2][j - 1] + 1, NordicAe);
            if (i > 0 && j > 1 && !digraphOf(given[i - 1]).empty() &&
                digraphOf(given[i - 1]) == expected[j - 2] + expected[j - 1])
                relax(cost[i - 1][j - 2] + 1, NordicAeGiven);
            if (i > 0)
                relax(cost[i - 1][j] + 64, Insert);
            if (j > 0)
                relax(cost[i][j - 1] + 64, Delete);
            if (i > 1 && j > 1 && given[i - 1] == expected[j - 2] &&
                given[i - 2] == expected[j - 1] && given[i - 1] != given[i - 2])
                relax(cost[i - 2][j - 2] + 64, Transpose);
        }

    Alignment result;
    result.cost = cost[n][m];
    result.typos = cost[n][m] / 64;
    std::size_t i = n, j = m;
    while (i > 0 || j > 0)
    {
        Difference d;
        d.position = static_cast<int>(i > 0 ? i - 1 : 0);
        switch (step[i][j])
        {
        case Same:
            --i, --j;
            continue;
        case Nordic:
            d = {DifferenceKind::NordicLetter, -1, expected[j - 1], given[i - 1],
                 static_cast<int>(i - 1)};
            --i, --j;
            break;
        case NordicAe:
            d = {DifferenceKind::NordicLetter, -1, expected[j - 1], given[i - 2] + given[i - 1],
                 static_cast<int>(i - 2)};
            i -= 2, --j;
            break;
        case NordicAeGiven:
            d = {DifferenceKind::NordicLetter, -1, expected[j - 2] + expected[j - 1], given[i - 1],
                 static_cast<int>(i - 1)};
            --i, j -= 2;
            break;
        case Substitute:
            d = {DifferenceKind::Typo, -1, expected[j - 1], given[i - 1], static_cast<int>(i - 1)};
            --i, --j;
            break;
        case Insert:
            d = {DifferenceKind::Typo, -1, "", given[i - 1], static_cast<int>(i - 1)};
            --i;
            break;
        case Delete:
            d = {DifferenceKind::Typo, -1, expected[j - 1], "", static_cast<int>(i)};
            --j;
            break;
        case Transpose:
            d = {DifferenceKind::Typo, -1, expected[j - 2] + expected[j - 1],
                 given[i - 2] + given[i - 1], static_cast<int>(i - 2)};
            i -= 2, j -= 2;
            break;
        case None:
            i = j = 0;
            continue;
        }
        result.differences.push_back(std::move(d));
    }
    std::reverse(result.differences.begin(), result.differences.end());
    return result;
}

constexpr std::size_t kMostAlignedCells = 4'000'000;

int typoAllowance(std::size_t expectedLetters, const GradingPolicy& policy)
{
    if (!policy.allowTypos)
        return 0;
    if (expectedLetters >= static_cast<std::size_t>(policy.twoEditsFromGraphemes))
        return 2;
    if (expectedLetters >= static_cast<std::size_t>(policy.oneEditFromGraphemes))
        return 1;
    return 0;
}

/// The match for an answer taken as the author's anticipated `mistake`.
TypedMatch anticipated(const Mistake& mistake, const std::string& expected,
                       const std::string& shown, int part)
{
    TypedMatch match;
    match.expected = expected;
    match.outcome = mistake.points > 0 ? Outcome::Almost : Outcome::Wrong;
    match.credit = mistake.points;
    match.mistakeFeedback = &mistake.feedback;
    match.differences.push_back({DifferenceKind::AnticipatedMistake, part, expected, shown, -1});
    return match;
}

} // namespace

std::vector<std::string> letters(std::string_view normalised)
{
    return text::graphemes(normalised);
}

std::string normaliseAnswer(std::string_view raw, bool caseSensitive)
{
    const std::string prepared = caseSensitive ? text::nfc(raw) : text::foldCase(raw);
    std::string result;
    bool pendingSpace = false;
    for (const auto& g : text::graphemes(prepared))
    {
        if (isOneOf(g, kQuotes) || isOneOf(g, kSoftPunctuation) || isOneOf(g, kInvisible))
            continue;
        const bool space = g == " " || g == "\t" || g == "\n" || g == "\r" || isOneOf(g, kSpaces);
        if (space)
        {
            pendingSpace = !result.empty();
            continue;
        }
        if (pendingSpace)
            result += ' ';
        pendingSpace = false;
        result += isOneOf(g, kHyphens) ? std::string_view("-") : std::string_view(g);
    }
    // Sentence-final punctuation does not change the answer: "Jag heter Omar." = "Jag heter Omar".
    for (bool trimmed = true; trimmed && !result.empty();)
    {
        trimmed = false;
        for (const auto mark : kFinalPunctuation)
            if (result.ends_with(mark))
            {
                result.erase(result.size() - mark.size());
                while (!result.empty() && result.back() == ' ')
                    result.pop_back();
                trimmed = true;
            }
    }
    return result;
}

TypedMatch matchTyped(const TypedAnswerKey& key, std::string_view given, bool caseSensitive,
                      const GradingPolicy& policy, int part, const KnownWords& known)
{
    TypedMatch best;
    best.expected = key.accepted.empty() ? std::string() : key.accepted.front().text;
    const auto answer = normaliseAnswer(given, caseSensitive);
    // What the learner wrote, safe to show: ill-formed UTF-8 becomes U+FFFD.
    const auto shown = text::nfc(given);
    if (answer.empty())
    {
        best.differences.push_back({DifferenceKind::MissingPart, part, best.expected, "", -1});
        return best;
    }

    for (const auto& accepted : key.accepted)
        if (normaliseAnswer(accepted.text, caseSensitive) == answer)
        {
            best.outcome = Outcome::Right;
            best.credit = 1;
            best.expected = accepted.text;
            best.standard = accepted.standard;
            return best;
        }

    for (const auto& mistake : key.mistakes)
        if (normaliseAnswer(mistake.answer, caseSensitive) == answer)
            return anticipated(mistake, best.expected, shown, part);

    if (caseSensitive)
        for (const auto& accepted : key.accepted)
            if (normaliseAnswer(accepted.text, false) == normaliseAnswer(given, false))
            {
                best.outcome = Outcome::Almost;
                best.credit = policy.almostCredit;
                best.expected = accepted.text;
                best.standard = accepted.standard;
                best.differences.push_back({DifferenceKind::Case, part, accepted.text, shown, 0});
                return best;
            }

    // The nearest accepted answer decides: Nordic-letter slips and typos within the allowance are
    // "almost" and show exactly what differed; anything further is wrong.
    const auto givenLetters = letters(answer);
    int bestTypos = std::numeric_limits<int>::max();
    int bestCost = std::numeric_limits<int>::max();
    bool bestWithin = false;
    for (const auto& accepted : key.accepted)
    {
        const auto expectedLetters = letters(normaliseAnswer(accepted.text, caseSensitive));
        // The alignment table grows with the product of the lengths; a pasted essay against a
        // long transcript is simply wrong rather than gigabytes of memory.
        if (givenLetters.size() * expectedLetters.size() > kMostAlignedCells)
            continue;
        auto alignment = align(givenLetters, expectedLetters);
        const int allowance = typoAllowance(expectedLetters.size(), policy);
        const bool withinAllowance = alignment.typos <= allowance;
        // An answer within its allowance beats a closer one outside it (a short alternative
        // with one slip is wrong, a long one with two is almost).
        if ((withinAllowance && !bestWithin) ||
            (withinAllowance == bestWithin && alignment.typos < bestTypos))
        {
            bestWithin = withinAllowance;
            bestTypos = alignment.typos;
            bestCost = alignment.cost;
            best.expected = accepted.text;
            best.standard = accepted.standard;
            best.differences = std::move(alignment.differences);
            for (auto& d : best.differences)
                d.part = part;
            best.outcome = withinAllowance ? Outcome::Almost : Outcome::Wrong;
            best.credit = withinAllowance ? policy.almostCredit : 0;
        }
    }
    // A slip of an anticipated mistake is that mistake, when it is nearer than every accepted
    // answer that would forgive it: its feedback explains what the learner meant to write.
    for (const auto& mistake : key.mistakes)
    {
        const auto mistakeLetters = letters(normaliseAnswer(mistake.answer, caseSensitive));
        if (givenLetters.size() * mistakeLetters.size() > kMostAlignedCells)
            continue;
        const auto alignment = align(givenLetters, mistakeLetters);
        const bool nearer = !bestWithin || alignment.cost < bestCost;
        if (alignment.typos <= typoAllowance(mistakeLetters.size(), policy) && nearer)
            return anticipated(mistake, best.expected, shown, part);
    }
    // A "slip" that writes another real word the item offers, or another number, is not a slip:
    // `tre` for `två` is a different answer, however few letters differ.
    if (best.outcome == Outcome::Almost &&
        (known.words.contains(answer) ||
         otherRealWordAt(answer, normaliseAnswer(best.expected, caseSensitive), known)))
    {
        best.outcome = Outcome::Wrong;
        best.credit = 0;
    }
    if (best.outcome == Outcome::Wrong)
        best.differences = {{DifferenceKind::WrongPart, part, best.expected, shown, -1}};
    return best;
}

} // namespace kompis::core::grading
