// Fuzz target: grading. Random UTF-8 (and invalid bytes) as responses to the real items of the
// bundled example course, both as a teacher types them (parseResponse) and as raw responses.
#include "core/grading/Grader.hpp"
#include "core/loader/CourseLoader.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace
{

std::vector<kompis::core::Item> loadItems()
{
    const kompis::core::DirectoryPackage package(KOMPIS_COURSES_DIR "/example");
    const auto load = kompis::core::loadCourse(package);
    std::vector<kompis::core::Item> items;
    if (!load.course)
        return items;
    for (const auto& slot : load.course->lessons)
    {
        if (!slot.lesson)
            continue;
        for (const auto& step : slot.lesson->steps)
            if (const auto* item = std::get_if<kompis::core::Item>(&step.body))
                items.push_back(*item);
    }
    return items;
}

const std::vector<kompis::core::Item>& items()
{
    static const std::vector<kompis::core::Item> all = loadItems();
    return all;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto& all = items();
    if (all.empty() || size < 2)
        return 0;
    const auto& item = all[data[0] % all.size()];
    const std::string text(reinterpret_cast<const char*>(data) + 2, size - 2);

    std::string error;
    if (const auto parsed = kompis::core::parseResponse(item, text, error))
    {
        const auto result = kompis::core::grade(item, *parsed);
        for (const auto& difference : result.differences)
            (void)kompis::core::describeDifference(difference);
        (void)kompis::core::responseText(item, *parsed);
    }

    // The same bytes as a raw response: every field filled, indices possibly out of range.
    kompis::core::Response raw;
    raw.truth = (data[1] & 1u) != 0;
    for (std::size_t i = 2; i < size && i < 10; ++i)
    {
        const int value = static_cast<int>(static_cast<std::int8_t>(data[i]));
        raw.choices.push_back(value);
        raw.order.push_back(value);
        raw.matches.push_back(value);
    }
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i)
        if (i == text.size() || text[i] == '|')
        {
            raw.texts.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    const auto result = kompis::core::grade(item, raw);
    (void)kompis::core::responseText(item, raw);
    (void)result;
    return 0;
}
