#include "Samples.hpp"
#include "core/text/VisualCaret.hpp"
#include "ui/text/LineCarets.hpp"
#include "ui/text/ParagraphLayout.hpp"
#include "ui/text/TextEngine.hpp"

#include <catch2/catch.hpp>

using namespace kompis::ui::text;
using namespace kompis::test::samples;
using kompis::core::text::Direction;

namespace
{

/// The glyph showing the character at byte `offset`, or null.
const PositionedGlyph* glyphAt(const TextLine& line, std::size_t offset)
{
    for (const auto& glyph : line.glyphs)
        if (glyph.cluster == offset)
            return &glyph;
    return nullptr;
}

const TextLine* lineHolding(const TextLayout& layout, std::size_t offset)
{
    for (const auto& line : layout.lines)
        if (offset >= line.begin && offset < line.end)
            return &line;
    return nullptr;
}

} // namespace

TEST_CASE("a long Arabic sentence wraps into lines no wider than the box, right aligned",
          "[text][layout]")
{
    FontChain fonts;
    const std::string text = kArabic + " " + kArabic + " " + kArabic;
    const auto layout = layoutText(fonts, {text, 200, 20, false, Direction::Auto, "ar"});
    REQUIRE(layout.lines.size() >= 2);
    CHECK(layout.rightToLeft);
    std::size_t covered = 0;
    for (const TextLine& line : layout.lines)
    {
        CHECK(line.begin == covered); // every byte on exactly one line, in order
        covered = line.end;
        CHECK(line.width <= 200.0f);
        CHECK(line.width > 0.0f);
        CHECK(line.rightToLeft);
        CHECK(alignedX(line, 200, Align::Start) == Approx(200 - line.width));
    }
    CHECK(covered == text.size());
    // The first word of the text sits at the right end of the first line.
    const TextLine& first = layout.lines.front();
    CHECK(glyphAt(first, 0)->x > first.width / 2);
}

TEST_CASE("a word wider than the box is cut between letters instead of overflowing",
          "[text][layout]")
{
    FontChain fonts;
    const auto layout =
        layoutText(fonts, {"Arbetsmiljöverket", 60, 20, false, Direction::Auto, "sv"});
    REQUIRE(layout.lines.size() >= 3);
    for (const auto& line : layout.lines)
        CHECK(line.width <= 60.0f);
}

TEST_CASE("a newline starts a new paragraph with its own direction", "[text][layout]")
{
    FontChain fonts;
    const auto layout =
        layoutText(fonts, {"Hej!\n" + kArabic, 0, 20, false, Direction::Auto, "sv"});
    REQUIRE(layout.lines.size() == 2);
    CHECK_FALSE(layout.lines[0].rightToLeft);
    CHECK(layout.lines[0].visibleEnd == 4); // the newline is not drawn
    CHECK(layout.lines[1].rightToLeft);
    CHECK(layout.height == Approx(layout.lines[0].height() + layout.lines[1].height()));
}

TEST_CASE("the isolated Swedish quote keeps its full stop after Malmö when the instruction wraps",
          "[text][layout][bidi]")
{
    FontChain fonts;
    const auto check = [&fonts](const std::string& text)
    {
        const auto layout = layoutText(fonts, {text, 260, 20, false, Direction::Auto, "ar"});
        REQUIRE(layout.lines.size() >= 2);
        const std::size_t stop = text.rfind('.');
        const std::size_t o = text.rfind("ö"); // the last letter of Malmö
        const TextLine* line = lineHolding(layout, stop);
        REQUIRE(line != nullptr);
        REQUIRE(lineHolding(layout, o) == line);
        const PositionedGlyph* full = glyphAt(*line, stop);
        const PositionedGlyph* letter = glyphAt(*line, o);
        REQUIRE(full != nullptr);
        REQUIRE(letter != nullptr);
        return full->x - (letter->x + letter->advance);
    };
    // Isolated: the full stop follows ö directly, on the quote's side.
    CHECK(std::abs(check(mixedInstruction())) < 1.0f);
    // Not isolated, the full stop takes the Arabic paragraph's direction and lands far left.
    CHECK(check(kInstruction + kQuote) < -20.0f);
}

