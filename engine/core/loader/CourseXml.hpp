#pragma once

#include "core/loader/XmlSource.hpp"
#include "core/model/Course.hpp"

namespace kompis::core::loader
{

/// Reads `course.xml` into a Course with its lesson slots (lessons not loaded yet).
/// Returns false when the file cannot give a usable course (no id or no lessons to show).
bool readCourseXml(const XmlSource& source, DiagnosticSink& sink, Course& course);

/// Lesson order and prerequisites: unknown ids and cycles (`course.*` rules).
void checkPrerequisites(const XmlSource& source, const tinyxml2::XMLElement* lessons,
                        const Course& course, DiagnosticSink& sink);

/// Whether `id` is a valid package, lesson or step id: `a-z 0-9 - _ .`, 1–64 characters.
bool isValidId(std::string_view id);

} // namespace kompis::core::loader
