#include "ui/Layout.hpp"

#include <catch2/catch.hpp>

using kompis::ui::FlowCursor;
using kompis::ui::scrollToShow;

TEST_CASE("flowing boxes start a new row when the next one would overflow")
{
    FlowCursor flow(100, 50, 300, 10);
    const auto a = flow.place(120, 40);
    const auto b = flow.place(120, 30);
    const auto c = flow.place(120, 40);
    CHECK(a.x == 100);
    CHECK(a.y == 50);
    CHECK(b.x == 230);
    CHECK(b.y == 50);
    CHECK(c.x == 100);
    CHECK(c.y == 100); // below the tallest box of the first row plus the gap
    CHECK(flow.bottom() == 140);
}

TEST_CASE("in a right-to-left interface boxes flow from the right edge and wrap to the right "
          "edge again")
{
    FlowCursor flow(100, 50, 300, 10, true);
    const auto a = flow.place(120, 40);
    const auto b = flow.place(120, 30);
    const auto c = flow.place(120, 40);
    CHECK(a.right() == 400);
    CHECK(b.right() == 270);
    CHECK(b.y == 50);
    CHECK(c.right() == 400);
    CHECK(c.y == 100);
}

TEST_CASE("a box wider than the row gets the whole row instead of overflowing")
{
    FlowCursor flow(0, 0, 200, 10);
    const auto r = flow.place(500, 20);
    CHECK(r.w == 200);
    CHECK(r.right() <= 200);
}

TEST_CASE("scrolling to the focused widget moves only as far as needed")
{
    CHECK(scrollToShow(0, 100, 150, 400) == 0);     // already visible
    CHECK(scrollToShow(0, 500, 560, 400) == 160);   // below: bottom edge comes into view
    CHECK(scrollToShow(300, 100, 150, 400) == 100); // above: top edge comes into view
}

TEST_CASE("a rectangle contains its top-left corner but not its far edges")
{
    kompis::ui::Rect r{10, 10, 20, 20};
    CHECK(r.contains(10, 10));
    CHECK(r.contains(29.5f, 29.5f));
    CHECK_FALSE(r.contains(30, 10));
    CHECK_FALSE(r.contains(10, 30));
}
