#include "core/check/PackageCheck.hpp"

#include "core/loader/CourseLoader.hpp"
#include "core/package/MemoryPackage.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

namespace fs = std::filesystem;
using namespace kompis::core;

namespace
{

std::string bytes(std::initializer_list<unsigned> values)
{
    std::string out;
    for (const unsigned value : values)
        out.push_back(char(value));
    return out;
}

/// The example course, read into memory so a test can damage or add files.
std::map<std::string, std::string> exampleFiles()
{
    const DirectoryPackage folder(std::string(KOMPIS_COURSES_DIR) + "/example");
    std::map<std::string, std::string> files;
    for (const auto& name : folder.list())
    {
        std::string error;
        files[name] = folder.read(name, error).value_or("");
    }
    return files;
}

std::vector<std::string> rulesFound(const std::map<std::string, std::string>& files)
{
    const MemoryPackage package(files, "example");
    LoadOptions options;
    options.keepLessonsWithErrors = true;
    const CourseLoad load = loadCourse(package, options);
    REQUIRE(load.usable());
    std::vector<std::string> rules;
    for (const auto& diagnostic : checkPackage(package, *load.course))
        rules.push_back(diagnostic.ruleId);
    return rules;
}

std::string firstImage(const std::map<std::string, std::string>& files)
{
    for (const auto& [name, content] : files)
        if (name.ends_with(".png") || name.ends_with(".jpg"))
            return name;
    return {};
}

} // namespace

TEST_CASE("imageSize reads width and height from a PNG header", "[check]")
{
    const std::string png =
        bytes({0x89, 'P', 'N', 'G',  0x0d, 0x0a, 0x1a, 0x0a, 0,    0, 0, 13, 'I', 'H', 'D',
               'R',  0,   0,   0x01, 0x40, 0,    0,    0,    0xf0, 8, 2, 0,  0,   0});
    const auto size = imageSize(png);
    REQUIRE(size);
    CHECK(size->width == 320);
    CHECK(size->height == 240);
}

TEST_CASE("imageSize reads width and height from a JPEG start-of-frame marker", "[check]")
{
    const std::string jpeg = bytes({0xff, 0xd8, 0xff, 0xe0, 0,    4, 0, 0, 0xff, 0xc0, 0, 11,
                                    8,    0x01, 0xe0, 0x02, 0x80, 3, 0, 0, 0,    0,    0});
    const auto size = imageSize(jpeg);
    REQUIRE(size);
    CHECK(size->width == 640);
    CHECK(size->height == 480);
}

TEST_CASE("imageSize refuses bytes that are neither PNG nor JPEG, or cut short", "[check]")
{
    CHECK_FALSE(imageSize("GIF89a and more bytes here"));
    CHECK_FALSE(imageSize(bytes({0x89, 'P', 'N', 'G'})));
    CHECK_FALSE(imageSize(""));
}

TEST_CASE("the example course passes the package checks without a finding", "[check]")
{
    CHECK(rulesFound(exampleFiles()).empty());
}

TEST_CASE("a media file no lesson uses is package.unused-media", "[check]")
{
    auto files = exampleFiles();
    files["media/forgotten.ogg"] = files["media/hello-d1.ogg"];
    const auto rules = rulesFound(files);
    CHECK(std::count(rules.begin(), rules.end(), "package.unused-media") == 1);
}

TEST_CASE("an image that is not really a PNG or JPEG is media.bad-image", "[check]")
{
    auto files = exampleFiles();
    const std::string image = firstImage(files);
    REQUIRE_FALSE(image.empty());
    files[image] = "not an image at all";
    const auto rules = rulesFound(files);
    CHECK(std::count(rules.begin(), rules.end(), "media.bad-image") == 1);
}

TEST_CASE("a PNG cut short keeps its header but is media.bad-image, as it cannot be shown",
          "[check]")
{
    auto files = exampleFiles();
    const std::string image = firstImage(files);
    REQUIRE(image.ends_with(".png"));
    CHECK(imageIsWhole(files[image]));
    files[image].resize(files[image].size() / 2);
    REQUIRE(imageSize(files[image]));
    CHECK_FALSE(imageIsWhole(files[image]));
    const auto rules = rulesFound(files);
    CHECK(std::count(rules.begin(), rules.end(), "media.bad-image") == 1);
}

TEST_CASE("a JPEG is whole only up to its end-of-image marker, whatever its scan data holds",
          "[check]")
{
    // SOI, a start-of-frame of 2 × 2, a start-of-scan, data with a stuffed 0xFF 0x00 and a
    // restart marker, then EOI.
    const std::string whole =
        bytes({0xff, 0xd8, 0xff, 0xc0, 0,    11,   8,    0,    2,    0,   2, 1,
               1,    0x11, 0,    0xff, 0xda, 0,    8,    1,    1,    0,   0, 0x3f,
               0,    0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56, 0xff, 0xd9});
    CHECK(imageIsWhole(whole));
    CHECK_FALSE(imageIsWhole(whole.substr(0, whole.size() - 2)));
    CHECK_FALSE(imageIsWhole(whole.substr(0, 20)));
}

TEST_CASE("a clip that is not audio is media.undecodable", "[check]")
{
    auto files = exampleFiles();
    const auto clip = std::find_if(files.begin(), files.end(),
                                   [](const auto& entry) { return entry.first.ends_with(".ogg"); });
    REQUIRE(clip != files.end());
    clip->second = "not audio";
    const auto rules = rulesFound(files);
    CHECK(std::count(rules.begin(), rules.end(), "media.undecodable") >= 1);
}

TEST_CASE("a small PNG that declares 16000 x 16000 pixels is media.image-too-large", "[check]")
{
    auto files = exampleFiles();
    const std::string image = firstImage(files);
    REQUIRE_FALSE(image.empty());
    // 16000 = 0x3E80; only the header is read, so no real pixel data is needed.
    files[image] =
        bytes({0x89, 'P', 'N', 'G',  0x0d, 0x0a, 0x1a, 0x0a, 0,    0, 0, 13, 'I', 'H', 'D',
               'R',  0,   0,   0x3E, 0x80, 0,    0,    0x3E, 0x80, 8, 2, 0,  0,   0});
    const auto rules = rulesFound(files);
    CHECK(std::count(rules.begin(), rules.end(), "media.image-too-large") == 1);
    CHECK(imageFitsLimits({4096, 4096}));
    CHECK(imageFitsLimits({8192, 2048}));
    CHECK_FALSE(imageFitsLimits({4097, 4096}));
    CHECK_FALSE(imageFitsLimits({8193, 100}));
}
