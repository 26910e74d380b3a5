// Quoted words in a feedback are the language being learnt: they are found so that the
// course's voice says them, not the interface language's.
#include "core/speech/Quotes.hpp"

#include <catch2/catch.hpp>

using namespace kompis::core::speech;

namespace
{

std::string describe(const std::vector<QuotedSpan>& spans)
{
    std::string out;
    for (const auto& span : spans)
        out += (span.quoted ? "[" : "(") + span.text + (span.quoted ? "]" : ")");
    return out;
}

} // namespace

TEST_CASE("quoted words are split from the sentence around them, in every quoting style")
{
    CHECK(describe(splitQuoted("\"Var\" means where: \"Var ligger fikarummet?\"")) ==
          "[Var]( means where: )[Var ligger fikarummet?]");
    CHECK(describe(splitQuoted("Right: “en termometer”.")) == "(Right: )[en termometer]");
    CHECK(describe(splitQuoted("Oikein: ”en termometer”.")) == "(Oikein: )[en termometer]");
    CHECK(describe(splitQuoted("قل «Jag heter Anna» بهدوء")) == "(قل )[Jag heter Anna]( بهدوء)");
    CHECK(describe(splitQuoted("„Hallo“ heißt hej")) == "[Hallo]( heißt hej)");
}

TEST_CASE("text without a closing quotation mark is one unquoted run, and blank runs are left "
          "out")
{
    CHECK(describe(splitQuoted("Say: Jag heter Anna.")) == "(Say: Jag heter Anna.)");
    CHECK(describe(splitQuoted("He said \"hej and left")) == "(He said \"hej and left)");
    CHECK(describe(splitQuoted("\"Hej\".")) == "[Hej]");
    CHECK(splitQuoted("").empty());
}
