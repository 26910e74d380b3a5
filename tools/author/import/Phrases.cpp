#include "import/Phrases.hpp"

#include <array>
#include <map>

namespace kompis::author::import
{

namespace
{

struct Wording
{
    const char* en;
    const char* sv;
    const char* nb;
    const char* nn;
};

// Indexed by Phrase. Quotation marks are part of the wording: ”…” in Swedish, «…» in Norwegian.
constexpr std::array<Wording, 13> kWordings = {{
    {"Words", "Ord", "Ord", "Ord"},
    {"Which word means “%”?", "Vilket ord betyder ”%”?", "Hvilket ord betyr «%»?",
     "Kva for eit ord tyder «%»?"},
    {"Which word fits this description: “%”?", "Vilket ord passar till beskrivningen ”%”?",
     "Hvilket ord passer til beskrivelsen «%»?", "Kva for eit ord passar til skildringa «%»?"},
    {"Write the word for “%”.", "Skriv ordet för ”%”.", "Skriv ordet for «%».",
     "Skriv ordet for «%»."},
    {"Write the word that fits this description: “%”.",
     "Skriv ordet som passar till beskrivningen ”%”.",
     "Skriv ordet som passer til beskrivelsen «%».", "Skriv ordet som passar til skildringa «%»."},
    {"Match the words with their meanings.", "Para ihop orden med deras betydelser.",
     "Koble ordene til betydningene.", "Kople orda til tydingane."},
    {"Right!", "Rätt!", "Riktig!", "Rett!"},
    {"The answer is: %", "Svaret är: %", "Svaret er: %", "Svaret er: %"},
    {"True or false?", "Sant eller falskt?", "Sant eller usant?", "Sant eller usant?"},
    {"Fill in the gap.", "Fyll i luckan.", "Fyll inn ordet som mangler.",
     "Fyll inn ordet som manglar."},
    {"Partly right.", "Delvis rätt.", "Delvis riktig.", "Delvis rett."},
    {"Not right.", "Inte rätt.", "Ikke riktig.", "Ikkje rett."},
    {"The word takes the article “%”.", "Ordet har artikeln ”%”.", "Ordet har artikkelen «%».",
     "Ordet har artikkelen «%»."},
}};

} // namespace

core::LocalText phrase(Phrase which, const std::vector<core::LangTag>& languages,
                       std::string_view value)
{
    const auto& wording = kWordings[static_cast<std::size_t>(which)];
    const std::map<std::string_view, const char*> byLang = {
        {"en", wording.en}, {"sv", wording.sv}, {"nb", wording.nb}, {"nn", wording.nn}};
    core::LocalText text;
    for (const auto& lang : languages)
    {
        const auto found = byLang.find(lang);
        if (found == byLang.end())
            continue;
        std::string out = found->second;
        if (const auto at = out.find('%'); at != std::string::npos)
            out.replace(at, 1, value);
        text.variants.emplace_back(lang, std::move(out));
    }
    return text;
}

} // namespace kompis::author::import
