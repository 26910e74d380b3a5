#pragma once

#include "core/diag/Diagnostic.hpp"
#include "core/model/Course.hpp"
#include "core/package/PackageFiles.hpp"

#include <cstddef>
#include <memory>

namespace kompis::core
{

struct LoadOptions
{
    /// Load and check every lesson now. The player passes false to read only `course.xml`
    /// for its library screen, and loads lessons when a learner opens the course.
    bool loadLessons = true;
    /// Files larger than this are refused (`file.too-large`) rather than parsed.
    std::size_t maxXmlBytes = 8u * 1024u * 1024u;
    /// Keep what could be read of a lesson that has errors. The player leaves such lessons out;
    /// the authoring tool keeps them so its media checks and `tts` still see every clip. The
    /// diagnostics are the same either way.
    bool keepLessonsWithErrors = false;
};

/// The result of loading a package: the model (null only when `course.xml` itself is unusable)
/// and every diagnostic found, in file order. Lessons that failed have a null `lesson`.
struct CourseLoad
{
    std::shared_ptr<const Course> course;
    std::vector<Diagnostic> diagnostics;

    [[nodiscard]] bool usable() const { return course != nullptr; }
    [[nodiscard]] std::size_t errorCount() const;
};

/// The one loader and validator: the player, kompis-author and the tests all call this.
/// Never throws for bad content and never stops at the first problem; out of memory is thrown
/// as std::bad_alloc on the calling thread (never from a worker thread, which would abort).
CourseLoad loadCourse(const PackageFiles& package, const LoadOptions& options = {});

/// Loads (or reloads) one lesson of an already loaded course; diagnostics go to `sink`.
std::shared_ptr<const Lesson> loadLesson(const PackageFiles& package, const Course& course,
                                         const LessonSlot& slot, DiagnosticSink& sink,
                                         const LoadOptions& options = {});

} // namespace kompis::core
