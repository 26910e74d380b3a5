#pragma once
// What the families share: course text to damage, the usual expectations, player scripts.

#include "Attack.hpp"

#include <fstream>
#include <string>

namespace kompis::attack
{

inline std::string readFile(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

/// Replaces the first `from` in `text` with `to` (the text must hold it).
inline std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    if (at != std::string::npos)
        text.replace(at, from.size(), to);
    return text;
}

/// The example course.xml with another <lessons> list.
inline std::string courseWithLessons(const std::string& courseXml, const std::string& lessons)
{
    const auto open = courseXml.find("<lessons>") + 9;
    const auto close = courseXml.find("</lessons>");
    return courseXml.substr(0, open) + "\n" + lessons + courseXml.substr(close);
}

/// A small valid lesson with this id: one text step.
inline std::string tinyLesson(const std::string& id, const std::string& paragraph = "Hej!")
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<lesson id=\"" + id +
           "\" format=\"1\" minutes=\"5\">\n<title><t lang=\"en\">T</t><t "
           "lang=\"fi\">T</t></title>\n<steps><text id=\"" +
           id + "-s\"><p>" + paragraph + "</p></text></steps>\n</lesson>\n";
}

/// validate's answer to a course with errors: exit 1 and the rule named.
inline Expect rejects(const std::string& rule)
{
    Expect e;
    e.exits = {1};
    e.mentions = {rule};
    return e;
}

/// info's answer: whatever it could read (0), a refusal (1) or a package it could not read (2),
/// never raw control characters.
inline Expect informs()
{
    Expect e;
    e.exits = {0, 1, 2};
    return e;
}

/// validate and info on one course folder or file, validate naming `rule`. The spelling check
/// is left out (it costs most of a run, and the cases that attack it keep it).
inline void validateAndInfo(Case& c, const fs::path& course, const std::string& rule)
{
    c.author({"validate", "--no-spelling", course.string()}, rejects(rule));
    c.author({"info", course.string()}, informs());
}

/// A new learner signs in, the library shows (with the course or a reason it is left out), and
/// the player quits.
inline std::string libraryScript()
{
    return "expect-screen profiles\nclick new-learner\ntype Kim\nclick ui-en\nclick create\n"
           "expect-screen library\nwait 300\nquit\n";
}

/// A new learner signs in and opens the course with this id, then the player quits.
inline std::string openCourseScript(const std::string& courseId, const std::string& then = "")
{
    return "expect-screen profiles\nclick new-learner\ntype Kim\nclick ui-en\nclick create\n"
           "expect-screen library\nclick course-" +
           courseId + "\nwait 300\n" + then + "quit\n";
}

} // namespace kompis::attack
