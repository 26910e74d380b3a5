#include "core/check/CourseMemory.hpp"

#include "core/check/PackageCheck.hpp"

#include <set>

namespace kompis::core
{

CourseMemory estimateCourseMemory(const PackageFiles& package, const Course& course)
{
    CourseMemory memory;
    memory.packageBytes = package.residentBytes();
    memory.modelBytes = kModelBytesPerXmlByte * package.size("course.xml").value_or(0);
    std::set<std::string> images;
    for (const auto& slot : course.lessons)
    {
        if (!slot.lesson)
            continue;
        memory.modelBytes += kModelBytesPerXmlByte * package.size(slot.file).value_or(0);
        for (const auto& step : slot.lesson->steps)
        {
            if (const auto* image = std::get_if<ImageStep>(&step.body);
                image && !image->image.src.empty())
                images.insert(image->image.src);
            // Picture options are decoded too, and count against the same budget.
            if (const auto* options = step.item() ? itemOptions(step.item()->body) : nullptr)
                for (const auto& option : *options)
                    if (option.image && !option.image->src.empty())
                        images.insert(option.image->src);
        }
    }
    for (const auto& src : images)
    {
        std::string error;
        const auto bytes = package.read(src, error);
        if (const auto size = bytes ? imageSize(*bytes) : std::nullopt)
            memory.imageBytes += std::size_t(size->width) * size->height * 4;
    }
    return memory;
}

} // namespace kompis::core
