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
    const char* fi;
};

// Indexed by Phrase. Quotation marks are part of the wording: ”…” in Swedish and Finnish, «…»
// in Norwegian.
constexpr std::array<Wording, 13> kWordings = {{
    {"Words", "Ord", "Ord", "Ord", "Sanat"},
    {"Which word means “%”?", "Vilket ord betyder ”%”?", "Hvilket ord betyr «%»?",
     "Kva for eit ord tyder «%»?", "Mikä sana tarkoittaa ”%”?"},
    {"Which word fits this description: “%”?", "Vilket ord passar till beskrivningen ”%”?",
     "Hvilket ord passer til beskrivelsen «%»?", "Kva for eit ord passar til skildringa «%»?",
     "Mikä sana sopii kuvaukseen ”%”?"},
    {"Write the word for “%”.", "Skriv ordet för ”%”.", "Skriv ordet for «%».",
     "Skriv ordet for «%».", "Kirjoita sana, joka tarkoittaa ”%”."},
    {"Write the word that fits this description: “%”.",
     "Skriv ordet som passar till beskrivningen ”%”.",
     "Skriv ordet som passer til beskrivelsen «%».", "Skriv ordet som passar til skildringa «%».",
     "Kirjoita sana, joka sopii kuvaukseen ”%”."},
    {"Match the words with their meanings.", "Para ihop orden med rätt betydelse.",
     "Koble ordene til riktig betydning.", "Kople orda til rett tyding.",
     "Yhdistä sanat ja niiden merkitykset."},
    {"Right!", "Rätt!", "Riktig!", "Rett!", "Oikein!"},
    {"The answer is: %", "Svaret är: %", "Svaret er: %", "Svaret er: %", "Vastaus on: %"},
    {"True or false?", "Sant eller falskt?", "Sant eller usant?", "Sant eller usant?",
     "Totta vai tarua?"},
    {"Fill in the gap.", "Fyll i luckan.", "Fyll inn ordet som mangler.",
     "Fyll inn ordet som manglar.", "Täydennä aukko."},
    {"Partly right.", "Delvis rätt.", "Delvis riktig.", "Delvis rett.", "Osittain oikein."},
    {"Not right.", "Fel.", "Feil.", "Feil.", "Väärin."},
    {"The word takes the article “%”.", "Ordet har artikeln ”%”.", "Ordet har artikkelen «%».",
     "Ordet har artikkelen «%».", "Sanan artikkeli on ”%”."},
}};

} // namespace

core::LocalText phrase(Phrase which, const std::vector<core::LangTag>& languages,
                       std::string_view value)
{
    const auto& wording = kWordings[static_cast<std::size_t>(which)];
    const std::map<std::string_view, const char*> byLang = {{"en", wording.en},
                                                            {"sv", wording.sv},
                                                            {"nb", wording.nb},
                                                            {"nn", wording.nn},
                                                            {"fi", wording.fi}};
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
