#include "UnicodeDataFile.hpp"
#include "core/text/TextBoundaries.hpp"

#include <catch2/catch.hpp>
#include <map>

using namespace kompis::core::text;
namespace ucd = kompis::test::ucd;

namespace
{

/// Lines of auxiliary/LineBreakTest.txt (Unicode 15) where ICU 72's line breaker, and so
/// Kompis, breaks differently, keyed by line number, with the reason. The test fails if one of
/// them starts passing, so the list stays true.
const ucd::KnownDifferences kKnownDifferences = []
{
    ucd::KnownDifferences known;
    ucd::pin(known, {2265, 2267, 2421, 2423, 2425, 2427, 2429, 2431},
             "hyphen-minus before a letter or symbol ('-#', '-§'): ICU's number rule (its "
             "tailoring of LB25) keeps them together, Unicode 15 breaks");
    ucd::pin(
        known, {2873, 2875, 7477, 7576, 7577, 7578, 7579, 7580, 7581, 7583, 7584, 7585, 7586, 7587},
        "infix separator before a digit (',0', 'a.2', ' .35'): ICU's number rule keeps IS x NU "
        "together, Unicode 15 breaks unless a number precedes (LB29/LB25)");
    return known;
}();

} // namespace

TEST_CASE("Kompis's line breaking finds the breaks of LineBreakTest.txt, apart from ICU's "
          "named exceptions",
          "[text][linebreak][conformance]")
{
    ucd::Tally tally(kKnownDifferences);
    ucd::eachDataLine(
        "auxiliary/LineBreakTest.txt",
        [&](int number, const std::string& rule)
        {
            // "× 0023 × 0020 ÷ 0023 ÷": code points between marks; ÷ allows a break, × forbids one.
            std::vector<char32_t> codePoints;
            std::vector<std::size_t> expected;
            std::size_t bytes = 0;
            for (const auto& token : ucd::split(rule, " \t"))
            {
                if (token == "\xC3\xB7") // ÷
                {
                    if (bytes > 0)
                        expected.push_back(bytes);
                }
                else if (token != "\xC3\x97") // ×
                {
                    codePoints.push_back(static_cast<char32_t>(std::stoul(token, nullptr, 16)));
                    bytes += ucd::utf8Of({codePoints.back()}).size();
                }
            }
            std::vector<std::size_t> found;
            for (const LineBreak& opportunity : lineBreaks(ucd::utf8Of(codePoints), "en"))
                found.push_back(opportunity.offset);
            const bool passed = found == expected;
            tally.record(number, passed, rule);
        });
    tally.check(7000);
}
