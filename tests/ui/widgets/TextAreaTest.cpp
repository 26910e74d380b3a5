// The text area's editing model without a window: lines as drawn, caret moves between them,
// graphemes, new lines and the length cap.
#include "ui/gui/TextArea.hpp"

#include "core/text/Unicode.hpp"

#include <catch2/catch.hpp>

using kompis::ui::AreaLayout;
using kompis::ui::AreaState;
using kompis::ui::TextEdit;
using Kind = kompis::ui::TextEdit::Kind;

namespace
{

// Every letter is 10 px wide, so a line of 100 px holds 10 letters.
float tenPerLetter(std::string_view s)
{
    return 10.0f * float(kompis::core::text::graphemeCount(s));
}

// A wrapper with the toolkit's contract: greedy at spaces, `\n` always breaks, the spaces at a
// soft break and the `\n` are not part of any line.
std::vector<std::string> wrapAt(const std::string& text, float width)
{
    std::vector<std::string> lines;
    std::string line;
    std::string word;
    const auto flushWord = [&]
    {
        const std::string candidate = line.empty() ? word : line + " " + word;
        if (!line.empty() && tenPerLetter(candidate) > width)
        {
            lines.push_back(line);
            line = word;
        }
        else
            line = candidate;
        word.clear();
    };
    for (const std::string& g : kompis::core::text::graphemes(text))
    {
        if (g == " ")
            flushWord();
        else if (g == "\n")
        {
            flushWord();
            lines.push_back(line);
            line.clear();
        }
        else
            word += g;
    }
    flushWord();
    if (!line.empty())
        lines.push_back(line);
    return lines;
}

AreaLayout layout100(const std::string& text)
{
    return AreaLayout(text, wrapAt(text, 100), tenPerLetter);
}

void edit(AreaState& s, std::vector<TextEdit> edits, std::size_t cap = 1500)
{
    kompis::ui::applyAreaEdits(s, edits, layout100, cap);
}

} // namespace

TEST_CASE("soft-wrapped and hard lines tile the text, and the caret after a break is on the "
          "next line")
{
    // "Hej Anna! " wraps after "Hej Anna!" (9 letters); "Jag är sjuk" wraps after "Jag är".
    const AreaLayout l = layout100("Hej Anna! Jag är sjuk\n\nAli");
    const auto& lines = l.lines();
    REQUIRE(lines.size() == 5);
    CHECK(lines[0].shown == "Hej Anna!");
    CHECK(lines[1].shown == "Jag är");
    CHECK(lines[2].shown == "sjuk");
    CHECK(lines[3].shown.empty());
    CHECK(lines[4].shown == "Ali");
    CHECK(lines[0].begin == 0);
    CHECK(lines[1].begin == 10); // after the space of the soft break
    CHECK(lines[3].begin == 22); // the empty line between the two `\n`
    CHECK(lines[4].begin == 23);
    CHECK(lines[4].end == 26);
    CHECK(l.lineOf(9) == 0);  // before the space: end of the first line
    CHECK(l.lineOf(10) == 1); // at the soft break: start of the next
    CHECK(l.lineOf(21) == 2); // before the first `\n`
    CHECK(l.lineOf(22) == 3);
    CHECK(l.caretX(13) == 30.0f);
}

TEST_CASE("a text ending in a new line has an empty last line for the caret, and an empty text "
          "has one line")
{
    const AreaLayout l = layout100("Hej\n");
    REQUIRE(l.lines().size() == 2);
    CHECK(l.lineOf(4) == 1);
    CHECK(l.caretX(4) == 0.0f);
    CHECK(layout100("").lines().size() == 1);
}

TEST_CASE("Enter makes a new line and typing goes on at the start of it")
{
    AreaState s{"Hej Anna!", 9, {}};
    edit(s, {{Kind::Insert, "\n"}, {Kind::Insert, "Jag är sjuk."}});
    CHECK(s.text == "Hej Anna!\nJag är sjuk.");
    CHECK(s.caret == 22);
    CHECK(layout100(s.text).lineOf(s.caret) == 2); // "Jag är" | "sjuk."
}

