// Typed answers of real learners of Swedish and Norwegian, and what the grader must say to them.
#include "ItemBuilders.hpp"
#include "core/grading/Grader.hpp"

#include <catch2/catch.hpp>
#include <optional>

using namespace kompis;
using core::DifferenceKind;
using core::Outcome;

namespace
{

struct TypedCase
{
    const char* why;
    std::vector<std::string> accepted;
    std::string given;
    Outcome outcome;
    std::optional<DifferenceKind> kind = std::nullopt; ///< the first difference, if any is expected
    std::string expectedLetter = {};                   ///< for Nordic-letter differences
    std::string givenLetter = {};
};

const std::string aRing = "\xC3\xA5";  // å
const std::string aUml = "\xC3\xA4";   // ä
const std::string oUml = "\xC3\xB6";   // ö
const std::string oSlash = "\xC3\xB8"; // ø
const std::string ae = "\xC3\xA6";     // æ

const std::vector<TypedCase> kCases = {
    // Right: normalisation must not punish what does not matter.
    {"letter case is ignored", {"Jag heter Omar"}, "jag heter omar", Outcome::Right},
    {"a final full stop is ignored", {"Jag heter Omar."}, "Jag heter Omar", Outcome::Right},
    {"extra spaces and an exclamation mark are ignored",
     {"Jag heter Omar"},
     "  Jag   heter  Omar!  ",
     Outcome::Right},
    {"a question mark is ignored",
     {"Var ligger fikarummet?"},
     "var ligger fikarummet",
     Outcome::Right},
    {"a decomposed å equals the composed one", {"p" + aRing}, "pa\xCC\x8A", Outcome::Right},
    {"a decomposed ö in Malmö equals the composed one",
     {"Malm" + oUml},
     "Malmo\xCC\x88",
     Outcome::Right},
    {"capital Nordic letters fold to small ones",
     {"sm" + oUml + "rg" + aRing + "s"},
     "SM\xC3\x96RG\xC3\x85S",
     Outcome::Right},
    {"any listed alternative is right", {"jobbar", "arbetar"}, "arbetar", Outcome::Right},
    {"a digit may be an accepted alternative", {"sju", "7"}, "7", Outcome::Right},
    {"guillemets and straight quotes are the same",
     {"Hon s" + aUml + "ger \"hej\""},
     "Hon s" + aUml + "ger \xC2\xABhej\xC2\xBB",
     Outcome::Right},
    {"curly and single quotes are the same",
     {"Hon s" + aUml + "ger \xE2\x80\x9Dhej\xE2\x80\x9D"},
     "Hon s" + aUml + "ger 'hej'",
     Outcome::Right},
    {"a missing comma is not a mistake",
     {"Hej, jag heter Anna"},
     "Hej jag heter Anna",
     Outcome::Right},
    {"a Norwegian sentence with a final stop",
     {"Jeg heter Kari"},
     "jeg heter kari.",
     Outcome::Right},
    {"Swedish time expression", {"halv " + aRing + "tta"}, "Halv " + aRing + "tta", Outcome::Right},
    {"e-post written with a typographic hyphen", {"e-post"}, "e\xE2\x80\x91post", Outcome::Right},
    {"a soft hyphen pasted inside sjuksköterska is invisible",
     {"sjuksk" + oUml + "terska"},
     "sjuk\xC2\xADsk" + oUml + "terska",
     Outcome::Right},
    {"a narrow no-break space in a Norwegian phrase counts as a space",
     {"god morgen"},
     "god\xE2\x80\xAFmorgen",
     Outcome::Right},
    {"a non-breaking space counts as a space",
     {"klockan sju"},
     "klockan\xC2\xA0sju",
     Outcome::Right},
    {"nynorsk is accepted when listed and named",
     {"nb:ikke", "nn:ikkje"},
     "ikkje",
     Outcome::Right,
     DifferenceKind::OtherStandard},
    {"bokmål first needs no remark", {"nb:ikke", "nn:ikkje"}, "ikke", Outcome::Right},
    {"fika stays fika", {"fika"}, "Fika", Outcome::Right},

    // A missing or swapped Nordic letter is never silently right.
    {"på typed as pa",
     {"p" + aRing},
     "pa",
     Outcome::Almost,
     DifferenceKind::NordicLetter,
     aRing,
     "a"},
    {"är typed as ar",
     {aUml + "r"},
     "ar",
     Outcome::Almost,
     DifferenceKind::NordicLetter,
     aUml,
     "a"},
    {"öppet typed as oppet",
     {oUml + "ppet"},
     "oppet",
     Outcome::Almost,
     DifferenceKind::NordicLetter,
     oUml,
     "o"},
    {"måndag typed the Norwegian way",
     {"m" + aRing + "ndag"},
     "mandag",
     Outcome::Almost,
     DifferenceKind::NordicLetter,
     aRing,
     "a"},
    {"Norwegian først typed with a Swedish ö",
     {"f" + oSlash + "rst"},
     "f" + oUml + "rst",
     Outcome::Almost,
     DifferenceKind::NordicLetter,
     oSlash,
     oUml},
    {"Norwegian være typed with a Swedish ä",
     {"v" + ae + "re"},
     "v" + aUml + "re",
     Outcome::Almost,
     DifferenceKind::NordicLetter,
     ae,
     aUml},
    {"Norwegian være typed with ae",
     {"v" + ae + "re"},
     "vaere",
     Outcome::Almost,
     DifferenceKind::NordicLetter,
     ae,
     "ae"},
    {"Norwegian først spelt foerst on a keyboard without ø",
     {"f" + oSlash + "rst"},
     "foerst",
     Outcome::Almost,
     DifferenceKind::NordicLetter,
     oSlash,
     "oe"},
    {"Norwegian på spelt paa the old way",
     {"p" + aRing},
     "paa",
     Outcome::Almost,
     DifferenceKind::NordicLetter,
     aRing,
     "aa"},
    {"Swedish mötet spelt moetet",
     {"m" + oUml + "tet"},
     "moetet",
     Outcome::Almost,
     DifferenceKind::NordicLetter,
     oUml,
     "oe"},
    {"Swedish Växjö spelt Vaexjoe",
     {"V" + aUml + "xj" + oUml},
     "Vaexjoe",
     Outcome::Almost,
     DifferenceKind::NordicLetter,
     aUml,
     "ae"},
    {"Swedish läkare typed with a Norwegian æ",
     {"l" + aUml + "kare"},
     "l" + ae + "kare",
     Outcome::Almost,
     DifferenceKind::NordicLetter,
     aUml,
     ae},
    {"Swedish höger typed with a Norwegian ø",
     {"h" + oUml + "ger"},
     "h" + oSlash + "ger",
     Outcome::Almost,
     DifferenceKind::NordicLetter,
     oUml,
     oSlash},
    {"Norwegian møte typed without ø",
     {"m" + oSlash + "te"},
     "mote",
     Outcome::Almost,
     DifferenceKind::NordicLetter,
     oSlash,
     "o"},
    {"Norwegian år typed as ar, even in a two-letter word",
     {aRing + "r"},
     "ar",
     Outcome::Almost,
     DifferenceKind::NordicLetter,
     aRing,
     "a"},
    {"två typed as tva",
     {"tv" + aRing},
     "tva",
     Outcome::Almost,
     DifferenceKind::NordicLetter,
     aRing,
     "a"},
    {"Göteborg typed as Goteborg",
     {"G" + oUml + "teborg"},
     "Goteborg",
     Outcome::Almost,
     DifferenceKind::NordicLetter,
     oUml,
     "o"},
    {"sjuksköterska typed without ö",
     {"sjuksk" + oUml + "terska"},
     "sjukskoterska",
     Outcome::Almost,
     DifferenceKind::NordicLetter,
     oUml,
     "o"},
    {"kött typed as kott",
     {"k" + oUml + "tt"},
     "kott",
     Outcome::Almost,
     DifferenceKind::NordicLetter,
     oUml,
     "o"},
    {"ålder typed as alder",
     {aRing + "lder"},
     "alder",
     Outcome::Almost,
     DifferenceKind::NordicLetter,
     aRing,
     "a"},
    {"Arbetsförmedlingen typed without ö",
     {"Arbetsf" + oUml + "rmedlingen"},
     "arbetsformedlingen",
     Outcome::Almost,
     DifferenceKind::NordicLetter,
     oUml,
     "o"},
    {"å typed as ä",
     {"p" + aRing},
     "p" + aUml,
     Outcome::Almost,
     DifferenceKind::NordicLetter,
     aRing,
     aUml},
    {"Norwegian lønn typed as Swedish lön: a letter and a slip",
     {"l" + oSlash + "nn"},
     "l" + oUml + "n",
     Outcome::Almost,
     DifferenceKind::NordicLetter,
     oSlash,
     oUml},
    {"sjukanmälan with a Nordic slip and a typo",
     {"sjukanm" + aUml + "lan"},
     "sjukanmalen",
     Outcome::Almost,
     DifferenceKind::NordicLetter,
     aUml,
     "a"},

    // Slips within the typo allowance are almost, with the difference shown.
    {"arbetar with one wrong letter",
     {"arbetar"},
     "arbeter",
     Outcome::Almost,
     DifferenceKind::Typo},
    {"kollega with a missing l", {"kollega"}, "kolega", Outcome::Almost, DifferenceKind::Typo},
    {"kollega with two letters swapped",
     {"kollega"},
     "kollgea",
     Outcome::Almost,
     DifferenceKind::Typo},
    {"jobbar with a missing b", {"jobbar"}, "jobar", Outcome::Almost, DifferenceKind::Typo},
    {"arbetsplatsen with a missing e",
     {"arbetsplatsen"},
     "arbetsplatsn",
     Outcome::Almost,
     DifferenceKind::Typo},
    {"semester with a missing e", {"semester"}, "semster", Outcome::Almost, DifferenceKind::Typo},
    {"a long word may have two slips",
     {"anst" + aUml + "llningsavtal"},
     "anst" + aUml + "lningsavtl",
     Outcome::Almost,
     DifferenceKind::Typo},
    {"but not three",
     {"anst" + aUml + "llningsavtal"},
     "anstlningsavtl",
     Outcome::Wrong,
     DifferenceKind::WrongPart},
    {"arbeidsgiver missing an i",
     {"arbeidsgiver"},
     "arbedsgiver",
     Outcome::Almost,
     DifferenceKind::Typo},
    {"sykmelding with an extra e",
     {"sykmelding"},
     "sykemelding",
     Outcome::Almost,
     DifferenceKind::Typo},
    {"egenmelding missing its last letter",
     {"egenmelding"},
     "egenmeldin",
     Outcome::Almost,
     DifferenceKind::Typo},
    {"kaffe with one f", {"kaffe"}, "kafe", Outcome::Almost, DifferenceKind::Typo},
    {"tack with a missing c: four letters allow one slip",
     {"tack"},
     "tak",
     Outcome::Almost,
     DifferenceKind::Typo},
    {"bære typed with e: not a Nordic pair but a slip",
     {"b" + ae + "re"},
     "bere",
     Outcome::Almost,
     DifferenceKind::Typo},
    {"a whole sentence with one slip",
     {"Jag jobbar p" + aRing + " ett lager"},
     "Jag jobbar p" + aRing + " ett lagr",
     Outcome::Almost,
     DifferenceKind::Typo},

    // Too far away is wrong, and short words allow no slip.
    {"bil typed as bill: three letters allow no slip",
     {"bil"},
     "bill",
     Outcome::Wrong,
     DifferenceKind::WrongPart},
    {"hej typed as hey", {"hej"}, "hey", Outcome::Wrong, DifferenceKind::WrongPart},
    {"tack typed as tk", {"tack"}, "tk", Outcome::Wrong, DifferenceKind::WrongPart},
    {"jobbar is not jobbade", {"jobbar"}, "jobbade", Outcome::Wrong, DifferenceKind::WrongPart},
    {"another verb is wrong", {"jobbar"}, "arbetar", Outcome::Wrong, DifferenceKind::WrongPart},
    {"en is not ett", {"en"}, "ett", Outcome::Wrong, DifferenceKind::WrongPart},
    {"Swedish och in a Norwegian answer", {"og"}, "och", Outcome::Wrong, DifferenceKind::WrongPart},
    {"Swedish jag for Norwegian jeg", {"jeg"}, "jag", Outcome::Wrong, DifferenceKind::WrongPart},
    {"V2: Idag jag jobbar is a different sentence",
     {"I dag jobbar jag"},
     "I dag jag jobbar",
     Outcome::Wrong,
     DifferenceKind::WrongPart},

    // More answers from real lessons: phone calls, sick days, payslips, both languages.
    {"Swedish phone greeting",
     {"Hej, det " + aUml + "r Omar"},
     "hej det " + aUml + "r omar",
     Outcome::Right},
    {"calling in sick, Swedish",
     {"Jag " + aUml + "r sjuk i dag"},
     "jag ar sjuk i dag",
     Outcome::Almost,
     DifferenceKind::NordicLetter,
     aUml,
     "a"},
    {"calling in sick, Norwegian",
     {"Jeg er syk i dag"},
     "Jeg er syk idag",
     Outcome::Almost,
     DifferenceKind::Typo},
    {"i dag and idag are both listed", {"i dag", "idag"}, "idag", Outcome::Right},
    {"Norwegian egenmelding is not Swedish sjukanmälan",
     {"egenmelding"},
     "sjukanm" + aUml + "lan",
     Outcome::Wrong,
     DifferenceKind::WrongPart},
    {"payslip word with a doubled letter",
     {"l" + oUml + "nespecifikation"},
     "l" + oUml + "nespeccifikation",
     Outcome::Almost,
     DifferenceKind::Typo},
    {"skattekort with a missing t",
     {"skattekort"},
     "skatekort",
     Outcome::Almost,
     DifferenceKind::Typo},
    {"semester written the Norwegian way (ferie) is wrong in Swedish",
     {"semester"},
     "ferie",
     Outcome::Wrong,
     DifferenceKind::WrongPart},
    {"Norwegian hvordan written the Swedish way",
     {"hvordan"},
     "hur",
     Outcome::Wrong,
     DifferenceKind::WrongPart},
    {"Norwegian tjue typed as Swedish tjugo",
     {"tjue"},
     "tjugo",
     Outcome::Wrong,
     DifferenceKind::WrongPart},
    {"kvart över tre without ö",
     {"kvart " + oUml + "ver tre"},
     "kvart over tre",
     Outcome::Almost,
     DifferenceKind::NordicLetter,
     oUml,
     "o"},
    {"Norwegian kvart over tre is right as written",
     {"kvart over tre"},
     "Kvart over tre.",
     Outcome::Right},
    {"skyddsskor with a slip", {"skyddsskor"}, "skydsskor", Outcome::Almost, DifferenceKind::Typo},
    {"verneutstyr with ø for e is two slips in a long word",
     {"verneutstyr"},
     "verneutstyret",
     Outcome::Almost,
     DifferenceKind::Typo},
    {"a whole Norwegian sentence with Swedish letters",
     {"Jeg m" + aRing + " g" + aRing + " til legen"},
     "Jeg m" + aRing + " g" + aRing + " til l" + aUml + "gen",
     Outcome::Almost,
     DifferenceKind::Typo},
    {"decomposed ø (o + stroke is not a decomposition) is still a Nordic slip",
     {"f" + oSlash + "r"},
     "for",
     Outcome::Almost,
     DifferenceKind::NordicLetter,
     oSlash,
     "o"},

    // Nothing typed.
    {"an empty answer", {"hej"}, "", Outcome::Wrong, DifferenceKind::MissingPart},
    {"only spaces", {"hej"}, "   ", Outcome::Wrong, DifferenceKind::MissingPart},
    {"only punctuation", {"hej"}, "?!", Outcome::Wrong, DifferenceKind::MissingPart},
    {"a Latin-1 byte instead of UTF-8 å is wrong, not a crash",
     {"p" + aRing},
     "p\xE5",
     Outcome::Wrong,
     DifferenceKind::WrongPart},
};

} // namespace

