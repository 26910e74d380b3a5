#include "Commands.hpp"
#include "core/audio/AudioClip.hpp"

#include <cstdio>
#include <map>
#include <set>

namespace kompis::author
{

namespace
{

constexpr const char* kStepNames[] = {"text", "dialogue", "vocabulary", "tip", "image", "item"};

struct Figures
{
    std::size_t lessons = 0;
    std::size_t steps = 0;
    std::size_t items = 0;
    std::size_t vocabulary = 0;
    int minutes = 0;
    std::map<std::string, std::size_t> stepsByType;
    std::map<std::string, std::size_t> itemsByType;
    std::set<std::string> audio;
    std::size_t undecodableAudio = 0;
    double audioSeconds = 0;
};

Figures measure(const core::PackageFiles& files, const core::Course& course)
{
    Figures f;
    for (const auto& slot : course.lessons)
    {
        if (!slot.lesson)
            continue;
        ++f.lessons;
        f.minutes += slot.lesson->minutes;
        for (const auto& step : slot.lesson->steps)
        {
            ++f.steps;
            ++f.stepsByType[kStepNames[step.body.index()]];
            if (const auto* item = step.item())
            {
                ++f.items;
                ++f.itemsByType[core::itemKindName(item->body)];
            }
            else if (const auto* words = std::get_if<core::VocabularyStep>(&step.body))
                f.vocabulary += words->entries.size();
            for (const auto* audio : core::stepAudio(step))
                if (!audio->src.empty())
                    f.audio.insert(audio->src);
        }
    }
    ProgressBar bar("measuring audio");
    std::size_t done = 0;
    for (const auto& src : f.audio)
    {
        std::string error;
        const auto bytes = files.read(src, error);
        // The length is all info needs: from the header, not by decoding every sample.
        const auto probe = bytes ? core::probeAudio(*bytes, src) : core::AudioProbe{};
        if (probe.seconds)
            f.audioSeconds += *probe.seconds;
        else
            ++f.undecodableAudio;
        bar.update(++done, f.audio.size());
    }
    return f;
}

std::string joined(const std::vector<std::string>& words)
{
    std::string out;
    for (const auto& w : words)
        out += (out.empty() ? "" : " ") + w;
    return out;
}

std::string jsonList(const std::vector<std::string>& words)
{
    std::string out = "[";
    for (std::size_t i = 0; i < words.size(); ++i)
        out += (i ? ", " : "") + jsonString(words[i]);
    return out + "]";
}

std::string jsonCounts(const std::map<std::string, std::size_t>& counts)
{
    std::string out = "{";
    std::size_t i = 0;
    for (const auto& [name, n] : counts)
        out += (i++ ? ", " : "") + jsonString(name) + ": " + std::to_string(n);
    return out + "}";
}

} // namespace

int runInfo(Arguments& args)
{
    const auto format = args.value("--format").value_or("text");
    const auto& paths = args.positional();
    if (paths.size() != 1)
        return args.usageError("name one course folder or .kompis file");
    if (format != "text" && format != "json")
        return args.usageError("--format is text or json");
    std::string error;
    auto package = loadPackage(paths[0], error);
    if (!package.files)
    {
        std::fprintf(stderr, "kompis-author info: %s\n", shown(error).c_str());
        return kUsage;
    }
    if (!package.load.usable())
    {
        std::fprintf(stderr,
                     "kompis-author info: %s cannot be loaded; run `kompis-author validate %s`\n",
                     paths[0].c_str(), paths[0].c_str());
        return kProblems;
    }
    const auto& course = *package.load.course;
    const auto f = measure(*package.files, course);
    const std::string title = course.title.pick("en");
    if (format == "json")
    {
        std::printf("{\n  \"id\": %s,\n  \"version\": %s,\n  \"title\": %s,\n  \"level\": %s,\n  "
                    "\"targets\": %s,\n"
                    "  \"instruction\": %s,\n  \"overview\": %s,\n  \"topics\": %s,\n  "
                    "\"lessons\": %zu,\n  \"steps\": %zu,\n"
                    "  \"items\": %zu,\n  \"vocabulary\": %zu,\n  \"audio_clips\": %zu,\n  "
                    "\"audio_seconds\": %.1f,\n"
                    "  \"minutes\": %d,\n  \"steps_by_type\": %s,\n  \"items_by_type\": %s,\n"
                    "  \"lessons_not_loaded\": %zu,\n  \"audio_undecodable\": %zu\n}\n",
                    jsonString(course.id).c_str(), jsonString(course.version).c_str(),
                    jsonString(title).c_str(), jsonString(course.level).c_str(),
                    jsonList(course.targets).c_str(), jsonList(course.instructionLangs).c_str(),
                    jsonList(course.overviewLangs).c_str(), jsonList(course.topics).c_str(),
                    f.lessons, f.steps, f.items, f.vocabulary, f.audio.size(), f.audioSeconds,
                    f.minutes, jsonCounts(f.stepsByType).c_str(), jsonCounts(f.itemsByType).c_str(),
                    course.lessons.size() - f.lessons, f.undecodableAudio);
        return kClean;
    }
    std::printf("%s (%s %s)\n", shown(title).c_str(), shown(course.id).c_str(),
                shown(course.version).c_str());
    std::printf("  level %s; target %s; instructions in %s", shown(course.level).c_str(),
                shown(joined(course.targets)).c_str(),
                shown(joined(course.instructionLangs)).c_str());
    if (!course.overviewLangs.empty())
        std::printf("; titles and goals also in %s", shown(joined(course.overviewLangs)).c_str());
    std::printf("; topics %s\n", shown(joined(course.topics)).c_str());
    std::printf("  %zu lessons (about %d minutes of study), %zu steps\n", f.lessons, f.minutes,
                f.steps);
    std::printf("  %zu quiz items:", f.items);
    for (const auto& [kind, n] : f.itemsByType)
        std::printf(" %s %zu", kind.c_str(), n);
    std::printf("\n  %zu vocabulary entries\n  %zu audio clips, %.1f minutes in all", f.vocabulary,
                f.audio.size(), f.audioSeconds / 60.0);
    if (f.undecodableAudio)
        std::printf(" (%zu cannot be decoded: run validate)", f.undecodableAudio);
    std::printf("\n");
    if (f.lessons < course.lessons.size())
        std::printf("  %zu lesson(s) could not be loaded: run `kompis-author validate %s`\n",
                    course.lessons.size() - f.lessons, paths[0].c_str());
    return kClean;
}

} // namespace kompis::author
