#include "Commands.hpp"
#include "core/audio/AudioClip.hpp"

#include <cstdio>
#include <filesystem>
#include <map>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace kompis::author
{

namespace
{

struct Clip
{
    core::AudioRef ref;
};

void collect(const core::Course& course, std::map<std::string, core::AudioRef>& clips)
{
    auto add = [&](const std::optional<core::AudioRef>& ref)
    {
        if (ref && !ref->src.empty())
            clips.emplace(ref->src, *ref);
    };
    for (const auto& slot : course.lessons)
    {
        if (!slot.lesson)
            continue;
        for (const auto& step : slot.lesson->steps)
        {
            if (const auto* text = std::get_if<core::TextStep>(&step.body))
                add(text->audio);
            else if (const auto* dialogue = std::get_if<core::DialogueStep>(&step.body))
                for (const auto& line : dialogue->lines)
                    add(line.audio);
            else if (const auto* words = std::get_if<core::VocabularyStep>(&step.body))
                for (const auto& entry : words->entries)
                    add(entry.audio);
            else if (const auto* item = step.item())
            {
                if (const auto* d = std::get_if<core::Dictation>(&item->body))
                    add(d->audio);
                else if (const auto* l = std::get_if<core::ListenChoose>(&item->body))
                    add(l->audio);
            }
        }
    }
}

/// espeak-ng's voice for the clip: its language, with a variant per speaker so the two people
/// of a dialogue sound different (the same speaker always gets the same variant).
std::string voiceFor(const core::AudioRef& ref)
{
    const std::string language = ref.lang == "sv" ? "sv" : "nb"; // espeak-ng has no nynorsk voice
    if (ref.speaker.empty())
        return language;
    static const char* kVariants[] = {"+f2", "+m3", "+f4", "+m1", "+f1", "+m2"};
    std::uint32_t hash = 2166136261u;
    for (const char c : ref.speaker)
        hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
    return language + kVariants[hash % std::size(kVariants)];
}

/// Runs espeak-ng without a shell, so any transcript text is safe.
std::string synthesise(const core::AudioRef& ref, const std::filesystem::path& wav)
{
    const auto voice = voiceFor(ref);
    std::vector<std::string> argv{"espeak-ng", "-v",         voice, "-s",          "150",
                                  "-w",        wav.string(), "--",  ref.transcript};
    std::vector<char*> raw;
    for (auto& arg : argv)
        raw.push_back(arg.data());
    raw.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawnp(&pid, "espeak-ng", nullptr, nullptr, raw.data(), environ) != 0)
        return "cannot run espeak-ng; install it with: apt-get install espeak-ng";
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return "espeak-ng failed for voice " + voice;
    return {};
}

std::optional<core::AudioFileFormat> formatFor(const std::string& src)
{
    const auto extension = std::filesystem::path(src).extension().string();
    if (extension == ".ogg" || extension == ".oga")
        return core::AudioFileFormat::OggVorbis;
    if (extension == ".opus")
        return core::AudioFileFormat::OggOpus;
    if (extension == ".flac")
        return core::AudioFileFormat::Flac;
    if (extension == ".wav")
        return core::AudioFileFormat::Wav;
    return std::nullopt;
}

} // namespace

int runTts(Arguments& args)
{
    std::string error;
    const auto positional = args.positional(error);
    if (!error.empty() || positional.size() != 1)
    {
        std::fprintf(stderr, "Usage: kompis-author tts PATH\n");
        return kUsage;
    }
    const std::filesystem::path root = positional[0];
    if (!std::filesystem::is_directory(root))
    {
        std::fprintf(stderr,
                     "kompis-author tts: %s is not a course folder (unpack a .kompis first)\n",
                     root.c_str());
        return kUsage;
    }
    auto package = loadPackage(root.string(), error);
    if (!package.load.usable())
    {
        std::fprintf(
            stderr,
            "kompis-author tts: the course cannot be loaded; run kompis-author validate %s\n",
            root.c_str());
        return kProblems;
    }
    std::map<std::string, core::AudioRef> clips;
    collect(*package.load.course, clips);
    std::vector<core::AudioRef> missing;
    for (const auto& [src, ref] : clips)
        if (!package.files->exists(src) && !ref.transcript.empty())
            missing.push_back(ref);
    if (missing.empty())
    {
        std::printf("every one of %zu clips exists; nothing to do\n", clips.size());
        return kClean;
    }
    const auto wav = std::filesystem::temp_directory_path() /
                     ("kompis-tts-" + std::to_string(::getpid()) + ".wav");
    ProgressBar bar("synthesising");
    std::size_t made = 0, failed = 0;
    for (const auto& ref : missing)
    {
        const auto target = root / ref.src;
        const auto format = formatFor(ref.src);
        std::string problem;
        if (!format)
            problem = "cannot make " + std::filesystem::path(ref.src).extension().string() +
                      " files; use .ogg";
        else if (problem = synthesise(ref, wav); problem.empty())
        {
            const auto decoded = core::decodeAudioFile(wav.string());
            std::error_code ec;
            std::filesystem::create_directories(target.parent_path(), ec);
            problem = decoded.audio
                          ? core::encodeAudioFile(target.string(), *decoded.audio, *format, 0.3)
                          : decoded.error;
        }
        if (problem.empty())
            ++made;
        else
        {
            ++failed;
            std::fprintf(stderr, "%s: %s\n", ref.src.c_str(), problem.c_str());
        }
        bar.update(made + failed, missing.size());
    }
    std::filesystem::remove(wav);
    std::printf("made %zu of %zu missing clips (%zu existed already)\n", made, missing.size(),
                clips.size() - missing.size());
    return failed ? kProblems : kClean;
}

} // namespace kompis::author
