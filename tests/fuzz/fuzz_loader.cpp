// Fuzz target: the course XML loader. The input becomes either course.xml or a lesson of a
// valid course, so both the course and the lesson parsers see hostile bytes.
#include "core/loader/CourseLoader.hpp"
#include "core/package/MemoryPackage.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

namespace
{

constexpr const char* kCourseXml = R"(<?xml version="1.0" encoding="UTF-8"?>
<course id="fuzz" version="1.0.0" format="1" targets="sv" instruction="en" level="A1">
  <title><t lang="en">Fuzz</t></title>
  <description><t lang="en">Fuzz input</t></description>
  <topics>workplace</topics>
  <authors><author>Fuzz</author></authors>
  <licence>CC0-1.0</licence>
  <lessons><lesson id="one" file="lessons/one.xml"/></lessons>
</course>
)";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const bool asCourse = (data[0] & 1u) != 0;
    std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);

    std::map<std::string, std::string> files;
    if (asCourse)
    {
        files["course.xml"] = std::move(bytes);
        files["lessons/one.xml"] = "<lesson id=\"one\" format=\"1\"/>";
    }
    else
    {
        files["course.xml"] = kCourseXml;
        files["lessons/one.xml"] = std::move(bytes);
    }
    const kompis::core::MemoryPackage package(std::move(files), "fuzz");
    const auto load = kompis::core::loadCourse(package);
    // Every diagnostic must be printable: formatting touches every field.
    for (const auto& diagnostic : load.diagnostics)
        (void)kompis::core::formatDiagnostic(diagnostic);
    return 0;
}
