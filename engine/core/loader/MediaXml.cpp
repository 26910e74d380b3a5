#include "core/loader/LessonContext.hpp"
#include "core/loader/SpeakerXml.hpp"

#include <algorithm>

namespace kompis::core::loader
{

namespace
{

std::string lowerExtension(const std::string& path)
{
    const auto dot = path.rfind('.');
    const auto slash = path.rfind('/');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash))
        return {};
    std::string extension = path.substr(dot + 1);
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c)
                   { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return extension;
}

bool looksAbsolute(const std::string& path)
{
    return path.starts_with('/') || path.starts_with('\\') ||
           (path.size() >= 2 && path[1] == ':') || path.find("://") != std::string::npos;
}

} // namespace

bool checkMediaPath(const LessonContext& context, const tinyxml2::XMLElement* element,
                    const std::string& src, Names extensions, std::string_view kind)
{
    const auto& reader = context.reader;
    const auto where = reader.atAttribute(element, "src");
    if (looksAbsolute(src))
    {
        reader.error("media.absolute-path", where,
                     "`" + src +
                         "` is an absolute path or a web address; copy the file into the package "
                         "and write a "
                         "path relative to it, e.g. media/clip.ogg");
        return false;
    }
    if (!isSafePackagePath(src))
    {
        reader.error("media.outside-package", where,
                     "`" + src +
                         "` points outside the package or is not written plainly (a `..`, `.` or "
                         "empty part); media must be inside it, e.g. media/clip.ogg");
        return false;
    }
    const auto extension = lowerExtension(src);
    if (std::find(extensions.begin(), extensions.end(), extension) == extensions.end())
    {
        std::vector<std::string> names(extensions.begin(), extensions.end());
        reader.error("media.unsupported-type", where,
                     "`" + src + "` is not a " + std::string(kind) + " type Kompis plays; use ." +
                         joinWords(names, ", .") + " files");
        return false;
    }
    if (!context.package.exists(src))
    {
        reader.error(
            "media.missing", where,
            "`" + src + "` does not exist in the package; add the file" +
                (kind == "audio"
                     ? std::string(" (or run `kompis-author tts` to make it from the transcript)")
                     : std::string()) +
                " or fix the path (names are case-sensitive)");
        // Still referenced: the player shows the transcript when the clip cannot play.
        return true;
    }
    return true;
}

std::optional<AudioRef> readAudio(const LessonContext& context, const tinyxml2::XMLElement* element)
{
    const auto& reader = context.reader;
    reader.checkAttributes(element, {"src", "transcript", "speaker", "lang", "say"});
    reader.checkNoText(element);
    for (const auto* child = element->FirstChildElement(); child;
         child = child->NextSiblingElement())
        reader.unknownElement(child, {});
    AudioRef audio;
    audio.where = reader.at(element);
    const auto src = reader.required(element, "src");
    const auto transcript = reader.optional(element, "transcript");
    if (!transcript || transcript->empty())
        reader.error("media.missing-transcript", reader.at(element),
                     "<audio> needs transcript=\"…\" with exactly what is said: learners without "
                     "sound read it, and "
                     "dictation grades against it");
    if (const auto lang = reader.optional(element, "lang"))
    {
        const auto& targets = reader.languages().targets;
        const auto& instruction = reader.languages().instruction;
        if (std::find(targets.begin(), targets.end(), *lang) == targets.end() &&
            std::find(instruction.begin(), instruction.end(), *lang) == instruction.end())
            reader.error("unknown-lang", reader.atAttribute(element, "lang"),
                         "lang=\"" + *lang +
                             "\" is not a language of this course; use one of its targets (" +
                             joinWords(targets) + ")");
        audio.lang = *lang;
    }
    else
        audio.lang = context.stepLang;
    if (!src || !checkMediaPath(context, element, *src,
                                {"ogg", "opus", "oga", "flac", "wav", "mp3"}, "audio"))
        return std::nullopt;
    audio.src = *src;
    audio.transcript = transcript.value_or("");
    audio.speaker = reader.optional(element, "speaker").value_or("");
    if (!audio.speaker.empty() && !context.speakers.empty())
        resolveSpeaker(reader, element, "speaker", audio.speaker, context.speakers);
    if (const auto say = reader.optional(element, "say"))
    {
        audio.say = collapseSpace(*say);
        if (audio.say.empty())
            reader.error("empty-text", reader.atAttribute(element, "say"),
                         "say=\"\" is empty; write how the clip should be read, e.g. "
                         "say=\"ett ett två\" for 112, or remove it");
    }
    if (audio.transcript.empty())
        return std::nullopt;
    return audio;
}

std::optional<ImageRef> readImage(const LessonContext& context, const tinyxml2::XMLElement* element)
{
    const auto& reader = context.reader;
    ImageRef image;
    image.where = reader.at(element);
    const auto src = reader.required(element, "src");
    reader.checkNoText(element);
    for (const auto* child = element->FirstChildElement(); child;
         child = child->NextSiblingElement())
    {
        const std::string_view name = child->Name();
        if (name == "alt")
            image.alt =
                reader.requiredText(child, TextRole::Instruction, context.instructionLang());
        else if (name == "caption")
            image.caption =
                reader.requiredText(child, TextRole::Instruction, context.instructionLang());
        else
            reader.unknownElement(child, {"alt", "caption"});
    }
    if (!element->FirstChildElement("alt"))
        reader.error(
            "image.missing-alt", reader.at(element),
            "<image> needs <alt> text describing the picture for learners who cannot see it");
    if (!src || !checkMediaPath(context, element, *src, {"png", "jpg", "jpeg"}, "image"))
        return std::nullopt;
    image.src = *src;
    return image;
}

} // namespace kompis::core::loader
