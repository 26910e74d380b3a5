#include "core/text/Unicode.hpp"

#include <catch2/catch.hpp>

using namespace kompis::core;

namespace
{
const std::string kDecomposedAring = "a\xCC\x8A"; // a + COMBINING RING ABOVE
const std::string kAring = "\xC3\xA5";            // å
} // namespace

TEST_CASE("NFC turns a decomposed å into the single letter å", "[text]")
{
    CHECK(text::nfc("p" + kDecomposedAring) == "p" + kAring);
    CHECK(text::nfc("Malm\xC3\xB6") == "Malm\xC3\xB6");
}

TEST_CASE("case folding makes Å and å, and decomposed and composed forms, equal", "[text]")
{
    CHECK(text::foldCase("\xC3\x85RE") == text::foldCase(kAring + "re"));
    CHECK(text::foldCase("P" + kDecomposedAring) == text::foldCase("p" + kAring));
    CHECK(text::foldCase("Stra\xC3\x9F"
                         "e") == "strasse");
}

TEST_CASE("a letter with a combining mark counts as one grapheme", "[text]")
{
    CHECK(text::graphemeCount("p" + kDecomposedAring + "g") == 3);
    CHECK(text::graphemeCount("\xC3\xA6\xC3\xB8\xC3\xA5") == 3);
    const auto parts = text::graphemes("h" + kDecomposedAring + "r");
    REQUIRE(parts.size() == 3);
    CHECK(parts[1] == kAring);
    CHECK(text::graphemeCount("") == 0);
}

TEST_CASE("UTF-8 validation finds the first bad byte and rejects overlongs and surrogates",
          "[text]")
{
    std::size_t bad = 99;
    CHECK(text::validUtf8("sm\xC3\xB6rg\xC3\xA5s"));
    CHECK_FALSE(text::validUtf8("sm\xF6rg", &bad));
    CHECK(bad == 2);
    CHECK_FALSE(text::validUtf8("\xC0\xAF", &bad)); // overlong '/'
    CHECK(bad == 0);
    CHECK_FALSE(text::validUtf8("ok\xED\xA0\x80", &bad)); // a UTF-16 surrogate
    CHECK(bad == 2);
    CHECK_FALSE(text::validUtf8("\xF4\x90\x80\x80"));  // past U+10FFFF
    CHECK_FALSE(text::validUtf8("abc\xE2\x82", &bad)); // truncated
    CHECK(bad == 3);
}

TEST_CASE("invalid UTF-8 is replaced, never crashed on", "[text]")
{
    CHECK(text::nfc("a\xFF"
                    "b") == "a\xEF\xBF\xBD"
                            "b");
    CHECK(text::graphemeCount("\xFF\xFE") == 2);
    CHECK(text::lineBreakOpportunities("a \xFF b", "sv").empty());
}

TEST_CASE("line breaks fall between words, never inside one", "[text]")
{
    const std::string sentence = "Jag börjar klockan sju på måndag.";
    const auto breaks = text::lineBreakOpportunities(sentence, "sv");
    REQUIRE_FALSE(breaks.empty());
    for (const auto at : breaks)
    {
        INFO("break at byte " << at);
        CHECK(sentence[at - 1] == ' ');
    }
    CHECK(breaks.size() == 5);
    CHECK(text::lineBreakOpportunities("arbetsmiljöverket", "sv").empty());
}

TEST_CASE("a hyphenated compound may break after its hyphen", "[text]")
{
    const std::string word = "HMS-ansvarlig";
    const auto breaks = text::lineBreakOpportunities(word, "nb");
    REQUIRE(breaks.size() == 1);
    CHECK(word.substr(breaks[0]) == "ansvarlig");
}

TEST_CASE("Swedish collation puts å ä ö after z, in that order", "[text]")
{
    std::vector<std::string> words{"\xC3\xB6ra", "zebra", "\xC3\xA4pple", "\xC3\xA5r", "apa"};
    text::sortCollated(words, "sv");
    CHECK(words ==
          std::vector<std::string>{"apa", "zebra", "\xC3\xA5r", "\xC3\xA4pple", "\xC3\xB6ra"});
    CHECK(text::collate("\xC3\xA5", "z", "sv") > 0);
}

TEST_CASE("Norwegian collation puts æ ø å after z, in that order", "[text]")
{
    std::vector<std::string> words{"\xC3\xA5r", "\xC3\xB8l", "zoo", "\xC3\xA6re", "bil"};
    text::sortCollated(words, "nb");
    CHECK(words == std::vector<std::string>{"bil", "zoo", "\xC3\xA6re", "\xC3\xB8l", "\xC3\xA5r"});
    CHECK(text::collate("\xC3\xA5", "\xC3\xB8", "nb") > 0);
    CHECK(text::collate("\xC3\xA5", "\xC3\xB8", "sv") < 0);
}

TEST_CASE("word spans cover the words and skip spaces and punctuation", "[text]")
{
    const std::string sentence = "Hej, jag heter Åsa!";
    const auto spans = text::wordSpans(sentence, "sv");
    REQUIRE(spans.size() == 4);
    CHECK(sentence.substr(spans[3].first, spans[3].second - spans[3].first) == "\xC3\x85sa");
}

TEST_CASE("the first letter of a sentence is capitalised however it is encoded", "[text]")
{
    CHECK(text::capitaliseFirst(kAring + "ker", "sv") == "\xC3\x85ker");
    CHECK(text::capitaliseFirst(kDecomposedAring + "ker", "sv") == "\xC3\x85ker");
    CHECK(text::capitaliseFirst("", "sv").empty());
}
