// The text engine's figures: how long fonts take to open, the first layout of a full lesson
// screen in several scripts, what a frame costs once it is cached (against drawing the same
// lines with sf::Text, today's way), and how big the glyph atlas gets.
#include "BenchReport.hpp"
#include "core/text/Isolation.hpp"
#include "ui/text/TextEngine.hpp"

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/Text.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <unistd.h>

using namespace kompis::ui::text;
using kompis::bench::reportFigure;
using Clock = std::chrono::steady_clock;

namespace
{

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Paragraph
{
    std::string text;
    std::string language;
    float size;
};

/// A lesson screen as a learner who reads Arabic sees it: heading, instruction with a Swedish
/// quote, a dialogue, translations and titles in the other interface languages.
std::vector<Paragraph> lessonScreen()
{
    const kompis::core::text::TextPiece instruction[] = {
        {"اقرأ الحوار بصوت عال. ثم اكتب ما تقوله سارة لرئيسها: "},
        {"Jag är sjuk i dag och kan inte komma till jobbet.", true}};
    return {
        {"Lektion 3: Sjukanmälan", "sv", 32},
        {"الدرس 3: الإبلاغ عن المرض", "ar", 26},
        {kompis::core::text::joinIsolated(instruction), "ar", 20},
        {"Sara: Hej Erik, det är Sara. Jag är sjuk i dag.", "sv", 20},
        {"Erik: Oj, vad tråkigt. Har du feber?", "sv", 20},
        {"Sara: Ja, jag har feber och ont i halsen. Jag stannar hemma i dag och ringer i morgon "
         "bitti.",
         "sv", 20},
        {"Erik: Bra att du ringde. Krya på dig!", "sv", 20},
        {"می‌خواهم به رئیسم بگویم که بیمار هستم و امروز "
         "نمی‌توانم "
         "سر "
         "کار "
         "بیایم.",
         "fa", 20},
        {"ትምህርቲ 3: ሕማም ምሕባር", "ti", 22},
        {"Урок 3: Повідомлення про хворобу", "uk", 22},
        {"Casharka 3: Ogeysiiska jirada", "so", 22},
    };
}

constexpr float kBoxWidth = 900;

/// Resident memory of this process in MB (Linux).
double residentMb()
{
    std::ifstream statm("/proc/self/statm");
    long pages = 0;
    long resident = 0;
    statm >> pages >> resident;
    return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / 1e6;
}

std::vector<std::shared_ptr<const TextLayout>> layOut(TextEngine& engine,
                                                      const std::vector<Paragraph>& screen)
{
    std::vector<std::shared_ptr<const TextLayout>> layouts;
    for (const auto& p : screen)
        layouts.push_back(engine.layout(
            {p.text, kBoxWidth, p.size, false, kompis::core::text::Direction::Auto, p.language}));
    return layouts;
}

void appendScreen(TextEngine& engine, sf::VertexArray& vertices,
                  const std::vector<std::shared_ptr<const TextLayout>>& layouts)
{
    float y = 10;
    for (const auto& layout : layouts)
    {
        engine.appendLayout(vertices, *layout, {10, y}, kBoxWidth, Align::Start, sf::Color::Black);
        y += layout->height + 8;
    }
}

} // namespace