TEST_CASE("Latin text opens only the sans serif; other scripts' fonts wait until needed",
          "[text][layout][fonts]")
{
    FontChain fonts;
    (void)layoutText(fonts, {"Hej, jag heter Sara.", 0, 18, false, Direction::Auto, "sv"});
    CHECK(fonts.openedCount() == 1);
    (void)layoutText(fonts, {kArabic, 0, 18, false, Direction::Auto, "ar"});
    CHECK(fonts.openedCount() == 2);
}

TEST_CASE("a laid-out text comes from the cache the second time, the same object",
          "[text][layout][cache]")
{
    TextEngine engine;
    const LayoutRequest request{kPersianZwnj, 300, 18, false, Direction::Auto, "fa"};
    const auto first = engine.layout(request);
    const auto second = engine.layout(request);
    CHECK(first == second);
    CHECK(engine.cacheHits() == 1);
    CHECK(engine.cacheMisses() == 1);
    auto wider = request;
    wider.maxWidth = 400;
    CHECK(engine.layout(wider) != first);
}

TEST_CASE("every glyph's cluster points at a character of its own line", "[text][layout]")
{
    FontChain fonts;
    const std::string text = mixedInstruction() + " " + kTigrinya;
    const auto layout = layoutText(fonts, {text, 250, 18, false, Direction::Auto, "ar"});
    for (const auto& line : layout.lines)
        for (const auto& glyph : line.glyphs)
        {
            CHECK(glyph.cluster >= line.begin);
            CHECK(glyph.cluster < line.visibleEnd);
            // A cluster starts a UTF-8 character: never a continuation byte.
            CHECK((static_cast<unsigned char>(text[glyph.cluster]) & 0xC0) != 0x80);
        }
}

TEST_CASE("clicking past the right end of an Arabic line puts the caret before its first letter",
          "[text][caret]")
{
    FontChain fonts;
    const auto layout = layoutText(fonts, {kArabic, 0, 20, false, Direction::Auto, "ar"});
    const TextLine& line = layout.lines.front();
    const auto carets = lineCarets(kArabic, line);
    CHECK(carets.x.back() == Approx(line.width));
    CHECK(caretNearest(carets, line.width + 30).offset == 0);
    CHECK(caretNearest(carets, -30).offset == kArabic.size());
    // The Left arrow from the start moves onto the second letter, to the left on screen.
    const auto start = kompis::core::text::caretAt(carets.slots, 0);
    REQUIRE(start);
    const auto next = kompis::core::text::caretLeft(carets.slots, *start);
    REQUIRE(next);
    CHECK(next->offset == 2);
    CHECK(carets.x[next->slot] < carets.x[start->slot]);
}

TEST_CASE("broken or odd text lays out without crashing, every byte on a line",
          "[text][layout][robust]")
{
    FontChain fonts;
    const std::string odd[] = {
        "",
        "\n\n",
        "a\xFF\xFE"
        "b",                                  // ill-formed UTF-8
        "\xE2\x81\xA9\xE2\x81\xA9 stray PDI", // isolate ends with no start
        "\xE2\x81\xA8 open FSI " + kArabic,   // isolate never closed
        std::string(300, 'x'),
        "\xCC\x8A"
        "starts with a combining ring",
        "\t \xE2\x80\x8C\xE2\x80\x8C", // tabs, spaces and ZWNJs only
    };
    for (const std::string& text : odd)
    {
        INFO("text: " << text);
        for (const float width : {0.0f, 1.0f, 50.0f})
        {
            const auto layout = layoutText(fonts, {text, width, 16, false, Direction::Auto, "sv"});
            REQUIRE_FALSE(layout.lines.empty());
            std::size_t covered = 0;
            for (const auto& line : layout.lines)
            {
                CHECK(line.begin == covered);
                CHECK(line.visibleEnd <= line.end);
                covered = line.end;
            }
            CHECK(covered == text.size());
        }
    }
}

TEST_CASE("with no fonts installed text still lays out, empty, instead of crashing",
          "[text][layout][fonts]")
{
    FontChain fonts({"/nonexistent-kompis-fonts"});
    CHECK(fonts.paths().empty());
    const auto layout =
        layoutText(fonts, {kArabic + " Hej", 100, 16, false, Direction::Auto, "ar"});
    REQUIRE_FALSE(layout.lines.empty());
    for (const auto& line : layout.lines)
        CHECK(line.glyphs.empty());
}
