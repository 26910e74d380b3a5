#pragma once

#include "core/loader/CourseLoader.hpp"
#include "core/package/PackageFiles.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace kompis::app
{

/// One course the learner can see: read lazily (only course.xml for the library; the lessons
/// when the course is opened).
struct CourseEntry
{
    std::string location;                        ///< folder or .kompis file
    std::unique_ptr<core::PackageFiles> package; ///< null when it could not be opened at all
    std::string openError;
    core::CourseLoad outline; ///< course.xml only
    core::CourseLoad full;    ///< everything, once opened
    bool fullyLoaded = false;

    /// Broken: shown as "cannot be opened" with its first diagnostics.
    [[nodiscard]] bool broken() const;
    [[nodiscard]] const core::Course* course() const;
    /// The first few problems as people read them (`file:line:col: error: …`).
    [[nodiscard]] std::vector<std::string> firstProblems(std::size_t count) const;
    /// Loads every lesson (once).
    void loadFully();
};

/// Where courses come from, in this order: the bundled folder(s), the user's data dir, and the
/// paths named on the command line. Each entry is a course folder or a `.kompis` file, or a
/// folder holding such entries.
std::vector<std::filesystem::path>
courseLocations(const std::vector<std::filesystem::path>& roots,
                const std::vector<std::filesystem::path>& explicitPaths);

/// Opens and reads course.xml of every location (lessons stay unread).
std::vector<std::unique_ptr<CourseEntry>>
openCourses(const std::vector<std::filesystem::path>& locations);

} // namespace kompis::app
