#include "core/loader/SpeakerXml.hpp"

#include "core/loader/CourseXml.hpp"

#include <algorithm>

namespace kompis::core::loader
{

void readSpeakers(const ElementReader& reader, const tinyxml2::XMLElement* list,
                  const std::vector<Speaker>& outer, std::vector<Speaker>& speakers)
{
    reader.checkAttributes(list, {});
    reader.checkNoText(list);
    for (const auto* element = list->FirstChildElement(); element;
         element = element->NextSiblingElement())
    {
        if (std::string_view(element->Name()) != "speaker")
        {
            reader.unknownElement(element, {"speaker"});
            continue;
        }
        reader.checkAttributes(element, {"id", "name", "voice", "speed"});
        reader.checkNoText(element);
        Speaker speaker;
        speaker.where = reader.at(element);
        const auto id = reader.required(element, "id");
        const auto name = reader.required(element, "name");
        const auto voice = reader.required(element, "voice");
        if (!id || !name || !voice)
            continue;
        if (!isValidId(*id))
        {
            reader.error("bad-id", reader.atAttribute(element, "id"),
                         "speaker id `" + *id +
                             "` may only use a-z, 0-9, '-', '_' and '.', e.g. id=\"omar\"");
            continue;
        }
        const Speaker* previous = findSpeaker(speakers, *id);
        if (!previous)
            previous = findSpeaker(outer, *id);
        if (previous)
        {
            reader.error("duplicate-speaker", reader.atAttribute(element, "id"),
                         "speaker `" + *id + "` is already listed at " + previous->where.file +
                             ":" + std::to_string(previous->where.line) +
                             "; give every speaker one entry and one id");
            continue;
        }
        if (std::find(kSpeakerVoices.begin(), kSpeakerVoices.end(), *voice) == kSpeakerVoices.end())
        {
            std::string message = "voice=\"" + *voice + "\" is not a voice Kompis knows";
            if (const auto guess = closestName(*voice, kSpeakerVoices); !guess.empty())
                message += "; did you mean \"" + guess + "\"?";
            else
                message += "; use female or male (kompis-author tts then gives every speaker of "
                           "a dialogue a different voice), or one voice: f1–f5, m1–m8";
            reader.error("bad-voice", reader.atAttribute(element, "voice"), std::move(message));
            continue;
        }
        speaker.id = *id;
        speaker.name = collapseSpace(*name);
        speaker.voice = *voice;
        if (element->Attribute("speed"))
            speaker.speed = reader.integer(element, "speed", 80, 300).value_or(0);
        speakers.push_back(std::move(speaker));
    }
}

const Speaker* findSpeaker(const std::vector<Speaker>& speakers, std::string_view id)
{
    const auto found = std::find_if(speakers.begin(), speakers.end(),
                                    [&](const Speaker& speaker) { return speaker.id == id; });
    return found == speakers.end() ? nullptr : &*found;
}

const Speaker* resolveSpeaker(const ElementReader& reader, const tinyxml2::XMLElement* element,
                              std::string_view attribute, const std::string& id,
                              const std::vector<Speaker>& speakers)
{
    if (const auto* speaker = findSpeaker(speakers, id))
        return speaker;
    std::string message = "speaker `" + id + "` is not in the speaker list";
    // Authors often write the name shown (Omar) where the id (omar) belongs.
    const auto byName = std::find_if(speakers.begin(), speakers.end(),
                                     [&](const Speaker& speaker) { return speaker.name == id; });
    std::string guess = byName != speakers.end() ? byName->id : std::string();
    for (const auto& speaker : speakers)
        if (guess.empty() && !closestName(id, {speaker.id}).empty())
            guess = speaker.id;
    if (!guess.empty())
        message += "; did you mean `" + guess + "`?";
    else
        message += "; add <speaker id=\"" + id +
                   "\" name=\"…\" voice=\"female|male\"/> to <speakers> in course.xml or this "
                   "lesson";
    reader.error("unknown-speaker", reader.atAttribute(element, attribute), std::move(message));
    return nullptr;
}

} // namespace kompis::core::loader
