// Oversized text: huge titles, many unknown elements on one line, long lines, deep nesting
// (issue 15: a 32 KB title never opened the course map; 100,000 unknown elements on one line
// took 62 s).
#include "Cases.hpp"

namespace kompis::attack
{

namespace
{

std::string repeat(const std::string& piece, std::size_t times)
{
    std::string out;
    out.reserve(piece.size() * times);
    for (std::size_t i = 0; i < times; ++i)
        out += piece;
    return out;
}

const std::string kTitle = "<t lang=\"en\">Example: your first day at work</t>";

void titles(Attack& attack)
{
    struct Title
    {
        std::string name;
        std::string text;
        bool player;
    };
    const std::vector<Title> cases = {
        {"course-title-32-KB", repeat("Lång titel ", 3000), true},
        {"course-title-4-MB", repeat("x", 4 << 20), false},
        {"course-title-16000-letters-a-ring", repeat("å", 16000), false},
        {"course-title-one-letter-20000-combining-marks", "a" + repeat("\xCC\x8A", 20000), true},
        {"course-title-10000-family-emoji", repeat("👩‍👩‍👧‍👦", 10000), false},
    };
    for (const auto& t : cases)
    {
        Case c(attack, "oversized-text", t.name);
        const auto course = c.exampleCopy();
        c.write("course/course.xml", replaced(readFile(course / "course.xml"), kTitle,
                                              "<t lang=\"en\">" + t.text + "</t>"));
        validateAndInfo(c, course, "course.title-too-long");
        if (t.player && c.hasPlayer())
            c.player(libraryScript(), c.dir() / "store" / "progress.sqlite", {course});
    }
    {
        // Within the cap but far too wide for the header: the map opens, the title ends in "…".
        Case c(attack, "oversized-text", "course-title-of-200-wide-letters-opens-the-map");
        const auto course = c.exampleCopy();
        c.write("course/course.xml", replaced(readFile(course / "course.xml"), kTitle,
                                              "<t lang=\"en\">" + repeat("Ŵ", 200) + "</t>"));
        if (c.hasPlayer())
            c.player(openCourseScript("example", "expect-screen course-map\n"),
                     c.dir() / "store" / "progress.sqlite", {course});
    }
    {
        Case c(attack, "oversized-text", "lesson-title-32-KB");
        const auto course = c.exampleCopy();
        c.write("course/lessons/sick.xml",
                replaced(readFile(course / "lessons/sick.xml"), "Calling in sick",
                         repeat("Sjukanmälan ", 2700)));
        validateAndInfo(c, course, "lesson.title-too-long");
    }
}

void elements(Attack& attack)
{
    for (const std::size_t count : {10000, 100000})
    {
        Case c(attack, "oversized-text", std::to_string(count) + "-unknown-elements-on-one-line");
        const auto course = c.exampleCopy();
        std::string odd;
        for (std::size_t i = 0; i < count; ++i)
            odd += "<odd" + std::to_string(i) + "/>";
        c.write("course/lessons/sick.xml",
                replaced(readFile(course / "lessons/sick.xml"), "<steps>", "<steps>" + odd));
        validateAndInfo(c, course, "lesson.unknown-element");
    }
    {
        Case c(attack, "oversized-text", "100000-unknown-elements-in-course-xml");
        const auto course = c.exampleCopy();
        c.write("course/course.xml", replaced(readFile(course / "course.xml"), "<lessons>",
                                              repeat("<x/>", 100000) + "<lessons>"));
        validateAndInfo(c, course, "course.unknown-element");
    }
    {
        Case c(attack, "oversized-text", "elements-nested-100000-deep");
        const auto course = c.exampleCopy();
        c.write("course/lessons/sick.xml",
                replaced(readFile(course / "lessons/sick.xml"), "<steps>",
                         "<steps>" + repeat("<b>", 100000) + repeat("</b>", 100000)));
        validateAndInfo(c, course, "error");
    }
    {
        Case c(attack, "oversized-text", "one-element-with-100000-attributes");
        const auto course = c.exampleCopy();
        std::string attributes;
        for (int i = 0; i < 100000; ++i)
            attributes += " a" + std::to_string(i) + "=\"x\"";
        c.write("course/lessons/sick.xml", replaced(readFile(course / "lessons/sick.xml"),
                                                    "<steps>", "<steps attrs" + attributes + ">"));
        validateAndInfo(c, course, "xml.too-many-attributes");
    }
}

void lines(Attack& attack)
{
    {
        Case c(attack, "oversized-text", "paragraph-of-8-MB-on-one-line");
        const auto course = c.exampleCopy();
        c.write("course/lessons/sick.xml",
                replaced(readFile(course / "lessons/sick.xml"), "Är du sjuk?",
                         repeat("Är du sjuk i dag? ", 450000)));
        Expect anything;
        anything.exits = {0, 1};
        c.author({"validate", course.string()}, anything);
        c.author({"info", course.string()}, informs());
    }
    {
        Case c(attack, "oversized-text", "lesson-file-of-70-MB");
        const auto course = c.exampleCopy();
        c.write("course/lessons/sick.xml",
                replaced(readFile(course / "lessons/sick.xml"), "<steps>",
                         "<steps>" + repeat("<!-- padding padding padding padding -->\n",
                                            70 * 1024 * 1024 / 42)));
        Expect refused = rejects("over the 64 MiB limit");
        refused.exits = {1, 2}; // 2: a file that could not be read (kompis-author(1))
        c.author({"validate", "--no-spelling", course.string()}, refused);
        c.author({"info", course.string()}, refused);
    }
    {
        Case c(attack, "oversized-text", "attribute-value-of-8-MB");
        const auto course = c.exampleCopy();
        c.write("course/course.xml", replaced(readFile(course / "course.xml"), "id=\"example\"",
                                              "id=\"" + repeat("e", 8 << 20) + "\""));
        validateAndInfo(c, course, "file.too-large");
    }
}

} // namespace

void textFamily(Attack& attack)
{
    titles(attack);
    elements(attack);
    lines(attack);
}

} // namespace kompis::attack
