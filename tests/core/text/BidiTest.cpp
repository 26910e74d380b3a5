#include "core/text/Bidi.hpp"

#include "core/text/Isolation.hpp"
#include "core/text/TextBoundaries.hpp"
#include "core/text/Unicode.hpp"

#include <catch2/catch.hpp>

using namespace kompis::core::text;

namespace
{
// "اكتب" (write) and "قل" (say), Arabic; "می‌خواهم" (I want), Persian with a ZWNJ
// after می.
const std::string kWrite = "\xD8\xA7\xD9\x83\xD8\xAA\xD8\xA8";
const std::string kSay = "\xD9\x82\xD9\x84";
const std::string kZwnj = "\xE2\x80\x8C";
const std::string kIWant = "\xD9\x85\xDB\x8C" + kZwnj + "\xD8\xAE\xD9\x88\xD8\xA7\xD9\x87\xD9\x85";
} // namespace

TEST_CASE("an Arabic sentence with a Swedish word runs right to left with the word left to right",
          "[text][bidi]")
{
    const std::string text = kWrite + " Hej " + kSay;
    const BidiParagraph paragraph(text, Direction::Auto);
    CHECK(paragraph.rightToLeft());
    const auto runs = paragraph.visualRuns(0, text.size());
    REQUIRE(runs.size() == 3);
    // On screen, left to right: "قل" (with the space before it, which sits between right-to-left
    // text and a right-to-left paragraph), then "Hej", then "اكتب" at the right edge.
    CHECK(text.substr(runs[0].begin, runs[0].end - runs[0].begin) == " " + kSay);
    CHECK(runs[0].rightToLeft());
    CHECK(text.substr(runs[1].begin, runs[1].end - runs[1].begin) == "Hej");
    CHECK_FALSE(runs[1].rightToLeft());
    CHECK(runs[2].begin == 0);
}

TEST_CASE("a paragraph's direction comes from its first strong letter unless one is given",
          "[text][bidi]")
{
    CHECK_FALSE(BidiParagraph("123 Hej " + kWrite, Direction::Auto).rightToLeft());
    CHECK(BidiParagraph("123 " + kWrite + " Hej", Direction::Auto).rightToLeft());
    CHECK(BidiParagraph("Hej", Direction::RightToLeft).rightToLeft());
    CHECK_FALSE(BidiParagraph("", Direction::Auto).rightToLeft());
    CHECK_FALSE(BidiParagraph("Hej", Direction::Auto).mixed());
}

TEST_CASE("a line's runs cover only that line, with its trailing space at the paragraph level",
          "[text][bidi]")
{
    const std::string text = "Hej " + kWrite + " " + kSay;
    const BidiParagraph paragraph(text, Direction::LeftToRight);
    const std::size_t secondLine = text.size() - kSay.size();
    const auto first = paragraph.visualRuns(0, secondLine);
    REQUIRE(first.size() == 3);
    CHECK(first[0] == VisualRun{0, 4, 0});
    CHECK(first[1] == VisualRun{4, 4 + kWrite.size(), 1});
    CHECK(first[2] == VisualRun{4 + kWrite.size(), secondLine, 0}); // L1: trailing space
    const auto second = paragraph.visualRuns(secondLine, text.size());
    REQUIRE(second.size() == 1);
    CHECK(second[0] == VisualRun{secondLine, text.size(), 1});
}

TEST_CASE("the first strong direction skips digits and whatever is already isolated",
          "[text][bidi]")
{
    CHECK(firstStrongDirection("Amal") == Direction::LeftToRight);
    CHECK(firstStrongDirection("12 " + kWrite) == Direction::RightToLeft);
    CHECK(firstStrongDirection("2026-11-29") == Direction::Auto);
    CHECK(firstStrongDirection(isolate("Hej") + kWrite) == Direction::RightToLeft);
}

TEST_CASE("isolating wraps text in FSI and PDI and balances stray isolate marks inside",
          "[text][bidi]")
{
    CHECK(isolate("Hej!") ==
          std::string(kFirstStrongIsolate) + "Hej!" + std::string(kPopDirectionalIsolate));
    // A stray PDI would end the isolate early and let the rest run with the sentence: dropped.
    CHECK(isolate("a" + std::string(kPopDirectionalIsolate) + "b") == isolate("ab"));
    // An unclosed isolate inside is closed before ours.
    CHECK(isolate(std::string(kFirstStrongIsolate) + "a") ==
          std::string(kFirstStrongIsolate) + std::string(kFirstStrongIsolate) + "a" +
              std::string(kPopDirectionalIsolate) + std::string(kPopDirectionalIsolate));
}

TEST_CASE("a Swedish quote isolated in an Arabic instruction keeps its full stop at its own end",
          "[text][bidi]")
{
    const std::string quote = "Jag heter Sara.";
    // A piece only views its text: the instruction must outlive the pieces.
    const std::string instruction = kSay + ": ";
    const TextPiece pieces[] = {{instruction}, {quote, true}};
    const std::string isolated = joinIsolated(pieces);
    const std::string bare = kSay + ": " + quote;
    // Without isolation the full stop is neutral between a left-to-right word and the end of a
    // right-to-left paragraph: it takes the paragraph's direction and lands at the far left.
    const BidiParagraph wrong(bare, Direction::Auto);
    CHECK(wrong.visualOrder(0, bare.size()).front() == bare.size() - 1);
    // Isolated, the quote is one left-to-right unit: "Jag heter Sara." reads in order, the full
    // stop right after "Sara".
    const BidiParagraph right(isolated, Direction::Auto);
    REQUIRE(right.rightToLeft());
    const auto order = right.visualOrder(0, isolated.size());
    const std::size_t stop = isolated.find('.');
    const auto at = std::find(order.begin(), order.end(), stop);
    REQUIRE(at != order.begin());
    CHECK(*(at - 1) == isolated.find("Sara") + 3);
}

