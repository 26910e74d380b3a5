#include "core/check/PackageCheck.hpp"

#include "core/audio/AudioClip.hpp"
#include "core/model/InputLimits.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

namespace kompis::core
{

namespace
{

/// Every media reference of the loaded lessons, with the first place it is used.
struct MediaUses
{
    std::map<std::string, SourceLocation> audio;
    std::map<std::string, SourceLocation> images;

    void addAudio(const std::optional<AudioRef>& ref)
    {
        if (ref && !ref->src.empty())
            audio.emplace(ref->src, ref->where);
    }
};

MediaUses collectMedia(const Course& course)
{
    MediaUses uses;
    for (const auto& slot : course.lessons)
    {
        if (!slot.lesson)
            continue;
        for (const auto& step : slot.lesson->steps)
        {
            for (const auto* audio : stepAudio(step))
                uses.addAudio(*audio);
            std::visit(
                [&](const auto& body)
                {
                    using Body = std::decay_t<decltype(body)>;
                    if constexpr (std::is_same_v<Body, ImageStep>)
                    {
                        if (!body.image.src.empty())
                            uses.images.emplace(body.image.src, body.image.where);
                    }
                    else if constexpr (std::is_same_v<Body, Item>)
                    {
                        if (const auto* options = itemOptions(body.body))
                            for (const auto& option : *options)
                                if (option.image && !option.image->src.empty())
                                    uses.images.emplace(option.image->src, option.image->where);
                    }
                },
                step.body);
        }
    }
    return uses;
}

std::string seconds(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f s", value);
    return text;
}

void checkClip(const PackageFiles& package, const std::string& src, const SourceLocation& where,
               const MediaLimits& limits, DiagnosticSink& sink)
{
    std::string error;
    const auto bytes = package.read(src, error);
    if (!bytes)
        return; // the loader has already reported a missing file
    const auto decoded = decodeAudio(*bytes, src);
    if (!decoded.audio)
    {
        sink.error("media.undecodable", where, decoded.error);
        return;
    }
    const auto& audio = *decoded.audio;
    if (audio.sampleRate < limits.minSampleRate || audio.sampleRate > limits.maxSampleRate)
        sink.warning("media.sample-rate", where,
                     "`" + src + "` is recorded at " + std::to_string(audio.sampleRate) +
                         " Hz; use 16–48 kHz (22050 or 44100 Hz are good for speech)");
    const auto analysis = analyseAudio(audio);
    if (analysis.silent)
        sink.error("media.silent", where,
                   "`" + src +
                       "` is silent; record it again or run `kompis-author tts` after deleting it");
    else if (analysis.clipped)
        sink.warning(
            "media.clipped", where,
            "`" + src + "` is recorded too loud (" + std::to_string(analysis.clippedSamples) +
                " samples at full scale, heard as distortion); record it again with less gain");
    if (analysis.seconds > limits.warnLongerThanSeconds)
        sink.warning("media.too-long", where,
                     "`" + src + "` is " + seconds(analysis.seconds) +
                         " long; learners replay clips often, so keep them under a minute (split "
                         "long texts)");
}

void checkImage(const PackageFiles& package, const std::string& src, const SourceLocation& where,
                DiagnosticSink& sink)
{
    std::string error;
    const auto bytes = package.read(src, error);
    if (!bytes)
        return;
    const auto size = imageSize(*bytes);
    if (!size)
        sink.error(
            "media.bad-image", where,
            "`" + src +
                "` is not a PNG or JPEG image Kompis can show; save it again as PNG or JPEG");
    else if (!imageFitsLimits(*size))
        // A few kilobytes of PNG can declare 16000 × 16000 pixels: 1 GiB once decoded.
        sink.error("media.image-too-large", where,
                   "`" + src + "` is " + std::to_string(size->width) + " × " +
                       std::to_string(size->height) + " pixels; images may have at most " +
                       std::to_string(limits::kMaxImagePixels / 1000000) + " million pixels and " +
                       std::to_string(limits::kMaxImageSide) +
                       " on a side. Scale it down (1600 pixels wide is plenty on screen)");
    else if (!imageIsWhole(*bytes))
        sink.error("media.bad-image", where,
                   "`" + src +
                       "` is cut short: its end is missing, as after an interrupted copy or "
                       "download; copy or save it again");
}

} // namespace

std::set<std::string> referencedMedia(const Course& course)
{
    const auto uses = collectMedia(course);
    std::set<std::string> files;
    for (const auto& [src, where] : uses.audio)
        files.insert(src);
    for (const auto& [src, where] : uses.images)
        files.insert(src);
    return files;
}

std::vector<Diagnostic> checkPackage(const PackageFiles& package, const Course& course,
                                     const MediaLimits& limits, const CheckProgress& progress)
{
    DiagnosticSink sink;
    const auto uses = collectMedia(course);
    const std::size_t total = uses.audio.size() + uses.images.size();
    std::size_t done = 0;
    for (const auto& [src, where] : uses.audio)
    {
        checkClip(package, src, where, limits, sink);
        if (progress)
            progress(++done, total);
    }
    for (const auto& [src, where] : uses.images)
    {
        checkImage(package, src, where, sink);
        if (progress)
            progress(++done, total);
    }
    // Only judge unused files when every lesson loaded: a broken lesson's media look unused.
    const bool allLoaded = std::all_of(course.lessons.begin(), course.lessons.end(),
                                       [](const auto& slot) { return slot.lesson != nullptr; });
    if (allLoaded)
        for (const auto& file : package.list())
            if (file.starts_with("media/") && !uses.audio.contains(file) &&
                !uses.images.contains(file) && file != kTtsManifestPath)
                sink.warning("package.unused-media",
                             SourceLocation{package.displayPath(file), 0, 0},
                             "no lesson uses `" + file +
                                 "`; delete it or refer to it, so the package stays small");
    return sink.take();
}

} // namespace kompis::core
