#include "Samples.hpp"
#include "ui/text/GlyphAtlas.hpp"
#include "ui/text/TextEngine.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>

using namespace kompis::ui::text;
using namespace kompis::test::samples;
using kompis::core::text::Direction;

namespace
{

/// Without a display SFML aborts: run the test cases tagged `tag` again in their own Xvfb and
/// pass the result on. True when it did (the caller returns).
bool ranUnderXvfb(const std::string& tag)
{
    if (std::getenv("DISPLAY") != nullptr)
        return false;
    const std::string self = std::filesystem::read_symlink("/proc/self/exe").string();
    const std::string command = "xvfb-run -a -s '-screen 0 1280x800x24' '" + self +
                                "' --warn NoTests '" + tag + "' >/dev/null 2>&1";
    CHECK(std::system(command.c_str()) == 0);
    return true;
}

/// One paragraph drawn in a box.
struct Box
{
    std::string text;
    std::string language;
    sf::FloatRect area; // height grows to the text's
    Align align = Align::Start;
    std::shared_ptr<const TextLayout> layout;
};

bool ink(const sf::Image& image, unsigned x, unsigned y)
{
    return image.getPixel(x, y).r < 128; // black text on white
}

/// Ink columns (min and max x) in a rectangle; min > max when there is none.
std::pair<int, int> inkColumns(const sf::Image& image, sf::IntRect area)
{
    int low = area.left + area.width;
    int high = area.left - 1;
    for (int y = std::max(0, area.top); y < area.top + area.height; ++y)
        for (int x = std::max(0, area.left); x < area.left + area.width; ++x)
            if (ink(image, static_cast<unsigned>(x), static_cast<unsigned>(y)))
            {
                low = std::min(low, x);
                high = std::max(high, x);
            }
    return {low, high};
}

struct Rendered
{
    std::vector<Box> boxes;
    sf::Image image;
    std::size_t glyphCount = 0;
};

/// The samples laid out in their boxes and drawn black on white.
Rendered renderSamples()
{
    TextEngine engine;
    Rendered out;
    out.boxes = {
        {kArabic, "ar", {20, 20, 360, 0}, Align::Start, nullptr},
        {kTigrinya, "ti", {20, 110, 360, 0}, Align::Start, nullptr},
        {kPersianZwnj, "fa", {20, 200, 360, 0}, Align::Start, nullptr},
        {mixedInstruction(), "ar", {420, 20, 250, 0}, Align::Start, nullptr},
    };
    sf::RenderTexture target;
    if (!target.create(720, 320))
        return out;
    target.clear(sf::Color::White);
    sf::VertexArray vertices(sf::Triangles);
    for (Box& box : out.boxes)
    {
        box.layout =
            engine.layout({box.text, box.area.width, 24, false, Direction::Auto, box.language});
        box.area.height = box.layout->height;
        engine.appendLayout(vertices, *box.layout, {box.area.left, box.area.top}, box.area.width,
                            box.align, sf::Color::Black);
    }
    target.draw(vertices, engine.states());
    target.display();
    out.image = target.getTexture().copyToImage();
    out.image.saveToFile(std::string(KOMPIS_TEST_OUTPUT_DIR) + "/text-render.png");
    out.glyphCount = engine.atlas().glyphCount();
    return out;
}

} // namespace

