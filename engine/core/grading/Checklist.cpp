#include "core/grading/Checklist.hpp"

#include "core/text/CodePoints.hpp"
#include "core/text/Unicode.hpp"

#include <algorithm>
#include <array>
#include <unicode/uchar.h>

namespace kompis::core::grading
{
namespace
{

// Openings of a message in Swedish and Norwegian, folded; a text passes when its first words are
// one of these. Both languages are always accepted: a learner of one may write "Hei".
constexpr auto kGreetings =
    std::to_array<std::string_view>({"hej",        "hejsan",  "hallå",      "tjena",
                                     "god morgon", "god dag", "goddag",     "god eftermiddag",
                                     "god kväll",  "kära",    "bästa",      "hei",
                                     "heisann",    "hallo",   "god morgen", "god ettermiddag",
                                     "god kveld",  "kjære",   "hi",         "hello"});

// Sign-offs and thanks, folded. On a line of its own such a word starts with a capital like a
// name does, yet a message that ends "Hälsningar" or "Tack!" is not signed.
constexpr auto kClosings = std::to_array<std::string_view>(
    {"hälsningar", "hälsning", "hälsn", "mvh", "vh", "tack", "tackar", "kram", "kramar", "vänligen",
     "hej", "hejdå", "hilsen", "hilsener", "takk", "klem", "hei"});

std::vector<std::string> foldedWords(std::string_view text, const std::string& locale)
{
    const std::string normal = text::nfc(text);
    std::vector<std::string> words;
    for (const auto& [begin, end] : text::wordSpans(normal, locale))
        words.push_back(text::foldCase(std::string_view(normal).substr(begin, end - begin)));
    return words;
}

bool startsWith(const std::vector<std::string>& words, const std::vector<std::string>& phrase)
{
    return !phrase.empty() && phrase.size() <= words.size() &&
           std::equal(phrase.begin(), phrase.end(), words.begin());
}

bool containsPhrase(const std::vector<std::string>& words, const std::vector<std::string>& phrase)
{
    return !phrase.empty() &&
           std::search(words.begin(), words.end(), phrase.begin(), phrase.end()) != words.end();
}

bool endsWithName(std::string_view text, const std::string& locale)
{
    const std::string normal = text::nfc(text);
    const auto spans = text::wordSpans(normal, locale);
    if (spans.empty())
        return false;
    const auto [begin, end] = spans.back();
    const std::string last = text::foldCase(std::string_view(normal).substr(begin, end - begin));
    if (std::find(kClosings.begin(), kClosings.end(), last) != kClosings.end())
        return false;
    bool first = true, name = false;
    text::forEachCodePoint(std::string_view(normal).substr(begin, end - begin),
                           [&](char32_t c, std::size_t, std::size_t)
                           {
                               const auto point = static_cast<UChar32>(c);
                               name = first ? (u_isupper(point) || u_istitle(point))
                                            : name && u_isalpha(point);
                               first = false;
                               return name;
                           });
    return name;
}

} // namespace

int wordCount(std::string_view text, const std::string& locale)
{
    return int(text::wordSpans(text::nfc(text), locale).size());
}

bool passes(const AutoCheck& check, std::string_view text, const std::string& locale)
{
    switch (check.kind)
    {
    case AutoCheck::Kind::Contains:
    {
        const auto words = foldedWords(text, locale);
        return std::any_of(check.words.begin(), check.words.end(),
                           [&](const std::string& w)
                           { return containsPhrase(words, foldedWords(w, locale)); });
    }
    case AutoCheck::Kind::WordCount:
    {
        const int count = wordCount(text, locale);
        return count >= check.minWords && (check.maxWords == 0 || count <= check.maxWords);
    }
    case AutoCheck::Kind::StartsWithGreeting:
    {
        const auto words = foldedWords(text, locale);
        return std::any_of(kGreetings.begin(), kGreetings.end(),
                           [&](std::string_view greeting)
                           { return startsWith(words, foldedWords(greeting, locale)); });
    }
    case AutoCheck::Kind::EndsWithName:
        return endsWithName(text, locale);
    }
    return false;
}

std::vector<std::optional<bool>> checklistHints(const WriteTask& task, std::string_view text,
                                                const std::string& locale)
{
    std::vector<std::optional<bool>> hints;
    for (const auto& point : task.checklist)
        hints.push_back(point.check ? std::optional<bool>(passes(*point.check, text, locale))
                                    : std::nullopt);
    return hints;
}

} // namespace kompis::core::grading