TEST_CASE("typed Swedish and Norwegian answers are graded as a teacher would", "[grading]")
{
    REQUIRE(kCases.size() >= 80);
    for (const auto& c : kCases)
        DYNAMIC_SECTION(c.why << ": \"" << c.given << "\"")
        {
            // Every almost or wrong case says what kind of difference the learner is shown.
            REQUIRE((c.outcome == Outcome::Right || c.kind.has_value()));
            const auto item = test::typed(c.accepted);
            const auto result = core::grade(item, test::texts({c.given}));
            CHECK(result.outcome == c.outcome);
            CHECK(result.points == Approx(c.outcome == Outcome::Right    ? 1.0
                                          : c.outcome == Outcome::Almost ? 0.5
                                                                         : 0.0));
            if (c.kind)
            {
                REQUIRE_FALSE(result.differences.empty());
                CHECK(result.differences.front().kind == *c.kind);
            }
            else
                CHECK(result.differences.empty());
            if (!c.expectedLetter.empty())
            {
                CHECK(result.differences.front().expected == c.expectedLetter);
                CHECK(result.differences.front().given == c.givenLetter);
            }
        }
}

TEST_CASE("a Nordic-letter difference says which letter and where it is", "[grading]")
{
    const auto item = test::typed({"Jag bor i G\xC3\xB6teborg"});
    const auto result = core::grade(item, test::texts({"jag bor i goteborg"}));
    REQUIRE(result.outcome == Outcome::Almost);
    REQUIRE(result.differences.size() == 1);
    CHECK(result.differences[0].position == 11); // graphemes of the learner's normalised text
    CHECK(core::describeDifference(result.differences[0]) == "the letter \xC3\xB6 is written o");
    CHECK(result.expected == "Jag bor i G\xC3\xB6teborg");
}