int main()
{
    std::printf("text: the text engine (fonts, shaping, atlas, frame cost)\n");
    const auto screen = lessonScreen();

    // Fonts: finding them costs a few stat calls; each family opens when text first needs it.
    auto start = Clock::now();
    FontChain probe;
    reportFigure("text", "find font files (no file opened, first time)", msSince(start), "ms");
    start = Clock::now();
    FontChain again;
    reportFigure("text", "find font files (again)", msSince(start), "ms");
    for (const auto& [family, name] : {std::pair{Family::Sans, "sans serif (DejaVu Sans)"},
                                       {Family::Arabic, "Noto Naskh Arabic"},
                                       {Family::Ethiopic, "Noto Sans Ethiopic"}})
    {
        const auto before = probe.openingTime();
        (void)probe.primary(family, false);
        reportFigure(
            "text", std::string("open font: ") + name,
            std::chrono::duration<double, std::milli>(probe.openingTime() - before).count(), "ms");
    }

    TextEngine swedishOnly;
    start = Clock::now();
    (void)swedishOnly.layout(
        {"Hej! Välj ditt namn.", kBoxWidth, 20, false, kompis::core::text::Direction::Auto, "sv"});
    reportFigure("text", "start-up: first Swedish line (fonts found, one opened)", msSince(start),
                 "ms");

    const double residentBefore = residentMb();
    TextEngine engine;
    start = Clock::now();
    auto layouts = layOut(engine, screen);
    reportFigure("text", "first layout of a lesson screen (11 paragraphs, 6 scripts)",
                 msSince(start), "ms");
    reportFigure("text", "  of which opening fonts",
                 std::chrono::duration<double, std::milli>(engine.fonts().openingTime()).count(),
                 "ms");
    int lines = 0;
    for (const auto& layout : layouts)
        lines += static_cast<int>(layout->lines.size());
    reportFigure("text", "resident memory added by fonts and layouts",
                 residentMb() - residentBefore, "MB");
    reportFigure("text", "lines on the lesson screen", lines, "lines");

    start = Clock::now();
    const int lookups = 2000;
    for (int i = 0; i < lookups; ++i)
        layouts = layOut(engine, screen);
    reportFigure("text", "cached layout of the lesson screen", msSince(start) * 1000.0 / lookups,
                 "us");

    if (std::getenv("DISPLAY") == nullptr)
    {
        std::printf("  (drawing figures need a display: run under xvfb-run -a -s \"-screen 0 "
                    "1280x800x24\")\n");
        return 0;
    }
    sf::RenderTexture target;
    target.create(1000, 800);
    sf::VertexArray vertices(sf::Triangles);
    {
        // Make OpenGL's shared context outside the timing: the player has one already.
        sf::Texture warmUp;
        warmUp.create(16, 16);
    }
    start = Clock::now();
    appendScreen(engine, vertices, layouts);
    reportFigure("text", "first draw: rasterising the screen's glyphs into the atlas",
                 msSince(start), "ms");
    reportFigure("text", "glyphs in the atlas", static_cast<double>(engine.atlas().glyphCount()),
                 "glyphs");
    reportFigure("text", "glyph atlas size",
                 static_cast<double>(engine.atlas().size().x) * engine.atlas().size().y, "px");
    reportFigure("text", "glyph atlas memory", static_cast<double>(engine.atlas().bytes()) / 1024.0,
                 "KiB");

    // A frame: every paragraph looked up, its glyphs appended, drawn; against today's way of
    // drawing the same lines with one sf::Text each (which cannot shape, but costs what today
    // costs).
    const int frames = 500;
    start = Clock::now();
    for (int i = 0; i < frames; ++i)
    {
        target.clear(sf::Color::White);
        vertices.clear();
        appendScreen(engine, vertices, layOut(engine, screen));
        target.draw(vertices, engine.states());
        target.display();
    }
    const double ours = msSince(start) * 1000.0 / frames;

    sf::Font font;
    font.loadFromFile(engine.fonts().paths().front());
    std::vector<std::pair<std::string, unsigned>> textLines;
    for (std::size_t p = 0; p < screen.size(); ++p)
        for (const auto& line : layouts[p]->lines)
            textLines.emplace_back(screen[p].text.substr(line.begin, line.end - line.begin),
                                   static_cast<unsigned>(screen[p].size));
    start = Clock::now();
    for (int i = 0; i < frames; ++i)
    {
        target.clear(sf::Color::White);
        float y = 10;
        for (const auto& [line, size] : textLines)
        {
            sf::Text text(sf::String::fromUtf8(line.begin(), line.end()), font, size);
            text.setFillColor(sf::Color::Black);
            text.setPosition(10, y);
            target.draw(text);
            y += static_cast<float>(size) * 1.3f;
        }
        target.display();
    }
    const double today = msSince(start) * 1000.0 / frames;
    reportFigure("text", "frame: lesson screen with sf::Text per line (today)", today, "us");
    reportFigure("text", "frame: lesson screen through the text engine", ours, "us", "sf::Text",
                 ours / today);
    return 0;
}
