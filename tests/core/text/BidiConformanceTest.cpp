#include "UnicodeDataFile.hpp"
#include "core/text/Bidi.hpp"

#include <catch2/catch.hpp>
#include <map>
#include <sstream>

using namespace kompis::core::text;
namespace ucd = kompis::test::ucd;

namespace
{

/// Lines of BidiCharacterTest.txt (Unicode 15) where ICU 72's ubidi, and so Kompis, differs from
/// the expected result, keyed by line number, with the reason. The test fails if one of them
/// starts passing, so the list stays true.
const ucd::KnownDifferences kKnownDifferences = []
{
    ucd::KnownDifferences known;
    ucd::pin(
        known, {59, 60, 61, 62},
        "an override (LRO/RLO) around an isolate tightly flanked by embeddings: ICU gives the "
        "isolate marks the embedding's level instead of the override's (UBA 8.0 clarification)");
    ucd::pin(
        known, {65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80},
        "paired brackets under an explicit override: ICU resolves the pair by rule N0 although "
        "the override makes them strong (UBA 8.0 clarification)");
    ucd::pin(
        known, {83, 84, 85, 86, 87, 88},
        "a nonspacing mark after a paired bracket: ICU does not give the mark the direction N0 "
        "gave the bracket (UBA 8.0)");
    ucd::pin(
        known, {102, 108, 113},
        "a combining mark after ZWJ after a paired bracket: ICU does not let the mark follow the "
        "bracket across the ZWJ (UBA 8.0 N0 note)");
    ucd::pin(known, {120},
             "64 nested bracket pairs: past the 63-pair stack of BD16 Unicode stops pairing, "
             "ICU keeps pairing");
    ucd::pin(known, {164},
             "left-to-right text with an LRE embedding and nothing right to left: ICU skips "
             "resolving and reports level 0 where Unicode says 2; the visual order is the same");
    return known;
}();

struct Outcome
{
    bool levelsMatch = true;
    bool orderMatches = true;
    bool paragraphMatches = true;
};

Outcome check(const std::vector<std::string>& fields)
{
    std::vector<char32_t> codePoints;
    for (const auto& hex : ucd::split(fields[0], " "))
        codePoints.push_back(static_cast<char32_t>(std::stoul(hex, nullptr, 16)));
    const std::string text = ucd::utf8Of(codePoints);
    const int direction = std::stoi(fields[1]);
    const BidiParagraph paragraph(text, direction == 0   ? Direction::LeftToRight
                                        : direction == 1 ? Direction::RightToLeft
                                                         : Direction::Auto);
    Outcome outcome;
    outcome.paragraphMatches = paragraph.paragraphLevel() == std::stoi(fields[2]);

    const auto expectedLevels = ucd::split(fields[3], " ");
    const auto levels = paragraph.lineLevels(0, text.size());
    // Code points removed by rule X9 (explicit formatting, boundary neutrals) are marked "x" and
    // have no level of their own; they are left out of the visual order too.
    std::vector<std::size_t> byteOfIndex;
    std::map<std::size_t, int> indexOfByte;
    std::size_t byte = 0;
    for (std::size_t i = 0; i < codePoints.size(); ++i)
    {
        indexOfByte[byte] = static_cast<int>(i);
        byte += ucd::utf8Of({codePoints[i]}).size();
    }
    if (levels.size() != expectedLevels.size())
        outcome.levelsMatch = false;
    else
        for (std::size_t i = 0; i < levels.size(); ++i)
            if (expectedLevels[i] != "x" && std::stoi(expectedLevels[i]) != levels[i])
                outcome.levelsMatch = false;

    std::ostringstream order;
    for (const std::size_t offset : paragraph.visualOrder(0, text.size()))
    {
        const int index = indexOfByte[offset];
        if (expectedLevels[static_cast<std::size_t>(index)] == "x")
            continue;
        order << (order.tellp() > 0 ? " " : "") << index;
    }
    outcome.orderMatches = order.str() == (fields.size() > 4 ? fields[4] : "");
    return outcome;
}

} // namespace

TEST_CASE("Kompis's bidi step gives every level and visual order of BidiCharacterTest.txt, "
          "apart from ICU's named exceptions",
          "[text][bidi][conformance]")
{
    ucd::Tally tally(kKnownDifferences);
    ucd::eachDataLine("BidiCharacterTest.txt",
                      [&](int number, const std::string& line)
                      {
                          auto fields = ucd::split(line, ";");
                          if (fields.size() == 4)
                              fields.emplace_back(); // nothing visible at all
                          REQUIRE(fields.size() == 5);
                          const Outcome outcome = check(fields);
                          tally.record(number,
                                       outcome.levelsMatch && outcome.orderMatches &&
                                           outcome.paragraphMatches,
                                       line);
                      });
    tally.check(90000);
}