TEST_CASE("the answer in the other written standard is right and names that standard", "[grading]")
{
    const auto item = test::typed({"nb:ikke", "nn:ikkje"});
    const auto result = core::grade(item, test::texts({"ikkje"}));
    CHECK(result.outcome == Outcome::Right);
    CHECK(result.standardUsed == "nn");
    CHECK(core::describeDifference(result.differences.at(0)).find("nn") != std::string::npos);
}

TEST_CASE("an anticipated mistake gets the author's feedback and points", "[grading]")
{
    core::Mistake ettBil{"ett", test::en("bil is an en-word: en bil."), 0};
    core::Mistake halfRight{"jobba", test::en("Use the present tense: jobbar."), 0.5};
    const auto item = test::typed({"en"}, {ettBil, halfRight});

    auto result = core::grade(item, test::texts({"ETT"}));
    CHECK(result.outcome == Outcome::Wrong);
    CHECK(result.differences.at(0).kind == DifferenceKind::AnticipatedMistake);
    CHECK(result.feedback.pick("en") == "bil is an en-word: en bil.");
    CHECK(result.points == 0);

    result = core::grade(item, test::texts({"jobba"}));
    CHECK(result.outcome == Outcome::Almost);
    CHECK(result.points == Approx(0.5));
    CHECK(result.feedback.pick("en") == "Use the present tense: jobbar.");
}

