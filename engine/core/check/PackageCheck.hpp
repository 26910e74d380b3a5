#pragma once

#include "core/diag/Diagnostic.hpp"
#include "core/model/Course.hpp"
#include "core/package/PackageFiles.hpp"

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace kompis::core
{

/// Where `kompis-author tts` keeps what it made (TtsManifest.hpp); not course content, so it is
/// neither an unused file nor packed.
inline constexpr std::string_view kTtsManifestPath = "media/tts-manifest.txt";

/// Limits the package checks hold clips to; the defaults are what `kompis-author validate` uses.
struct MediaLimits
{
    unsigned minSampleRate = 16000;
    unsigned maxSampleRate = 48000;
    double warnLongerThanSeconds = 60;
};

/// Called after each media file is checked (done, total), so a tool can show progress.
using CheckProgress = std::function<void(std::size_t, std::size_t)>;

/// The checks beyond the loader's, on a loaded course: every referenced clip decodes and is
/// usable (rate, not silent, not clipped, not too long), every image decodes, and no media file
/// lies unused. Rules `media.*` and `package.*`, explained in tools/RULES.md.
std::vector<Diagnostic> checkPackage(const PackageFiles& package, const Course& course,
                                     const MediaLimits& limits = {},
                                     const CheckProgress& progress = {});

/// Every media file (audio and images) the loaded lessons refer to, package-relative.
std::set<std::string> referencedMedia(const Course& course);

/// Width and height from a PNG or JPEG file's header, or nullopt when it is neither.
struct ImageSize
{
    unsigned width = 0;
    unsigned height = 0;
};
std::optional<ImageSize> imageSize(std::string_view bytes);

/// Whether a PNG or JPEG file has its end (IEND, end-of-image): an interrupted copy or download
/// keeps its header, so its size reads fine, but it cannot be shown.
bool imageIsWhole(std::string_view bytes);

/// Whether an image of this size may be decoded: within limits::kMaxImagePixels and
/// limits::kMaxImageSide. The player asks before it decodes a course image.
bool imageFitsLimits(const ImageSize& size);

} // namespace kompis::core
