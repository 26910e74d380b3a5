#include "core/text/VisualCaret.hpp"

#include "core/text/Bidi.hpp"
#include "core/text/TextBoundaries.hpp"

#include <catch2/catch.hpp>

using namespace kompis::core::text;

namespace
{

/// Where Right arrow presses take the caret from the line's left edge (or Left presses from its
/// right edge), pressing until the other edge; offsets of the text.
std::vector<std::size_t> walk(const std::string& text, Direction base, bool right)
{
    const BidiParagraph paragraph(text, base);
    const auto runs = paragraph.visualRuns(0, text.size());
    const auto boundaries = graphemeBoundaries(text);
    const auto slots = caretSlots(runs, boundaries);
    auto caret =
        right ? Caret{slots.front().fromRight, 0} : Caret{slots.back().fromLeft, slots.size() - 1};
    std::vector<std::size_t> offsets{caret.offset};
    while (auto next = right ? caretRight(slots, caret) : caretLeft(slots, caret))
    {
        caret = *next;
        offsets.push_back(caret.offset);
    }
    return offsets;
}

// "سلام" (hello): four Arabic letters of two bytes each.
const std::string kSalam = "\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85";

} // namespace

TEST_CASE("the Right arrow walks left-to-right text forwards by letter", "[text][caret]")
{
    // "å" written decomposed is one letter of three bytes: the caret never stops inside it.
    CHECK(walk("pa\xCC\x8A", Direction::Auto, true) == std::vector<std::size_t>{0, 1, 4});
}

TEST_CASE("in right-to-left text the Left arrow moves forwards through the text, Right backwards",
          "[text][caret]")
{
    CHECK(walk(kSalam, Direction::Auto, false) == std::vector<std::size_t>{0, 2, 4, 6, 8});
    CHECK(walk(kSalam, Direction::Auto, true) == std::vector<std::size_t>{8, 6, 4, 2, 0});
    const auto slots =
        caretSlots(BidiParagraph(kSalam, Direction::Auto).visualRuns(0, kSalam.size()),
                   graphemeBoundaries(kSalam));
    // The caret before the first letter stands at the right edge.
    CHECK(caretAt(slots, 0) == Caret{0, 4});
    CHECK(caretAt(slots, kSalam.size()) == Caret{kSalam.size(), 0});
}

TEST_CASE("in a mixed line the caret crosses each letter once, in screen order", "[text][caret]")
{
    // "ab سلام": on screen "ab" then the Arabic word reversed (م ا ل س from left to right).
    const std::string text = "ab " + kSalam;
    const auto offsets = walk(text, Direction::LeftToRight, true);
    // a, b, the space (after it the caret is at 3, where the Arabic starts), then across م, ا,
    // ل, س: back through the Arabic to its start at the right edge.
    CHECK(offsets == std::vector<std::size_t>{0, 1, 2, 3, 9, 7, 5, 3});
    // Walking back with Left visits the same places in reverse; coming from the Arabic, the
    // place between the space and م is the Arabic's end (11), not the space's end.
    const auto back = walk(text, Direction::LeftToRight, false);
    CHECK(back == std::vector<std::size_t>{3, 5, 7, 9, 11, 2, 1, 0});
}

TEST_CASE("a caret asked for an offset the line does not hold is refused", "[text][caret]")
{
    const std::string text = "Hej";
    const auto slots =
        caretSlots(BidiParagraph(text, Direction::Auto).visualRuns(0, 3), graphemeBoundaries(text));
    CHECK_FALSE(caretAt(slots, 7).has_value());
    CHECK(caretAt(slots, 1) == Caret{1, 1});
}
