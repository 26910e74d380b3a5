#include "core/model/Course.hpp"

namespace kompis::core
{

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
