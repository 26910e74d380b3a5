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

const char* itemKindName(const ItemBody& body)
{
    static constexpr const char* kNames[] = {"single", "multiple", "truefalse", "gapfill",
                                             "wordorder", "match", "dictation", "listen"};
    static_assert(std::size(kNames) == std::variant_size_v<ItemBody>);
    return kNames[body.index()];
}

} // namespace kompis::core
