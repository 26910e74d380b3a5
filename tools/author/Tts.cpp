#include "Commands.hpp"
#include "TtsAddClips.hpp"
#include "TtsManifest.hpp"
#include "TtsVoices.hpp"
#include "core/audio/AudioClip.hpp"
#include "core/check/PackageCheck.hpp"
#include "core/package/Manifest.hpp"
#include "core/package/PackageFiles.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace kompis::author
{

namespace fs = std::filesystem;

namespace
{

/// Runs espeak-ng without a shell, so any transcript text is safe.
std::string synthesise(const PlannedClip& clip, const fs::path& wav)
{
    std::vector<std::string> argv{
        "espeak-ng", "-v",         clip.voice, "-s",       std::to_string(clip.speed),
        "-w",        wav.string(), "--",       clip.text()};
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
        return "espeak-ng failed for voice " + clip.voice;
    return {};
}

std::optional<core::AudioFileFormat> formatFor(const std::string& src)
{
    const auto extension = fs::path(src).extension().string();
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

std::string fileHash(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return core::sha256Hex(bytes).substr(0, 32);
}

/// "" when writing `relative` under `root` stays inside the course; otherwise why not. A
/// symbolic link (a linked media/ folder, a linked clip) that leads outside is refused, so tts
/// never overwrites a file elsewhere on the computer.
std::string linkLeadsOutside(const fs::path& root, const std::string& relative)
{
    std::error_code ec;
    auto path = root;
    for (const auto& part : fs::path(relative))
    {
        path /= part;
        if (!fs::is_symlink(path, ec))
            continue;
        if (const auto resolved = core::realPathOutside(root, path.lexically_relative(root)))
            return path.lexically_relative(root).string() + " is a symbolic link to " +
                   resolved->string() +
                   ", outside the course; tts does not write there (copy the folder into the "
                   "course instead of linking it)";
    }
    return {};
}

/// Encodes next to the target and renames, so a clip is never left half written and a link in
/// the clip's own place is replaced rather than written through.
std::string writeClip(const fs::path& target, const fs::path& wav, core::AudioFileFormat format)
{
    const auto decoded = core::decodeAudioFile(wav.string());
    if (!decoded.audio)
        return decoded.error;
    std::error_code ec;
    fs::create_directories(target.parent_path(), ec);
    auto temporary = target;
    temporary += ".tts-part";
    if (auto problem = core::encodeAudioFile(temporary.string(), *decoded.audio, format, 0.3);
        !problem.empty())
    {
        fs::remove(temporary, ec);
        return problem;
    }
    fs::rename(temporary, target, ec);
    return ec ? "cannot write " + target.string() + " (" + ec.message() + ")" : std::string();
}

enum class ClipState
{
    Missing,   ///< no file: make it
    Changed,   ///< made by tts, and its transcript, voice or speed changed since: make it again
    Unchanged, ///< made by tts from what the course says now
    Kept,      ///< not made by tts (a recording, or older than the manifest): never touched
};

ClipState stateOf(const fs::path& target, const PlannedClip& clip,
                  const std::map<std::string, TtsRecord>& manifest)
{
    if (!fs::exists(target))
        return ClipState::Missing;
    const auto record = manifest.find(clip.ref.src);
    if (record == manifest.end() || record->second.fileHash != fileHash(target))
        return ClipState::Kept;
    return record->second.inputHash == ttsInputHash(clip.voice, clip.speed, clip.text())
               ? ClipState::Unchanged
               : ClipState::Changed;
}

} // namespace

int runTts(Arguments& args)
{
    const auto speedOption = args.value("--speed");
    const auto& positional = args.positional();
    const int speed = speedOption ? std::atoi(speedOption->c_str()) : 150;
    if (positional.size() != 1)
        return args.usageError("name one course folder");
    if (speed < 80 || speed > 300)
        return args.usageError("--speed is 80 to 300 words a minute");
    const fs::path root = positional[0];
    if (!fs::is_directory(root))
    {
        std::fprintf(stderr,
                     "kompis-author tts: %s is not a course folder (unpack a .kompis first)\n",
                     root.c_str());
        return kUsage;
    }
    std::string error;
    auto package = loadPackage(root.string(), error);
    if (!package.load.usable())
    {
        std::fprintf(
            stderr,
            "kompis-author tts: the course cannot be loaded; run kompis-author validate %s\n",
            root.c_str());
        return kProblems;
    }
    if (args.flag("--add-missing"))
    {
        const auto added = addMissingClips(root, *package.load.course);
        for (const auto& problem : added.problems)
            std::fprintf(stderr, "kompis-author tts: %s\n", problem.c_str());
        std::printf("added <audio> to %zu paragraphs and %zu examples in %zu lesson files\n",
                    added.paragraphs, added.examples, added.files.size());
        if (!added.files.empty())
            package = loadPackage(root.string(), error);
        if (!package.load.usable())
            return kProblems;
    }
    const auto manifestPath = root / std::string(core::kTtsManifestPath);
    if (const auto problem = linkLeadsOutside(root, std::string(core::kTtsManifestPath));
        !problem.empty())
    {
        std::fprintf(stderr, "kompis-author tts: %s\n", problem.c_str());
        return kProblems;
    }
    auto manifest = readTtsManifest(manifestPath);
    const auto clips = planVoices(*package.load.course, speed);

    std::vector<std::pair<const PlannedClip*, ClipState>> work;
    std::size_t unchanged = 0, kept = 0, failed = 0;
    std::map<std::string, TtsRecord> current;
    for (const auto& [src, clip] : clips)
    {
        if (clip.ref.transcript.empty())
            continue;
        const auto state = stateOf(root / src, clip, manifest);
        if (state == ClipState::Unchanged)
            ++unchanged, current.emplace(src, manifest.at(src));
        else if (state == ClipState::Kept)
            ++kept;
        else if (clip.problem)
            ++failed, std::fprintf(stderr, "%s\n", core::formatDiagnostic(*clip.problem).c_str());
        else
            work.emplace_back(&clip, state);
    }
    if (work.empty() && failed == 0)
    {
        std::printf("every one of %zu clips exists; nothing to do (%zu made by tts and up to "
                    "date, %zu not made by tts)\n",
                    clips.size(), unchanged, kept);
        return kClean;
    }
    const auto wav =
        fs::temp_directory_path() / ("kompis-tts-" + std::to_string(::getpid()) + ".wav");
    ProgressBar bar("synthesising");
    std::size_t made = 0, revoiced = 0, missing = 0;
    for (const auto& [clip, state] : work)
    {
        const auto& src = clip->ref.src;
        missing += state == ClipState::Missing;
        const auto format = formatFor(src);
        std::string problem = linkLeadsOutside(root, src);
        if (problem.empty() && !format)
            problem = "cannot make " + fs::path(src).extension().string() + " files; use .ogg";
        if (problem.empty())
            problem = synthesise(*clip, wav);
        if (problem.empty())
            problem = writeClip(root / src, wav, *format);
        if (!problem.empty())
        {
            ++failed;
            std::fprintf(stderr, "%s: %s\n", src.c_str(), problem.c_str());
        }
        else
        {
            (state == ClipState::Missing ? made : revoiced) += 1;
            current[src] = TtsRecord{clip->voice, clip->speed,
                                     ttsInputHash(clip->voice, clip->speed, clip->text()),
                                     fileHash(root / src)};
            std::printf("%s %s: %s, %d words a minute\n",
                        state == ClipState::Missing ? "made" : "re-voiced", src.c_str(),
                        clip->voice.c_str(), clip->speed);
        }
        bar.update(made + revoiced + failed, work.size());
    }
    std::error_code ec;
    fs::remove(wav, ec);
    // Records of clips tts made but did not touch this time stay, so a later run still knows them.
    for (const auto& [src, record] : manifest)
        if (!current.contains(src) && clips.contains(src) && fs::exists(root / src) &&
            record.fileHash == fileHash(root / src))
            current.emplace(src, record);
    if (auto problem = work.empty() ? std::string() : writeTtsManifest(manifestPath, current);
        !problem.empty())
        std::fprintf(stderr, "kompis-author tts: %s\n", problem.c_str());
    std::printf("made %zu of %zu missing clips; re-voiced %zu whose transcript, voice or speed "
                "changed; %zu up to date, %zu not made by tts left as they are\n",
                made, missing, revoiced, unchanged, kept);
    return failed ? kProblems : kClean;
}

} // namespace kompis::author
