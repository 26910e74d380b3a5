// XML tricks: external and exponential entities, NUL and surrogate references, HTML entities,
// bare ampersands, control characters, broken encodings and truncated files.
#include "Cases.hpp"

namespace kompis::attack
{

namespace
{

const std::string kParagraph = "Är du sjuk?";

struct Trick
{
    std::string name;
    std::string doctype; ///< goes before the root element
    std::string text;    ///< replaces a word of a paragraph
    std::string rule;    ///< what validate must name
};

std::string laughs()
{
    std::string d = "<!DOCTYPE lesson [<!ENTITY lol0 \"lol\">";
    for (int i = 1; i <= 9; ++i)
        d += "<!ENTITY lol" + std::to_string(i) + " \"" +
             [&]
        {
            std::string r;
            for (int k = 0; k < 10; ++k)
                r += "&lol" + std::to_string(i - 1) + ";";
            return r;
        }() + "\">";
    return d + "]>\n";
}

std::string manyRefs(const std::string& ref, int times)
{
    std::string out;
    for (int i = 0; i < times; ++i)
        out += ref;
    return out;
}

void lessonTricks(Attack& attack)
{
    const std::vector<Trick> tricks = {
        {"xxe-system-entity-reading-etc-passwd",
         "<!DOCTYPE lesson [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n", "&x;", "error"},
        // Nothing refers to the entity: the document type is ignored and nothing is read.
        {"xxe-parameter-entity",
         "<!DOCTYPE lesson [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>\n", "x", ""},
        {"billion-laughs", laughs(), "&lol9;", "error"},
        {"quadratic-blowup",
         "<!DOCTYPE lesson [<!ENTITY a \"" + std::string(100000, 'a') + "\">]>\n",
         manyRefs("&a;", 20000), "error"},
        {"nul-reference", "", "Före&#0;efter", "xml.control-character"},
        {"nul-reference-hex", "", "Före&#x0000;efter", "xml.control-character"},
        {"surrogate-reference", "", "&#xD800;", "xml.bad-reference"},
        {"low-surrogate-reference", "", "&#56320;", "xml.bad-reference"},
        {"reference-beyond-unicode", "", "&#x110000;", "xml.bad-reference"},
        {"reference-of-99-digits", "", "&#" + std::string(99, '9') + ";", "xml.bad-reference"},
        {"html-entity-auml", "", "st&auml;da", "xml.unknown-entity"},
        {"html-entity-nbsp", "", "nu&nbsp;sen", "xml.unknown-entity"},
        {"undeclared-entity", "", "&kompis;", "xml.unknown-entity"},
        {"bare-ampersand", "", "A & B", "xml.bare-ampersand"},
        {"100000-bare-ampersands", "", manyRefs("& ", 100000), "xml.more-character-problems"},
        {"raw-control-character-soh", "",
         "a\x01"
         "b",
         "xml.control-character"},
        {"raw-escape-sequence", "", "\x1b[2J\x1b]0;owned\x07", "xml.control-character"},
        {"escape-by-reference", "", "&#27;[31m", "xml.control-character"},
        {"c1-control-by-reference", "", "&#x9B;31m", "xml.control-character"},
        {"raw-nul-byte", "", std::string("a\0b", 3), "error"},
        {"invalid-utf8", "", "\xff\xfe\xc3(", "error"},
        {"overlong-utf8-slash", "", "\xc0\xaf", "error"},
        {"unterminated-cdata", "", "<![CDATA[ never closed", "xml.malformed"},
        {"unterminated-comment", "", "<!-- never closed", "xml.malformed"},
    };
    for (const auto& t : tricks)
    {
        Case c(attack, "xml", t.name);
        const auto course = c.exampleCopy();
        auto lesson = readFile(course / "lessons/sick.xml");
        lesson = replaced(lesson, kParagraph, t.text);
        if (!t.doctype.empty())
            lesson = replaced(lesson, "<lesson ", t.doctype + "<lesson ");
        c.write("course/lessons/sick.xml", lesson);
        Expect validate = rejects(t.rule);
        if (t.rule.empty())
            validate = informs();
        validate.never = {"root:x:0:0"};
        c.author({"validate", "--no-spelling", course.string()}, validate);
        Expect info = informs();
        info.never = {"root:x:0:0"};
        c.author({"info", course.string()}, info);
    }
}

void fileTricks(Attack& attack)
{
    struct File
    {
        std::string name;
        std::function<std::string(const std::string&)> damage;
        std::string rule;
    };
    const std::vector<File> files = {
        {"course-xml-cut-in-half", [](const std::string& x) { return x.substr(0, x.size() / 2); },
         "xml.malformed"},
        {"course-xml-empty", [](const std::string&) { return std::string(); }, "error"},
        {"course-xml-utf16-with-bom",
         [](const std::string& x)
         {
             std::string out = "\xff\xfe";
             for (const char ch : x)
             {
                 out += ch;
                 out += '\0';
             }
             return out;
         },
         "error"},
        {"course-xml-wrong-root", [](const std::string&) { return std::string("<html/>"); },
         "xml.wrong-root"},
        {"course-xml-title-with-nul-reference",
         [](const std::string& x) { return replaced(x, "Example:", "Example&#0;:"); },
         "xml.control-character"},
        {"course-xml-billion-laughs",
         [](const std::string& x)
         {
             auto d = laughs();
             d = replaced(d, "DOCTYPE lesson", "DOCTYPE course");
             return replaced(replaced(x, "<course ", d + "<course "), "Example:", "&lol9;");
         },
         "error"},
    };
    for (const auto& f : files)
    {
        Case c(attack, "xml", f.name);
        const auto course = c.exampleCopy();
        c.write("course/course.xml", f.damage(readFile(course / "course.xml")));
        validateAndInfo(c, course, f.rule);
        if (f.name == "course-xml-billion-laughs" && c.hasPlayer())
        {
            // The course is not offered, so the learner stays on the library.
            c.player(libraryScript(), c.dir() / "store" / "progress.sqlite", {course});
        }
    }
}

} // namespace

void xmlFamily(Attack& attack)
{
    lessonTricks(attack);
    fileTricks(attack);
}

} // namespace kompis::attack
