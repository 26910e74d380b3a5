#pragma once

#include <cstddef>
#include <cstdint>

/// The caps a course package must stay within (courses/FORMAT.md, "Limits"). Each is far above
/// what a real course needs and low enough that one hostile file cannot hang the player or fill
/// its memory; going over one is a diagnostic that names the cap, never a crash.
namespace kompis::core::limits
{

/// Characters (code points) of a course or lesson title in one language.
inline constexpr std::size_t kMaxTitleCharacters = 200;
/// Lessons listed in one course.xml; later ones are left out.
inline constexpr std::size_t kMaxLessonsPerCourse = 1000;
/// Ids in one lesson's `requires=`; later ones are left out.
inline constexpr std::size_t kMaxPrerequisitesPerLesson = 32;
/// Files in a package, folder or packed.
inline constexpr std::size_t kMaxPackageEntries = 20000;
/// Bytes of one file, and of all files, in a package (folder or unpacked size of a .kompis).
inline constexpr std::size_t kMaxPackageFileBytes = std::size_t(64) << 20;
inline constexpr std::size_t kMaxPackageBytes = std::size_t(512) << 20;
/// Decoded pixels of one image (4096 × 4096: 64 MiB as RGBA), and its longest side.
inline constexpr std::uint64_t kMaxImagePixels = 4096ull * 4096ull;
inline constexpr unsigned kMaxImageSide = 8192;
// Clips are capped at 10 minutes by the decoder itself (core/audio/AudioClip.cpp), before it
// decodes them.

} // namespace kompis::core::limits
