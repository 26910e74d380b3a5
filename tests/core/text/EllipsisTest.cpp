#include "core/text/Ellipsis.hpp"

#include "support/Scaling.hpp"

#include <catch2/catch.hpp>

using namespace kompis::core::text;

namespace
{

/// Every grapheme one unit wide, so expected cuts can be counted by eye.
const GraphemeWidth kUnit = [](std::string_view) { return 1.0; };

} // namespace

TEST_CASE("a title that fits is kept whole; a longer one is cut between graphemes with an "
          "ellipsis that fits too",
          "[text][ellipsis]")
{
    CHECK(ellipsize("Hej då", 6, kUnit) == "Hej då");
    CHECK(ellipsize("Hej på dig", 6, kUnit) == "Hej p…");
    // "e" + combining acute is one grapheme: the cut never separates them (and comes back NFC).
    CHECK(ellipsize("Cafe\xCC\x81 och te", 6, kUnit) == "Caf\xC3\xA9 …");
    CHECK(ellipsize("Lång", 0.5, kUnit) == "…");
}

TEST_CASE("a 32 KB title is cut in time linear in its length", "[text][ellipsis][scaling]")
{
    int measured = 0;
    const GraphemeWidth counting = [&](std::string_view)
    {
        ++measured;
        return 1.0;
    };
    const std::string title(32 * 1024, 'x');
    const auto cut = ellipsize(title, 100000, counting);
    CHECK(cut == title);
    CHECK(measured == 32 * 1024 + 1); // each grapheme once, and the ellipsis

    const auto ratio = kompis::test::tenfoldCostRatio(
        32 * 1024, [](std::size_t n) { return std::string(n, 'x'); },
        [](const std::string& text) { (void)ellipsize(text, 1e9, kUnit); });
    INFO("tenfold input, cost ratio " << ratio);
    CHECK(ratio < kompis::test::kLinearBound);
}
