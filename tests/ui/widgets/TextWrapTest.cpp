#include "ui/TextWrap.hpp"

#include "core/text/Unicode.hpp"

#include <catch2/catch.hpp>

using kompis::ui::wrapText;

namespace
{

// Every letter (grapheme) is 10 px wide: widths are easy to reason about.
float tenPerLetter(std::string_view s)
{
    return 10.0f * float(kompis::core::text::graphemeCount(s));
}

std::string joined(const std::vector<std::string>& lines)
{
    std::string out;
    for (const auto& l : lines)
        out += (out.empty() ? "" : "|") + l;
    return out;
}

} // namespace

TEST_CASE("wrapped lines break between words and never inside one")
{
    const auto lines = wrapText("Anna börjar på ett nytt jobb i dag", 120, tenPerLetter, "sv");
    CHECK(joined(lines) == "Anna börjar|på ett nytt|jobb i dag");
    for (const auto& l : lines)
        CHECK(tenPerLetter(l) <= 120);
}

TEST_CASE("Nordic letters count as one letter each, also when written decomposed")
{
    // "på" decomposed (a + combining ring) is still two letters wide after NFC.
    const auto lines =
        wrapText(kompis::core::text::nfc("p\x61\xCC\x8A \xC3\xA5r"), 50, tenPerLetter, "sv");
    CHECK(joined(lines) == "på år");
}

TEST_CASE("a word longer than the line is cut between letters so it still fits")
{
    const auto lines = wrapText("en arbetsmiljöombud", 60, tenPerLetter, "sv");
    REQUIRE(lines.size() >= 3);
    CHECK(lines.front() == "en");
    for (const auto& l : lines)
        CHECK(tenPerLetter(l) <= 60);
    std::string all;
    for (std::size_t i = 1; i < lines.size(); ++i)
        all += lines[i];
    CHECK(all == "arbetsmiljöombud");
}

TEST_CASE("a hard line break in the text starts a new line")
{
    CHECK(joined(wrapText("Hej\nHej då", 500, tenPerLetter, "sv")) == "Hej|Hej då");
}

TEST_CASE("empty text gives no lines and short text one")
{
    CHECK(wrapText("", 100, tenPerLetter, "sv").empty());
    CHECK(wrapText("Hej", 100, tenPerLetter, "sv").size() == 1);
}
