#include "Samples.hpp"
#include "core/text/Bidi.hpp"
#include "ui/text/Shaper.hpp"

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <sstream>

using namespace kompis::ui::text;
using namespace kompis::test::samples;
using kompis::core::text::BidiParagraph;
using kompis::core::text::Direction;

namespace
{

using GlyphsAndClusters = std::vector<std::pair<std::uint32_t, std::size_t>>;

std::string quoted(const std::string& text)
{
    std::string out = "'";
    for (const char c : text)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

/// What Debian's hb-shape (libharfbuzz-bin) gives for `item` of `text` with the same font file,
/// direction, script, language and surrounding text.
GlyphsAndClusters hbShape(const std::string& fontPath, const std::string& text,
                          const ShapedItem& item, const std::string& language)
{
    const std::string command =
        "hb-shape --no-glyph-names --no-positions --utf8-clusters --direction=" +
        std::string(item.rightToLeft() ? "rtl" : "ltr") + " --script=" + item.script +
        " --language=" + language + " --text-before=" + quoted(text.substr(0, item.begin)) +
        " --text-after=" + quoted(text.substr(item.end)) + " " + quoted(fontPath) + " " +
        quoted(text.substr(item.begin, item.end - item.begin)) +
        " 2>/dev/null"; // it echoes --text-before on stderr
    std::string output;
    if (FILE* pipe = popen(command.c_str(), "r"))
    {
        std::array<char, 4096> buffer{};
        while (std::fgets(buffer.data(), buffer.size(), pipe) != nullptr)
            output += buffer.data();
        pclose(pipe);
    }
    // "[482=3|1565=2|…]": glyph id = cluster (bytes from the item's start).
    GlyphsAndClusters result;
    std::istringstream in(output.substr(output.find('[') + 1));
    std::uint32_t glyph = 0;
    std::size_t cluster = 0;
    char separator = 0;
    while (in >> glyph >> separator >> cluster)
    {
        result.emplace_back(glyph, item.begin + cluster);
        in >> separator; // '|' or ']'
    }
    return result;
}

/// Shapes `text` with Kompis and checks every item against hb-shape.
std::vector<ShapedItem> checkAgainstHbShape(const std::string& text, const std::string& language)
{
    FontChain fonts;
    const BidiParagraph bidi(text, Direction::Auto);
    auto items = shapeParagraph(fonts, text, bidi, {24 * 64, false, language});
    REQUIRE_FALSE(items.empty());
    for (const ShapedItem& item : items)
    {
        GlyphsAndClusters ours;
        for (const ShapedGlyph& glyph : item.glyphs)
            ours.emplace_back(glyph.glyph, glyph.cluster);
        const std::string path = fonts.face(item.face).path();
        INFO("item '" << text.substr(item.begin, item.end - item.begin) << "' in " << path);
        const auto reference = hbShape(path, text, item, language);
        REQUIRE_FALSE(reference.empty()); // hb-shape missing? Debian package libharfbuzz-bin
        CHECK(ours == reference);
        for (const ShapedGlyph& glyph : item.glyphs)
            CHECK(glyph.glyph != 0); // never a box: the chain found a font for every letter
    }
    return items;
}

std::string fileOf(const std::string& path)
{
    return path.substr(path.rfind('/') + 1);
}

} // namespace

TEST_CASE("Arabic shapes into the glyphs and clusters hb-shape gives with Noto Naskh Arabic",
          "[text][shaping]")
{
    const auto items = checkAgainstHbShape(kArabic, "ar");
    REQUIRE(items.size() == 1);
    CHECK(items[0].script == "Arab");
    CHECK(items[0].rightToLeft());
    FontChain fonts;
    CHECK(fileOf(fonts.face(items[0].face).path()) == "NotoNaskhArabic-Regular.ttf");
}

TEST_CASE("Persian with a zero-width non-joiner shapes as hb-shape does and keeps the letters "
          "apart",
          "[text][shaping][zwnj]")
{
    checkAgainstHbShape(kPersianZwnj, "fa");
    FontChain fonts;
    const auto glyphsOf = [&fonts](const std::string& text)
    {
        const BidiParagraph bidi(text, Direction::Auto);
        std::vector<std::uint32_t> ids;
        for (const auto& item : shapeParagraph(fonts, text, bidi, {24 * 64, false, "fa"}))
            for (const auto& glyph : item.glyphs)
                ids.push_back(glyph.glyph);
        return ids;
    };
    // With the ZWNJ, ی ends its word part in its final form; without it, it joins خ.
    CHECK(glyphsOf(kPersianZwnj) != glyphsOf(kPersianJoined));
}

TEST_CASE("Tigrinya shapes with Noto Sans Ethiopic, its exclamation mark from the sans serif",
          "[text][shaping]")
{
    const auto items = checkAgainstHbShape(kTigrinya, "ti");
    FontChain fonts;
    REQUIRE(items.size() == 3);
    CHECK(fileOf(fonts.face(items[0].face).path()) == "NotoSansEthiopic-Regular.ttf");
    CHECK(fileOf(fonts.face(items[1].face).path()) == "DejaVuSans.ttf"); // "!" only
    CHECK(fileOf(fonts.face(items[2].face).path()) == "NotoSansEthiopic-Regular.ttf");
}

TEST_CASE("an Arabic instruction with a Swedish quote shapes each run as hb-shape does, never "
          "mixing fonts in a run",
          "[text][shaping]")
{
    const auto items = checkAgainstHbShape(mixedInstruction(), "ar");
    bool arabic = false;
    bool latin = false;
    for (const auto& item : items)
    {
        arabic = arabic || (item.script == "Arab" && item.rightToLeft());
        latin = latin || (item.script == "Latn" && !item.rightToLeft());
    }
    CHECK(arabic);
    CHECK(latin);
}

TEST_CASE("Swedish and Ukrainian on one line are separate runs by script, as hb-shape shapes them",
          "[text][shaping]")
{
    const auto items = checkAgainstHbShape("Lektion 3: Урок 3", "uk");
    REQUIRE(items.size() == 2);
    CHECK(items[0].script == "Latn");
    CHECK(items[1].script == "Cyrl");
    CHECK(items[0].face == items[1].face); // DejaVu Sans covers both
}