TEST_CASE("an item that compares case makes a case slip almost", "[grading]")
{
    const auto swedishWeekday = test::typed({"m\xC3\xA5ndag"}, {}, true);
    auto result = core::grade(swedishWeekday, test::texts({"M\xC3\xA5ndag"}));
    CHECK(result.outcome == Outcome::Almost);
    CHECK(result.differences.at(0).kind == DifferenceKind::Case);

    const auto country = test::typed({"Sverige"}, {}, true);
    CHECK(core::grade(country, test::texts({"Sverige"})).outcome == Outcome::Right);
    CHECK(core::grade(country, test::texts({"sverige"})).outcome == Outcome::Almost);
}

TEST_CASE("typo tolerance can be switched off", "[grading]")
{
    core::GradingPolicy strict;
    strict.allowTypos = false;
    const auto item = test::typed({"kollega"});
    CHECK(core::grade(item, test::texts({"kolega"}), strict).outcome == Outcome::Wrong);
    // Nordic letters stay "almost" even then: they are a letter, not a slip.
    const auto pa = test::typed({"p\xC3\xA5"});
    CHECK(core::grade(pa, test::texts({"pa"}), strict).outcome == Outcome::Almost);
}

TEST_CASE("a gap fill scores each gap and says which gap differed", "[grading]")
{
    core::Mistake ett{"ett", test::en("bil is an en-word."), 0};
    const auto item = test::gaps({test::key({"en"}, {ett}), test::key({"jobbar", "arbetar"})}, 2);

    auto result = core::grade(item, test::texts({"en", "arbetar"}));
    CHECK(result.outcome == Outcome::Right);
    CHECK(result.points == Approx(2));

    result = core::grade(item, test::texts({"en", "jobar"}));
    CHECK(result.outcome == Outcome::Almost);
    CHECK(result.points == Approx(1.5));
    CHECK(result.differences.at(0).part == 1);

    result = core::grade(item, test::texts({"ett", "jobbar"}));
    CHECK(result.outcome == Outcome::Wrong);
    CHECK(result.points == Approx(1));
    CHECK(result.feedback.pick("en") == "bil is an en-word.");

    result = core::grade(item, test::texts({"en"}));
    CHECK(result.outcome == Outcome::Wrong);
    CHECK(result.differences.at(0).kind == DifferenceKind::MissingPart);
    CHECK(result.differences.at(0).part == 1);
    CHECK(result.expected == "en | jobbar");
}
