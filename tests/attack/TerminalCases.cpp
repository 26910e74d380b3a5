// Terminal escapes: course text, file names and learner names that carry escape sequences must
// reach no terminal raw from `info`, `validate` or `kompis-admin learners` (issue 15).
#include "Cases.hpp"
#include "StoreFiles.hpp"

namespace kompis::attack
{

namespace
{

// Clear the screen, retitle the window (OSC … BEL), the one-byte CSI U+009B, a bell, DEL.
const std::vector<std::pair<std::string, std::string>> kEscapes = {
    {"csi-clear-screen", "\x1b[2J\x1b[H"},
    {"osc-window-title", "\x1b]0;owned\x07"},
    {"c1-csi", "\xc2\x9b"
               "31m"},
    {"bell-and-delete", "\x07\x7f"},
    {"osc-8-hyperlink", "\x1b]8;;http://example.org\x1b\\link\x1b]8;;\x1b\\"},
};

void inCourseText(Attack& attack)
{
    for (const auto& [name, escape] : kEscapes)
    {
        Case c(attack, "terminal", "course-title-" + name);
        const auto course = c.exampleCopy();
        c.write("course/course.xml",
                replaced(readFile(course / "course.xml"), "Example:", "Example " + escape));
        c.author({"validate", "--no-spelling", course.string()}, rejects("xml.control-character"));
        c.author({"info", course.string()}, informs());
        c.author({"info", "--format=json", course.string()}, informs());
        c.author({"validate", "--no-spelling", "--format=json", course.string()},
                 rejects("control"));
    }
    {
        Case c(attack, "terminal", "lesson-id-with-escapes");
        const auto course = c.exampleCopy();
        c.write("course/course.xml",
                replaced(readFile(course / "course.xml"), "id=\"sick\"", "id=\"s\x1b[2Jick\""));
        validateAndInfo(c, course, "error");
    }
}

void inNames(Attack& attack)
{
    for (const auto& [name, escape] : kEscapes)
    {
        Case c(attack, "terminal", "lesson-file-named-with-" + name);
        const auto course = c.exampleCopy();
        // A file nobody lists: validate names it in a warning.
        c.write(fs::path("course/lessons") / ("extra" + escape + ".xml"), tinyLesson("extra"));
        c.write(fs::path("course/media") / ("clip" + escape + ".ogg"),
                readFile(course / "media/hello-intro.ogg"));
        Expect e = informs();
        e.mentions = {"unlisted", "unused"};
        c.author({"validate", "--no-spelling", course.string()}, e);
        c.author({"info", course.string()}, informs());
    }
    {
        Case c(attack, "terminal", "package-file-named-with-escapes");
        const auto file = c.dir() / "course\x1b[2J\x1b]0;owned\x07.kompis";
        c.write(file.filename(), "not a zip");
        Expect refused = rejects("error");
        refused.exits = {1, 2}; // 2: a file that could not be read (kompis-author(1))
        c.author({"validate", "--no-spelling", file.string()}, refused);
        c.author({"info", file.string()}, informs());
    }
    for (const auto& [name, escape] : kEscapes)
    {
        Case c(attack, "terminal", "learner-named-with-" + name);
        const auto store = c.dir() / "pc" / "progress.sqlite";
        makeStore(store, 3, "Kim " + escape + " Ådahl");
        Expect e;
        e.exits = {0};
        e.mentions = {"Ådahl"};
        c.admin({"learners", "--store", store.string()}, e);
    }
}

} // namespace

void terminalFamily(Attack& attack)
{
    inCourseText(attack);
    inNames(attack);
}

} // namespace kompis::attack
