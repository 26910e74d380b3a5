#include "core/check/CourseMemory.hpp"

#include "core/loader/CourseLoader.hpp"
#include "core/package/MemoryPackage.hpp"
#include "support/MemoryProbe.hpp"

#include <catch2/catch.hpp>

using namespace kompis::core;

using kompis::test::heapInUse;

TEST_CASE("the memory estimate of each bundled course is within a factor of two of the heap its "
          "lessons really take",
          "[check][memory]")
{
    for (const auto* name : {"example", "svenska-pa-jobbet", "norsk-pa-jobben", "jobba-i-norden"})
    {
        const DirectoryPackage package(std::string(KOMPIS_COURSES_DIR) + "/" + name);
        const auto before = heapInUse();
        auto load = loadCourse(package);
        const auto after = heapInUse();
        REQUIRE(load.usable());
        const auto estimate = estimateCourseMemory(package, *load.course);
        const double measured = double(after - before);
        INFO(name << ": measured " << measured << " bytes, estimated " << estimate.modelBytes);
        CHECK(double(estimate.modelBytes) > measured / 2);
        CHECK(double(estimate.modelBytes) < measured * 2);
        CHECK(estimate.packageBytes == 0);
    }
}

TEST_CASE("a packed course counts the files it holds, and images count as decoded pixels",
          "[check][memory]")
{
    const DirectoryPackage folder(std::string(KOMPIS_COURSES_DIR) + "/example");
    std::map<std::string, std::string> files;
    std::size_t total = 0;
    for (const auto& name : folder.list())
    {
        std::string error;
        files[name] = folder.read(name, error).value_or("");
        total += name.size() + files[name].size();
    }
    const MemoryPackage packed(files, "example.kompis");
    const auto load = loadCourse(packed);
    REQUIRE(load.usable());
    const auto estimate = estimateCourseMemory(packed, *load.course);
    CHECK(estimate.packageBytes == total);
    CHECK(estimate.imageBytes > 0);
    CHECK(estimate.total() == estimate.packageBytes + estimate.modelBytes + estimate.imageBytes);
}
