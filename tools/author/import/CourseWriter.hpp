#pragma once

#include "import/ImportedCourse.hpp"

#include <set>
#include <string>
#include <vector>

namespace kompis::author::import
{

/// The course imported lessons go into: its languages and the ids it already uses.
struct CourseFrame
{
    core::LangTag target = "sv";
    std::vector<core::LangTag> instruction = {"en"};
    std::set<std::string> takenIds; ///< lesson, step and word ids (ids are unique per package)
};

/// One lesson file written as Kompis XML.
struct WrittenLesson
{
    std::string id;
    std::string file; ///< package path, `lessons/<id>.xml`
    std::string xml;
};

/// Kompis lessons for everything `course` holds: a word list becomes a vocabulary step with
/// match, choice and typed items (a long list is split into lessons of 20 words); questions
/// become items of the nearest kind. What has no Kompis form is reported to `sink` with its
/// source line and left out. Ids are new in `frame`, which records them.
std::vector<WrittenLesson> writeLessons(const ImportedCourse& course, CourseFrame& frame,
                                        const std::string& sourceName, core::DiagnosticSink& sink);

/// Metadata of a new course.
struct CourseMeta
{
    std::string id;
    std::string title;
    std::string author;
    std::string level = "A1";
    std::string licence = "CC-BY-SA-4.0";
};

/// A new `course.xml` listing `lessons`.
std::string writeCourseXml(const CourseMeta& meta, const CourseFrame& frame,
                           const std::vector<WrittenLesson>& lessons);

/// `courseXml` with `lessons` added at the end of its `<lessons>`, the rest byte for byte as it
/// was; empty with `error` set when there is no `</lessons>` to add them before.
std::string addLessonsToCourseXml(const std::string& courseXml,
                                  const std::vector<WrittenLesson>& lessons, std::string& error);

} // namespace kompis::author::import
