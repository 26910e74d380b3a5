#pragma once

#include "core/model/Course.hpp"
#include "core/package/PackageFiles.hpp"

#include <cstddef>

namespace kompis::core
{

/// About how much memory an open course costs, so the player can keep several within a budget
/// (six small packages took it to 3.3 GB): close the least recently used course, or unload its
/// lessons, when the sum passes the budget. Audio is not counted: clips go through ClipCache,
/// which has its own budget.
struct CourseMemory
{
    std::size_t packageBytes = 0; ///< file content held in memory (a .kompis is read whole)
    std::size_t modelBytes = 0;   ///< the loaded lessons, estimated from their XML
    std::size_t imageBytes = 0;   ///< images of the loaded lessons once decoded as RGBA

    [[nodiscard]] std::size_t total() const { return packageBytes + modelBytes + imageBytes; }
};

/// Estimates from sizes and image headers only (nothing is decoded); linear in the package.
CourseMemory estimateCourseMemory(const PackageFiles& package, const Course& course);

/// Bytes of model per byte of lesson XML, measured on the bundled courses (see the test).
inline constexpr std::size_t kModelBytesPerXmlByte = 4;

} // namespace kompis::core