TEST_CASE("each Swedish quotation in an Arabic instruction is isolated inside its own quotation "
          "marks",
          "[text][bidi]")
{
    const std::string text = kSay + " Lars: \"Hej! Jag heter Lars.\" " + kWrite + " Aino: \"Hej!\"";
    CHECK(isolateQuotes(text) == kSay + " Lars: \"" + isolate("Hej! Jag heter Lars.") + "\" " +
                                     kWrite + " Aino: \"" + isolate("Hej!") + "\"");
    // Guillemets and the Swedish ”…” open quotations too.
    CHECK(isolateQuotes(kSay + " \u00ABtack\u00BB") ==
          kSay + " \u00AB" + isolate("tack") + "\u00BB");
    CHECK(isolateQuotes(kSay + " \u201Dtack\u201D") ==
          kSay + " \u201D" + isolate("tack") + "\u201D");
    // Isolated, the full stop of the quote stays right after "Lars" on screen.
    const std::string isolated = isolateQuotes(text);
    const BidiParagraph paragraph(isolated, Direction::Auto);
    REQUIRE(paragraph.rightToLeft());
    const auto order = paragraph.visualOrder(0, isolated.size());
    const auto at = std::find(order.begin(), order.end(), isolated.find("Lars."));
    REQUIRE(at + 4 < order.end());
    CHECK(*(at + 4) == isolated.find("Lars.") + 4);
}

TEST_CASE("quotations are left alone in a left-to-right text, when they hold right-to-left "
          "letters, and when a quotation mark is never closed",
          "[text][bidi]")
{
    const std::string english = "Say \"Jag heter Lars.\" to Lars.";
    CHECK(isolateQuotes(english) == english);
    const std::string arabicQuote = "Lars: \"" + kSay + "\" " + kWrite;
    CHECK(isolateQuotes(arabicQuote) == arabicQuote);
    const std::string unclosed = kSay + " \"Hej";
    CHECK(isolateQuotes(unclosed) == unclosed);
    const std::string digitsOnly = kSay + " \"08:00\"";
    CHECK(isolateQuotes(digitsOnly) == digitsOnly);
}

TEST_CASE("a Persian zero-width non-joiner survives normalisation and stays in its letter",
          "[text][zwnj]")
{
    CHECK(nfc(kIWant) == kIWant);
    CHECK(foldCase(kIWant).find(kZwnj) != std::string::npos);
    const auto boundaries = graphemeBoundaries(kIWant);
    // می‌ + خ + و + ا + ه + م: the ZWNJ belongs to ی, never a caret stop of its own.
    CHECK(boundaries == std::vector<std::size_t>{0, 2, 4 + kZwnj.size(), 9, 11, 13, 15, 17});
}

TEST_CASE("line breaks are found after spaces, and a newline is a break that must be taken",
          "[text][linebreak]")
{
    const auto breaks = lineBreaks("Hej du\nVi ses", "sv");
    CHECK(breaks == std::vector<LineBreak>{{4, false}, {7, true}, {10, false}, {13, false}});
    CHECK(lineBreaks("", "sv") == std::vector<LineBreak>{{0, false}});
}

TEST_CASE("a learner's Arabic name in a Swedish sentence keeps the number after it in place",
          "[text][bidi]")
{
    const std::string name = "\xD8\xA3\xD8\xAD\xD9\x85\xD8\xAF"; // أحمد
    const auto digitBeforeName = [&name](const std::string& text)
    {
        const BidiParagraph paragraph(text, Direction::Auto);
        const auto order = paragraph.visualOrder(0, text.size());
        const auto at = [&order](std::size_t offset)
        { return std::find(order.begin(), order.end(), offset) - order.begin(); };
        return at(text.find('3')) < at(text.find(name));
    };
    // Bare, the digit after Arabic letters counts as Arabic (rule W2) and jumps left of the name.
    CHECK(digitBeforeName("Bra jobbat " + name + " 3 av 4 r\xC3\xA4tt"));
    // Isolated, the name takes its own direction and the sentence keeps its order.
    const TextPiece pieces[] = {{"Bra jobbat "}, {name, true}, {" 3 av 4 r\xC3\xA4tt"}};
    CHECK_FALSE(digitBeforeName(joinIsolated(pieces)));
}

TEST_CASE("text put into a sentence is isolated only when right-to-left letters are involved",
          "[text][bidi]")
{
    const std::string arabicName = "\xD8\xA3\xD8\xAD\xD9\x85\xD8\xAF"; // أحمد
    CHECK(containsRightToLeft(arabicName));
    CHECK_FALSE(containsRightToLeft("Hej 123 å!"));
    // Swedish into Swedish: nothing to keep apart, the text stays as it was.
    CHECK(embedIn("Rätt svar: {answer}", "hus.") == "hus.");
    // Swedish into Arabic, and an Arabic name into Swedish: each keeps its own direction.
    CHECK(embedIn("\xD8\xA7\xD9\x84\xD8\xAC\xD9\x88\xD8\xA7\xD8\xA8: {answer}", "hus.") ==
          isolate("hus."));
    CHECK(embedIn("Hej {name}!", arabicName) == isolate(arabicName));
    CHECK(withoutIsolates(isolate(arabicName) + " 3") == arabicName + " 3");
}