TEST_CASE("Up and Down move between wrapped lines and keep the column over a short line")
{
    // Lines: "Hej Anna!" | "Jag är" | "sjuk i dag" ; the caret after "Hej Ann" (x = 70).
    AreaState s{"Hej Anna! Jag är sjuk i dag", 7, {}};
    edit(s, {{Kind::Down, {}}});
    CHECK(s.caret == 16); // "Jag är" is only 6 letters: the end of it
    edit(s, {{Kind::Down, {}}});
    CHECK(s.caret == 24); // back at x = 70 on "sjuk i dag": after "sjuk i "
    edit(s, {{Kind::Up, {}}, {Kind::Up, {}}});
    CHECK(s.caret == 7);
    edit(s, {{Kind::Up, {}}});
    CHECK(s.caret == 0); // above the first line: the start of the text
    edit(s, {{Kind::Right, {}}, {Kind::Down, {}}, {Kind::Down, {}}, {Kind::Down, {}}});
    CHECK(s.caret == 27); // below the last line: the end of the text
}

TEST_CASE("Home and End go to the start and end of the line as drawn, not of the whole text")
{
    AreaState s{"Hej Anna! Jag är sjuk\nAli", 12, {}}; // in "Jag är"
    edit(s, {{Kind::Home, {}}});
    CHECK(s.caret == 10);
    edit(s, {{Kind::End, {}}});
    CHECK(s.caret == 16); // after "Jag är", before the space of the soft break
    s.caret = 2;
    edit(s, {{Kind::End, {}}});
    CHECK(s.caret == 9);
    s.caret = 23;
    edit(s, {{Kind::End, {}}});
    CHECK(s.caret == 25);
}

TEST_CASE("Left, Right, Backspace and Delete go by whole letters, also across a new line")
{
    // `å` written as a + combining ring is one letter.
    AreaState s{kompis::core::text::nfc("a\u030A\nb"), 0, {}};
    edit(s, {{Kind::Right, {}}});
    CHECK(s.caret == 1);
    edit(s, {{Kind::Delete, {}}});
    CHECK(s.text == "\u00E5b");
    edit(s, {{Kind::Backspace, {}}});
    CHECK(s.text == "b");
    CHECK(s.caret == 0);
}

TEST_CASE("a click places the caret at the nearest letter boundary on the clicked line")
{
    const AreaLayout l = layout100("Hej Anna! Jag är sjuk");
    CHECK(l.caretAt(1, 34) == 13);  // "Jag" + 4 px: after "Jag"
    CHECK(l.caretAt(1, 500) == 16); // past the end of "Jag är": its end
    CHECK(l.caretAt(2, -5) == 17);
}

TEST_CASE("pasted text keeps its lines: Windows and old Mac line ends become new lines, tabs "
          "spaces, and other control characters go")
{
    AreaState s;
    edit(s, {{Kind::Insert, "Hej!\r\nJag är sjuk.\rAli\t\x07:)"}});
    CHECK(s.text == "Hej!\nJag är sjuk.\nAli :)");
    CHECK(s.caret == kompis::core::text::graphemeCount(s.text));
}

TEST_CASE("the text stops growing at the cap, and a paste is cut to what fits by whole letters")
{
    AreaState s{"Hej", 3, {}};
    edit(s, {{Kind::Insert, " Anna och Ali"}}, 8);
    CHECK(s.text == "Hej Anna");
    edit(s, {{Kind::Insert, "!"}}, 8);
    CHECK(s.text == "Hej Anna");
    edit(s, {{Kind::Backspace, {}}, {Kind::Insert, "\u00E5\u00E5"}}, 8); // room for one letter
    CHECK(s.text == "Hej Ann\u00E5");
}

TEST_CASE("the lines in view follow the caret, and stay put while it is in view")
{
    using kompis::ui::scrolledTop;
    CHECK(scrolledTop(0, 3, 10, 7) == 0);
    CHECK(scrolledTop(0, 8, 10, 7) == 2);
    CHECK(scrolledTop(5, 1, 10, 7) == 1);
    CHECK(scrolledTop(9, 9, 10, 7) == 3); // never more empty room below than needed
}