TEST_CASE("Arabic, Tigrinya, Persian and a wrapped Arabic instruction with a Swedish quote "
          "render inside their boxes, right to left where they should",
          "[text][render][display]")
{
    if (ranUnderXvfb("[render]~[atlas]"))
        return;
    // Drawn once for all sections: Catch runs the test case again for each section, and each
    // run that made and dropped its own GL target closed and reopened the X display, which
    // failed now and then on a loaded machine ("Failed to open X11 display", an abort).
    static const Rendered rendered = renderSamples();
    const std::vector<Box>& boxes = rendered.boxes;
    const sf::Image& image = rendered.image;
    REQUIRE(image.getSize() == sf::Vector2u(720, 320));

    SECTION("all ink is inside the boxes, and every box has ink")
    {
        const sf::Vector2u size = image.getSize();
        int outside = 0;
        for (unsigned y = 0; y < size.y; ++y)
            for (unsigned x = 0; x < size.x; ++x)
            {
                if (!ink(image, x, y))
                    continue;
                bool inside = false;
                for (const Box& box : boxes)
                {
                    sf::FloatRect grown = box.area;
                    grown.left -= 2;
                    grown.top -= 2;
                    grown.width += 4;
                    grown.height += 4;
                    inside = inside || grown.contains(static_cast<float>(x), static_cast<float>(y));
                }
                outside += inside ? 0 : 1;
            }
        CHECK(outside == 0);
        for (const Box& box : boxes)
        {
            const auto [low, high] = inkColumns(image, sf::IntRect(box.area));
            CHECK(low < high);
        }
    }
    SECTION("right-to-left paragraphs end at the box's right edge, Tigrinya starts at its left")
    {
        for (const Box& box : {boxes[0], boxes[2]})
        {
            const auto [low, high] = inkColumns(image, sf::IntRect(box.area));
            const float right = box.area.left + box.area.width;
            CHECK(high >= right - 4);
            CHECK(low > box.area.left + 100); // a short line leaves the left empty
        }
        const auto [low, high] = inkColumns(image, sf::IntRect(boxes[1].area));
        CHECK(low <= boxes[1].area.left + 4);
        CHECK(high < boxes[1].area.left + boxes[1].area.width - 100);
    }
    SECTION("the wrapped instruction's quote keeps its full stop right after Malmö")
    {
        const Box& box = boxes[3];
        REQUIRE(box.layout->lines.size() >= 2);
        const std::size_t stop = box.text.rfind('.');
        const std::size_t o = box.text.rfind("ö");
        float top = box.area.top;
        for (const TextLine& line : box.layout->lines)
        {
            if (stop >= line.begin && stop < line.end)
            {
                const float left = box.area.left + alignedX(line, box.area.width, box.align);
                float stopX = -1;
                float oRight = -1;
                for (const auto& glyph : line.glyphs)
                {
                    if (glyph.cluster == stop)
                        stopX = left + glyph.x;
                    if (glyph.cluster == o)
                        oRight = left + glyph.x + glyph.advance;
                }
                REQUIRE(stopX >= 0);
                REQUIRE(oRight >= 0);
                const auto height = static_cast<int>(line.height());
                // Pixels: the full stop's ink starts within a few pixels after ö's ink ends.
                const auto [oLow, oHigh] = inkColumns(
                    image, {static_cast<int>(oRight) - 8, static_cast<int>(top), 8, height});
                const auto [dotLow, dotHigh] =
                    inkColumns(image, {static_cast<int>(stopX), static_cast<int>(top), 8, height});
                CHECK(oLow <= oHigh);
                CHECK(dotLow <= dotHigh);
                CHECK(dotLow - oHigh <= 8); // the two glyphs' side bearings
                CHECK(dotLow > oHigh);
            }
            top += line.height();
        }
    }
    CHECK(rendered.glyphCount > 40);
}

TEST_CASE("the glyph atlas doubles when full and glyphs placed before keep their pixels",
          "[text][render][display][atlas]")
{
    if (ranUnderXvfb("[atlas]"))
        return;
    FontChain fonts;
    const FaceId sans = fonts.primary(Family::Sans, false);
    GlyphAtlas atlas(64, 256);
    const AtlasGlyph first = atlas.glyph(fonts, sans, 36, 40 * 64); // a letter of DejaVu Sans
    atlas.flush();
    REQUIRE(first.rect.width > 0);
    CHECK(atlas.size() == sf::Vector2u(64, 64));
    const sf::Image before = atlas.texture()->copyToImage();
    for (std::uint32_t glyph = 37; glyph < 90; ++glyph)
        (void)atlas.glyph(fonts, sans, glyph, 40 * 64);
    atlas.flush();
    CHECK(atlas.size().x > 64);
    CHECK(atlas.generation() == 0);
    // The first glyph's pixels moved along when the texture grew: same coverage, same place.
    const sf::Image after = atlas.texture()->copyToImage();
    int inked = 0;
    for (int y = first.rect.top; y < first.rect.top + first.rect.height; ++y)
        for (int x = first.rect.left; x < first.rect.left + first.rect.width; ++x)
        {
            const auto u = static_cast<unsigned>(x);
            const auto v = static_cast<unsigned>(y);
            CHECK(after.getPixel(u, v).a == before.getPixel(u, v).a);
            inked += before.getPixel(u, v).a > 128 ? 1 : 0;
        }
    CHECK(inked > 20);
    // Past the largest size the atlas starts again rather than failing.
    for (std::uint32_t glyph = 90; glyph < 600 && atlas.generation() == 0; ++glyph)
        (void)atlas.glyph(fonts, sans, glyph, 40 * 64);
    CHECK(atlas.generation() == 1);
    CHECK(atlas.size().x == 256);
}
