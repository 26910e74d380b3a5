#include "ui/gui/TextEdit.hpp"

#include <catch2/catch.hpp>

using kompis::ui::applyEdits;
using kompis::ui::EditState;
using Kind = kompis::ui::TextEdit::Kind;

TEST_CASE("typing at the caret inserts there and moves the caret past the new letters")
{
    EditState s{"Ørn", 0};
    applyEdits(s, {{Kind::Insert, "Åsa "}});
    CHECK(s.text == "Åsa Ørn");
    CHECK(s.caret == 4);
}

TEST_CASE("a combining ring typed after a letter joins it into one letter the caret counts once")
{
    EditState s{"sa", 0};
    applyEdits(s, {{Kind::Insert, "A"}, {Kind::Insert, "\u030A"}});
    CHECK(s.text == "\u00C5sa"); // NFC: one code point
    CHECK(s.caret == 1);
    applyEdits(s, {{Kind::Backspace, {}}});
    CHECK(s.text == "sa"); // the whole letter goes, not only its ring
}

TEST_CASE("caret keys stop at the ends of the text instead of leaving it")
{
    EditState s{"hej", 3};
    applyEdits(s, {{Kind::Right, {}}, {Kind::Right, {}}});
    CHECK(s.caret == 3);
    applyEdits(s, {{Kind::Home, {}}, {Kind::Left, {}}});
    CHECK(s.caret == 0);
    applyEdits(s, {{Kind::Backspace, {}}});
    CHECK(s.text == "hej");
}

TEST_CASE("delete removes the letter after the caret and backspace the one before, in order")
{
    EditState s{"smörgås", 2};
    applyEdits(s,
               {{Kind::Delete, {}}, {Kind::Insert, "o"}, {Kind::End, {}}, {Kind::Backspace, {}}});
    CHECK(s.text == "smorgå");
    CHECK(s.caret == 6);
}

TEST_CASE("a caret past the end of text changed elsewhere is brought back to its end")
{
    EditState s{"ab", 9};
    applyEdits(s, {{Kind::Left, {}}});
    CHECK(s.caret == 1);
}
