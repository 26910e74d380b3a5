// Learners hear the bundled dialogues in their characters' voices: a woman's voice for a woman,
// Norwegian for Norwegian lines, and never one voice for two people talking to each other. The
// voice of each clip is read from media/tts-manifest.txt, where kompis-author tts wrote down
// what it made the clip with, and the clip's hash there proves the file is that clip.
#include "core/loader/CourseLoader.hpp"
#include "core/package/Manifest.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <vector>

using namespace kompis;
namespace fs = std::filesystem;

namespace
{

struct MadeClip
{
    std::string voice; ///< e.g. `sv+f2`
    std::string fileHash;
};

/// The manifest's lines are `src voice speed input-hash file-hash`, split by tabs.
std::map<std::string, MadeClip> readTtsManifest(const fs::path& file)
{
    std::map<std::string, MadeClip> clips;
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);)
    {
        std::vector<std::string> fields(1);
        for (const char c : line)
            if (c == '\t')
                fields.emplace_back();
            else
                fields.back().push_back(c);
        if (fields.size() == 5 && !line.starts_with('#'))
            clips[fields[0]] = MadeClip{fields[1], fields[4]};
    }
    return clips;
}

std::string hashOfFile(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return core::sha256Hex(bytes).substr(0, 32);
}

/// A lesson's own speaker shadows nobody (ids are unique), so the key says whose list it is in.
std::pair<std::string, const core::Speaker*>
findSpeaker(const core::Course& course, const core::Lesson& lesson, const std::string& id)
{
    for (const auto& speaker : lesson.speakers)
        if (speaker.id == id)
            return {lesson.id + "/" + id, &speaker};
    for (const auto& speaker : course.speakers)
        if (speaker.id == id)
            return {id, &speaker};
    return {id, nullptr};
}

bool voiceFits(const core::Speaker& speaker, const std::string& variant)
{
    if (speaker.voice == "female")
        return variant.starts_with('f');
    if (speaker.voice == "male")
        return variant.starts_with('m');
    return variant == speaker.voice;
}

/// Everything wrong with the voices of one course's dialogues, one sentence each.
std::vector<std::string> voiceProblems(const fs::path& root, const core::Course& course)
{
    std::vector<std::string> problems;
    const auto made = readTtsManifest(root / "media/tts-manifest.txt");
    std::map<std::string, std::string> variantOf; // speaker key → the variant first heard
    for (const auto& slot : course.lessons)
    {
        if (!slot.lesson)
            continue;
        for (const auto& step : slot.lesson->steps)
        {
            const auto* dialogue = std::get_if<core::DialogueStep>(&step.body);
            if (!dialogue)
                continue;
            const std::string where = slot.lesson->id + "/" + step.id + ": ";
            std::map<std::string, std::string> inDialogue; // variant → speaker key
            for (const auto& line : dialogue->lines)
            {
                const std::string id = line.audio && !line.audio->speaker.empty()
                                           ? line.audio->speaker
                                           : line.speakerId;
                const auto [key, speaker] = findSpeaker(course, *slot.lesson, id);
                if (!speaker)
                {
                    problems.push_back(where + "`" + line.speaker +
                                       "` is not in the course's or the lesson's <speakers>");
                    continue;
                }
                if (!line.audio)
                    continue;
                const auto clip = made.find(line.audio->src);
                if (clip == made.end())
                {
                    problems.push_back(where + line.audio->src +
                                       " is not in media/tts-manifest.txt: run kompis-author tts");
                    continue;
                }
                if (clip->second.fileHash != hashOfFile(root / line.audio->src))
                    problems.push_back(where + line.audio->src +
                                       " is not the clip tts made (another file replaced it)");
                const std::string language = line.audio->lang == "sv" ? "sv+" : "nb+";
                const auto& voice = clip->second.voice;
                if (!voice.starts_with(language))
                {
                    problems.push_back(where + line.audio->src + " is spoken with " + voice +
                                       ", not a " + line.audio->lang + " voice");
                    continue;
                }
                const auto variant = voice.substr(language.size());
                if (!voiceFits(*speaker, variant))
                    problems.push_back(where + key + " is " + speaker->voice + " but " +
                                       line.audio->src + " has voice " + variant);
                if (const auto [first, added] = variantOf.emplace(key, variant);
                    !added && first->second != variant)
                    problems.push_back(where + key + " speaks with " + variant + " here and with " +
                                       first->second + " elsewhere");
                if (const auto [other, added] = inDialogue.emplace(variant, key);
                    !added && other->second != key)
                    problems.push_back(where + key + " and " + other->second +
                                       " talk to each other with one voice, " + variant);
            }
        }
    }
    return problems;
}

std::string joined(const std::vector<std::string>& lines)
{
    std::string text;
    for (std::size_t i = 0; i < lines.size() && i < 30; ++i)
        text += lines[i] + "\n";
    return text;
}

} // namespace

TEST_CASE("every bundled course's dialogues are spoken by listed speakers, each in one voice of "
          "their kind and language, never the voice of the person they talk to",
          "[courses][voices]")
{
    std::size_t courses = 0;
    for (const auto& entry : fs::directory_iterator(KOMPIS_COURSES_DIR))
    {
        if (!fs::exists(entry.path() / "course.xml"))
            continue;
        ++courses;
        DYNAMIC_SECTION(entry.path().filename().string())
        {
            const auto load = core::loadCourse(core::DirectoryPackage(entry.path().string()));
            REQUIRE(load.usable());
            const auto problems = voiceProblems(entry.path(), *load.course);
            INFO(joined(problems));
            CHECK(problems.empty());
        }
    }
    CHECK(courses >= 5);
}
