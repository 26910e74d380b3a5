// Clips that read a paragraph or an example sentence aloud, for learners who read little.
#include "core/loader/LessonContext.hpp"
#include "core/text/Unicode.hpp"

#include <algorithm>

namespace kompis::core::loader
{

namespace
{

using tinyxml2::XMLElement;

std::string joined(const std::vector<TextSpan>& spans)
{
    std::string text;
    for (const auto& span : spans)
        text += span.text;
    return text;
}

/// A clip read with a transcript that says something else than the text beside it: the learner
/// hears one thing and reads another. Spelling of punctuation, case and spacing do not count.
void checkTranscript(const LessonContext& context, const AudioRef& audio, const std::string& text,
                     std::string_view what)
{
    if (text.empty() || text::spokenKey(audio.transcript) == text::spokenKey(text))
        return;
    context.reader.warning("media.transcript-differs", audio.where,
                           "the transcript of `" + audio.src + "` (\"" + audio.transcript +
                               "\") does not say what its " + std::string(what) + " says (\"" +
                               text + "\"); make the transcript the " + std::string(what) +
                               "'s text, then run `kompis-author tts` to voice it again");
}

} // namespace

void readParagraphAudio(const LessonContext& context, const XMLElement* p, Paragraph& paragraph)
{
    const auto& reader = context.reader;
    const bool pieces = p->FirstChildElement("t") != nullptr;
    for (const auto* element = p->FirstChildElement("audio"); element;
         element = element->NextSiblingElement("audio"))
    {
        // In a paragraph of language pieces, each clip says which piece it reads.
        if (pieces && !element->Attribute("lang"))
        {
            reader.error("missing-attribute", reader.at(element),
                         "this paragraph has a piece per language, so its <audio> needs "
                         "lang=\"…\" naming the piece it reads (one clip per piece)");
            continue;
        }
        auto audio = readAudio(context, element);
        if (!audio)
            continue;
        // A plain paragraph is one piece, whatever language its clip names.
        const auto variant =
            pieces ? std::find_if(paragraph.variants.begin(), paragraph.variants.end(),
                                  [&](const auto& v) { return v.first == audio->lang; })
                   : paragraph.variants.begin();
        if (pieces && variant == paragraph.variants.end())
        {
            reader.error("unknown-lang", reader.atAttribute(element, "lang"),
                         "<audio lang=\"" + audio->lang + "\"> reads no piece of this paragraph; " +
                             "add <t lang=\"" + audio->lang + "\"> or fix the lang");
            continue;
        }
        if (pieces ? paragraph.audioFor(audio->lang) != nullptr : !paragraph.audio.empty())
        {
            reader.error("duplicate-element", reader.at(element),
                         pieces ? "a second <audio lang=\"" + audio->lang +
                                      "\"> in one paragraph; keep one clip per language piece"
                                : std::string("a second <audio> in one paragraph; a paragraph "
                                              "has one clip (split the paragraph for two)"));
            continue;
        }
        if (variant != paragraph.variants.end())
            checkTranscript(context, *audio, joined(variant->second), "paragraph");
        paragraph.audio.push_back(std::move(*audio));
    }
}

void readExample(const LessonContext& context, const XMLElement* example, VocabularyEntry& entry)
{
    const auto& reader = context.reader;
    reader.checkAttributes(example, {});
    entry.exampleWhere = reader.at(example);
    entry.example = reader.plainText(example, {"audio"});
    for (const auto* element = example->FirstChildElement("audio"); element;
         element = element->NextSiblingElement("audio"))
    {
        if (entry.exampleAudio)
        {
            reader.error("duplicate-element", reader.at(element),
                         "a second <audio> in one <example>; an example has one clip");
            continue;
        }
        entry.exampleAudio = readAudio(context, element);
        if (entry.exampleAudio)
            checkTranscript(context, *entry.exampleAudio, entry.example, "example");
    }
}

} // namespace kompis::core::loader
