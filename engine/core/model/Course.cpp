#include "core/model/Course.hpp"

namespace kompis::core
{

std::vector<const AudioRef*> stepAudio(const Step& step)
{
    std::vector<const AudioRef*> clips;
    const auto add = [&](const std::optional<AudioRef>& ref)
    {
        if (ref)
            clips.push_back(&*ref);
    };
    if (const auto* text = std::get_if<TextStep>(&step.body))
    {
        add(text->audio);
        for (const auto& paragraph : text->paragraphs)
            for (const auto& clip : paragraph.audio)
                clips.push_back(&clip);
    }
    else if (const auto* dialogue = std::get_if<DialogueStep>(&step.body))
        for (const auto& line : dialogue->lines)
            add(line.audio);
    else if (const auto* words = std::get_if<VocabularyStep>(&step.body))
        for (const auto& entry : words->entries)
            add(entry.audio), add(entry.exampleAudio);
    else if (const auto* item = step.item())
        if (const auto* audio = itemAudio(item->body))
            clips.push_back(audio);
    return clips;
}

const LessonSlot* Course::findLesson(std::string_view lessonId) const
{
    for (const auto& slot : lessons)
        if (slot.id == lessonId)
            return &slot;
    return nullptr;
}

const GlossaryEntry* Lesson::findGlossary(std::string_view glossaryId) const
{
    for (const auto& entry : glossary)
        if (entry.id == glossaryId)
            return &entry;
    return nullptr;
}

FoundStep Course::findStep(std::string_view stepId) const
{
    for (const auto& slot : lessons)
        if (slot.lesson)
            for (const auto& step : slot.lesson->steps)
                if (step.id == stepId)
                    return {&slot, slot.lesson.get(), &step};
    return {};
}

const VocabularyEntry* Course::findWord(std::string_view entryId) const
{
    for (const auto& slot : lessons)
        if (slot.lesson)
            for (const auto& step : slot.lesson->steps)
                if (const auto* words = std::get_if<VocabularyStep>(&step.body))
                    for (const auto& entry : words->entries)
                        if (entry.id == entryId)
                            return &entry;
    return nullptr;
}

const GlossaryEntry* Course::findGlossary(std::string_view lessonId,
                                          std::string_view glossaryId) const
{
    const LessonSlot* slot = findLesson(lessonId);
    return slot && slot->lesson ? slot->lesson->findGlossary(glossaryId) : nullptr;
}

const AudioRef* itemAudio(const ItemBody& body)
{
    if (const auto* dictation = std::get_if<Dictation>(&body))
        return &dictation->audio;
    if (const auto* listen = std::get_if<ListenChoose>(&body))
        return &listen->audio;
    if (const auto* speak = std::get_if<SpeakAloud>(&body))
        return &speak->model;
    return nullptr;
}

const std::vector<ChoiceOption>* itemOptions(const ItemBody& body)
{
    if (const auto* single = std::get_if<SingleChoice>(&body))
        return &single->options;
    if (const auto* multiple = std::get_if<MultipleChoice>(&body))
        return &multiple->options;
    if (const auto* listen = std::get_if<ListenChoose>(&body))
        return &listen->options;
    return nullptr;
}

const char* itemKindName(const ItemBody& body)
{
    static constexpr const char* kNames[] = {"single",    "multiple", "truefalse", "gapfill",
                                             "wordorder", "match",    "dictation", "listen",
                                             "write",     "speak"};
    static_assert(std::size(kNames) == std::variant_size_v<ItemBody>);
    return kNames[body.index()];
}

} // namespace kompis::core
