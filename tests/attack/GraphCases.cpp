// Deep and wide course graphs: prerequisite chains and cycles, unknown prerequisites, lessons
// listed many times (issue 15: 70,000 deep overflowed the stack; 30,000 unknown prerequisites
// took 140 s; one lesson listed 20,000 times took 8.9 GB).
#include "Cases.hpp"

namespace kompis::attack
{

namespace
{

std::string id(std::size_t i)
{
    return "l" + std::to_string(i);
}

/// A course of `count` lessons, lesson i requiring what `requires(i)` says; lesson files are
/// written for the first `files` of them.
fs::path graphCourse(Case& c, std::size_t count, std::size_t files,
                     const std::function<std::string(std::size_t)>& requires_)
{
    const auto course = c.exampleCopy();
    std::string lessons;
    for (std::size_t i = 0; i < count; ++i)
    {
        const auto r = requires_(i);
        lessons += "<lesson id=\"" + id(i) + "\" file=\"lessons/" + id(i) + ".xml\"" +
                   (r.empty() ? "" : " requires=\"" + r + "\"") + "/>\n";
    }
    c.write("course/course.xml", courseWithLessons(readFile(course / "course.xml"), lessons));
    for (std::size_t i = 0; i < files && i < count; ++i)
        c.write("course/lessons/" + id(i) + ".xml", tinyLesson(id(i)));
    return course;
}

void chains(Attack& attack)
{
    for (const std::size_t deep : {900, 70000})
    {
        Case c(attack, "graph", "chain-" + std::to_string(deep) + "-each-requires-next");
        const auto course =
            graphCourse(c, deep, 900, [&](std::size_t i) { return i + 1 < deep ? id(i + 1) : ""; });
        if (deep > 1000)
            validateAndInfo(c, course, "course.too-many-lessons");
        else
        {
            // A long chain without a cycle is a course like any other.
            Expect fine = informs();
            fine.mentions = {"validated"};
            c.author({"validate", "--no-spelling", course.string()}, fine);
            c.author({"info", course.string()}, informs());
        }
        if (c.hasPlayer())
            c.player(libraryScript(), c.dir() / "store" / "progress.sqlite", {course});
    }
    for (const std::size_t length : {1, 2, 300})
    {
        Case c(attack, "graph", "cycle-of-" + std::to_string(length));
        const auto course =
            graphCourse(c, length, length, [&](std::size_t i) { return id((i + 1) % length); });
        validateAndInfo(c, course, "course.prerequisite-cycle");
    }
}

void unknownAndRepeated(Attack& attack)
{
    {
        Case c(attack, "graph", "30000-unknown-prerequisites-on-one-lesson");
        std::string many;
        for (int i = 0; i < 30000; ++i)
            many += "x" + std::to_string(i) + " ";
        const auto course =
            graphCourse(c, 2, 2, [&](std::size_t i) { return i == 1 ? many : std::string(); });
        validateAndInfo(c, course, "course.too-many-prerequisites");
    }
    {
        Case c(attack, "graph", "300-lessons-each-32-unknown-prerequisites");
        const auto course = graphCourse(c, 300, 300,
                                        [&](std::size_t i)
                                        {
                                            std::string r;
                                            for (int k = 0; k < 32; ++k)
                                                r += "u" + std::to_string(i * 32 + k) + " ";
                                            return r;
                                        });
        validateAndInfo(c, course, "course.unknown-prerequisite");
    }
    {
        Case c(attack, "graph", "one-lesson-listed-20000-times");
        const auto course = c.exampleCopy();
        std::string lessons;
        for (int i = 0; i < 20000; ++i)
            lessons += "<lesson id=\"hello\" file=\"lessons/hello.xml\"/>\n";
        c.write("course/course.xml", courseWithLessons(readFile(course / "course.xml"), lessons));
        validateAndInfo(c, course, "course.duplicate-lesson");
        if (c.hasPlayer())
            c.player(libraryScript(), c.dir() / "store" / "progress.sqlite", {course});
    }
    {
        Case c(attack, "graph", "900-lessons-naming-one-file");
        const auto course = c.exampleCopy();
        std::string lessons;
        for (int i = 0; i < 900; ++i)
            lessons += "<lesson id=\"" + id(i) + "\" file=\"lessons/hello.xml\"/>\n";
        c.write("course/course.xml", courseWithLessons(readFile(course / "course.xml"), lessons));
        validateAndInfo(c, course, "course.duplicate-lesson-file");
    }
    {
        Case c(attack, "graph", "300-lessons-each-requiring-the-40-before");
        const auto course = graphCourse(c, 300, 300,
                                        [&](std::size_t i)
                                        {
                                            std::string r;
                                            for (std::size_t k = i > 40 ? i - 40 : 0; k < i; ++k)
                                                r += id(k) + " ";
                                            return r;
                                        });
        validateAndInfo(c, course, "course.too-many-prerequisites");
    }
    {
        Case c(attack, "graph", "lesson-id-repeated-with-other-files");
        const auto course = graphCourse(c, 300, 300, [](std::size_t) { return std::string(); });
        auto xml = readFile(course / "course.xml");
        for (int i = 0; i < 300; ++i)
            xml = replaced(xml, "id=\"" + id(static_cast<std::size_t>(i)) + "\"", "id=\"same\"");
        c.write("course/course.xml", xml);
        validateAndInfo(c, course, "course.duplicate-lesson");
    }
}

} // namespace

void graphFamily(Attack& attack)
{
    chains(attack);
    unknownAndRepeated(attack);
}

} // namespace kompis::attack
