#include "TtsVoices.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <span>

namespace kompis::author
{

namespace
{

// Ordered so the first picks sound most unlike each other.
constexpr std::array<std::string_view, 5> kFemale{"f2", "f4", "f1", "f3", "f5"};
constexpr std::array<std::string_view, 8> kMale{"m3", "m1", "m7", "m2", "m4", "m6", "m5", "m8"};

/// A speaker as tts sees it: lesson speakers are their lesson's own, so their key names it.
struct Voiced
{
    const core::Speaker* speaker = nullptr;
    std::string variant;
    std::set<std::string> partners; ///< keys of speakers met in some dialogue
};

std::string keyOf(const core::Lesson& lesson, const std::string& id)
{
    for (const auto& speaker : lesson.speakers)
        if (speaker.id == id)
            return lesson.id + "/" + id;
    return id;
}

core::Diagnostic problemAt(const core::SourceLocation& where, std::string rule, std::string message)
{
    return core::Diagnostic{core::Severity::Error, std::move(rule), where, std::move(message)};
}

class Planner
{
public:
    Planner(const core::Course& course, int defaultSpeed)
        : m_course(course)
        , m_defaultSpeed(defaultSpeed)
    {
        for (const auto& speaker : course.speakers)
            m_speakers[speaker.id].speaker = &speaker;
        for (const auto& slot : course.lessons)
            if (slot.lesson)
                for (const auto& speaker : slot.lesson->speakers)
                    m_speakers[slot.lesson->id + "/" + speaker.id].speaker = &speaker;
        meetInDialogues();
        assignVariants();
    }

    std::map<std::string, PlannedClip> plan()
    {
        for (const auto& slot : m_course.lessons)
            if (slot.lesson)
                for (const auto& step : slot.lesson->steps)
                    planStep(*slot.lesson, step);
        return std::move(m_clips);
    }

private:
    void meetInDialogues()
    {
        for (const auto& slot : m_course.lessons)
        {
            if (!slot.lesson)
                continue;
            for (const auto& step : slot.lesson->steps)
                if (const auto* dialogue = std::get_if<core::DialogueStep>(&step.body))
                {
                    const auto keys = speakersOf(*slot.lesson, *dialogue);
                    for (const auto& a : keys)
                        for (const auto& b : keys)
                            if (a != b)
                                m_speakers[a].partners.insert(b);
                }
        }
    }

    std::set<std::string> speakersOf(const core::Lesson& lesson,
                                     const core::DialogueStep& dialogue) const
    {
        std::set<std::string> keys;
        for (const auto& line : dialogue.lines)
            if (const auto key = keyOf(lesson, line.speakerId); m_speakers.contains(key))
                keys.insert(key);
        return keys;
    }

    /// Fixed voices first, then each `female`/`male` speaker in list order takes the least used
    /// variant none of its dialogue partners has: adding a speaker at the end of a list never
    /// changes the voices of those before it.
    void assignVariants()
    {
        for (auto& [key, voiced] : m_speakers)
            if (voiced.speaker->voice != "female" && voiced.speaker->voice != "male")
                voiced.variant = voiced.speaker->voice, ++m_used[voiced.variant];
        for (const auto* speaker : declarationOrder())
        {
            auto& voiced = m_speakers.at(speaker->first);
            if (!voiced.variant.empty())
                continue;
            const bool female = voiced.speaker->voice == "female";
            const auto pool = female ? std::span<const std::string_view>(kFemale)
                                     : std::span<const std::string_view>(kMale);
            std::string best;
            for (const auto variant : pool)
            {
                const bool taken = std::any_of(voiced.partners.begin(), voiced.partners.end(),
                                               [&](const std::string& partner) {
                                                   return m_speakers.at(partner).variant == variant;
                                               });
                if (!taken && (best.empty() || m_used[std::string(variant)] < m_used[best]))
                    best = variant;
            }
            // More partners of one kind than variants: the shared-voice check reports it.
            voiced.variant = best.empty() ? std::string(pool.front()) : best;
            ++m_used[voiced.variant];
        }
    }

    std::vector<const std::pair<const std::string, Voiced>*> declarationOrder() const
    {
        std::vector<const std::pair<const std::string, Voiced>*> order;
        auto add = [&](const std::string& key) { order.push_back(&*m_speakers.find(key)); };
        for (const auto& speaker : m_course.speakers)
            add(speaker.id);
        for (const auto& slot : m_course.lessons)
            if (slot.lesson)
                for (const auto& speaker : slot.lesson->speakers)
                    add(slot.lesson->id + "/" + speaker.id);
        return order;
    }

    void planStep(const core::Lesson& lesson, const core::Step& step)
    {
        // Dialogue lines are spoken by their speakers, who must not share a voice; every other
        // clip (a text, a paragraph, a word, an example, an item) by its speaker if it names one.
        const auto* dialogue = std::get_if<core::DialogueStep>(&step.body);
        for (const auto* audio : core::stepAudio(step))
            add(lesson, *audio, dialogue);
    }

    void add(const core::Lesson& lesson, const core::AudioRef& audio,
             const core::DialogueStep* dialogue)
    {
        if (audio.src.empty() || m_clips.contains(audio.src))
            return;
        PlannedClip clip;
        clip.ref = audio;
        clip.speed = m_defaultSpeed;
        // espeak-ng has no nynorsk voice; bokmål is the closer of the two it has.
        const std::string language = audio.lang == "sv" ? "sv" : "nb";
        clip.voice = language;
        const bool listed = !m_course.speakers.empty() || !lesson.speakers.empty();
        if (audio.speaker.empty() && !dialogue)
        {
            m_clips.emplace(audio.src, std::move(clip)); // nobody in particular: the plain voice
            return;
        }
        const auto key = keyOf(lesson, audio.speaker);
        const auto found = m_speakers.find(key);
        if (found == m_speakers.end())
            clip.problem = problemAt(
                audio.where, "tts.unknown-speaker",
                listed ? "speaker `" + audio.speaker +
                             "` is not in the speaker list, so tts cannot choose a voice; add it "
                             "to <speakers> or fix the id"
                       : "`" + audio.src + "` is a dialogue line" +
                             (audio.speaker.empty() ? "" : " of `" + audio.speaker + "`") +
                             " but the course lists no speakers, and tts does not guess a "
                             "voice; add <speakers><speaker id=\"…\" name=\"…\" "
                             "voice=\"female|male\"/></speakers> to course.xml (FORMAT.md, "
                             "Speakers and voices)");
        else
        {
            const auto& voiced = found->second;
            clip.voice = language + "+" + voiced.variant;
            if (voiced.speaker->speed > 0)
                clip.speed = voiced.speaker->speed;
            if (dialogue)
                for (const auto& other : speakersOf(lesson, *dialogue))
                    if (other != key && m_speakers.at(other).variant == voiced.variant)
                        clip.problem = problemAt(
                            audio.where, "tts.shared-voice",
                            "`" + voiced.speaker->id + "` and `" +
                                m_speakers.at(other).speaker->id + "` speak in one dialogue " +
                                "with the same voice (" + voiced.variant +
                                "); give one of them another voice in <speakers>");
        }
        m_clips.emplace(audio.src, std::move(clip));
    }

    const core::Course& m_course;
    int m_defaultSpeed;
    std::map<std::string, Voiced> m_speakers;
    std::map<std::string, int> m_used;
    std::map<std::string, PlannedClip> m_clips;
};

} // namespace

std::map<std::string, PlannedClip> planVoices(const core::Course& course, int defaultSpeed)
{
    return Planner(course, defaultSpeed).plan();
}

} // namespace kompis::author
