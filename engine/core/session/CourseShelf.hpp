#pragma once

#include "core/loader/CourseLoader.hpp"
#include "core/package/PackageFiles.hpp"
#include "core/store/StoreTypes.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace kompis::core::session
{

/// One course on the learner's shelf, read lazily (only course.xml for the library; the lessons
/// when the course is opened).
struct CourseEntry
{
    std::string location;                  ///< folder or .kompis file
    std::unique_ptr<PackageFiles> package; ///< null when it could not be opened at all
    std::string openError;
    CourseLoad outline; ///< course.xml only
    CourseLoad full;    ///< everything, once opened
    bool fullyLoaded = false;

    /// Broken: shown as "cannot be opened" with its first diagnostics.
    [[nodiscard]] bool broken() const;
    [[nodiscard]] const Course* course() const;
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

/// Every course the player shows, in shelf order; entries are stable (sessions point at them).
using CourseShelf = std::vector<std::unique_ptr<CourseEntry>>;

/// What the progress store must know of a course version: its lessons, their items and words.
[[nodiscard]] store::CourseOutline courseOutline(const Course& course);

} // namespace kompis::core::session
