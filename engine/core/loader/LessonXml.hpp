#pragma once

#include "core/loader/XmlSource.hpp"
#include "core/model/Course.hpp"

#include <memory>

namespace kompis::core::loader
{

/// Reads one lesson file for `slot` of `course`. Returns null when nothing usable could be
/// read; every problem goes to `sink`.
std::shared_ptr<const Lesson> readLessonXml(const XmlSource& source, const PackageFiles& package,
                                            const Course& course, const LessonSlot& slot,
                                            DiagnosticSink& sink);

/// Every id a learner's progress is stored under (steps and vocabulary words), with where it is.
std::vector<std::pair<std::string, SourceLocation>> progressIds(const Lesson& lesson);

} // namespace kompis::core::loader
