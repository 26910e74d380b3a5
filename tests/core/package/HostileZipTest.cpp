// Hostile packages (issue 15): archives built byte by byte, so a test can hold what
// `kompis-author pack` never writes: overlapping entries and names that are not plain.
#include "core/package/OpenPackage.hpp"
#include "support/Scaling.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using namespace kompis::core;

namespace
{

/// One folder for this run's files, removed when the test program ends.
struct ScratchFolder
{
    fs::path path =
        fs::temp_directory_path() / ("kompis-hostile-zip-test-" + std::to_string(::getpid()));
    ~ScratchFolder()
    {
        std::error_code ignored;
        fs::remove_all(path, ignored);
    }
};

fs::path scratch(const std::string& name)
{
    static const ScratchFolder folder;
    fs::create_directories(folder.path);
    return folder.path / name;
}

std::uint32_t crc32(std::string_view bytes)
{
    std::uint32_t crc = 0xFFFFFFFFu;
    for (const char c : bytes)
    {
        crc ^= static_cast<unsigned char>(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void put16(std::string& out, unsigned value)
{
    out += static_cast<char>(value & 0xFF);
    out += static_cast<char>((value >> 8) & 0xFF);
}

void put32(std::string& out, std::uint32_t value)
{
    put16(out, value & 0xFFFF);
    put16(out, value >> 16);
}

/// A zip of stored (uncompressed) entries whose central directory may point anywhere.
struct CentralEntry
{
    std::string name;
    std::uint32_t offset;
    std::string data; ///< the bytes the entry claims, for its CRC and sizes
};

std::string localHeader(const std::string& name, std::string_view data)
{
    std::string out;
    put32(out, 0x04034b50);
    put16(out, 20);
    put16(out, 0x0800); // UTF-8 names
    put16(out, 0);      // stored
    put16(out, 0);
    put16(out, 0x21);
    put32(out, crc32(data));
    put32(out, static_cast<std::uint32_t>(data.size()));
    put32(out, static_cast<std::uint32_t>(data.size()));
    put16(out, static_cast<unsigned>(name.size()));
    put16(out, 0);
    return out + name;
}

std::string withCentralDirectory(std::string body, const std::vector<CentralEntry>& entries)
{
    const auto start = static_cast<std::uint32_t>(body.size());
    for (const auto& e : entries)
    {
        put32(body, 0x02014b50);
        put16(body, 0x0314);
        put16(body, 20);
        put16(body, 0x0800);
        put16(body, 0);
        put16(body, 0);
        put16(body, 0x21);
        put32(body, crc32(e.data));
        put32(body, static_cast<std::uint32_t>(e.data.size()));
        put32(body, static_cast<std::uint32_t>(e.data.size()));
        put16(body, static_cast<unsigned>(e.name.size()));
        put16(body, 0);
        put16(body, 0);
        put16(body, 0);
        put16(body, 0);
        put32(body, 0100644u << 16);
        put32(body, e.offset);
        body += e.name;
    }
    const auto size = static_cast<std::uint32_t>(body.size()) - start;
    put32(body, 0x06054b50);
    put16(body, 0);
    put16(body, 0);
    put16(body, static_cast<unsigned>(entries.size()));
    put16(body, static_cast<unsigned>(entries.size()));
    put32(body, size);
    put32(body, start);
    put16(body, 0);
    return body;
}

fs::path writeZip(const std::string& name, const std::string& bytes)
{
    const auto file = scratch(name);
    std::ofstream(file, std::ios::binary) << bytes;
    return file;
}

} // namespace

TEST_CASE("a zip whose entries overlap is refused before any of them is unpacked", "[package]")
{
    // Entry a.bin's data contains all of b.bin (its header and data): a two-entry version of the
    // overlapping zip bomb, where one kernel is unpacked once per entry.
    const std::string inner(4000, 'b');
    const auto innerHeader = localHeader("b.bin", inner);
    const std::string outer = std::string(100, 'a') + innerHeader + inner;
    const auto outerHeader = localHeader("a.bin", outer);
    const auto innerOffset = static_cast<std::uint32_t>(outerHeader.size() + 100);
    const auto zip = withCentralDirectory(outerHeader + outer,
                                          {{"a.bin", 0, outer}, {"b.bin", innerOffset, inner}});
    std::string error;
    CHECK_FALSE(openKompisFile(writeZip("overlap.kompis", zip), error));
    CHECK(error.find("overlap") != std::string::npos);
}

TEST_CASE("an entry name with a '.' part is refused, so unpack cannot write one file twice",
          "[package]")
{
    std::string body;
    std::vector<CentralEntry> entries;
    for (const std::string name : {"lessons/x.xml", "lessons/./x.xml"})
    {
        entries.push_back({name, static_cast<std::uint32_t>(body.size()), "<lesson/>"});
        body += localHeader(name, "<lesson/>") + "<lesson/>";
    }
    std::string error;
    CHECK_FALSE(openKompisFile(writeZip("dot.kompis", withCentralDirectory(body, entries)), error));
    CHECK(error.find("`lessons/./x.xml`") != std::string::npos);
    CHECK(error.find("not written plainly") != std::string::npos);
    CHECK_FALSE(isSafePackagePath("lessons/./x.xml"));
    CHECK_FALSE(isSafePackagePath("./course.xml"));
    CHECK(isSafePackagePath("lessons/x.xml"));
}

TEST_CASE("a course folder over the package limits is refused like a packed one", "[package]")
{
    const auto folder = scratch("big-folder");
    fs::create_directories(folder / "media");
    for (int i = 0; i < 12; ++i)
        std::ofstream(folder / "media" / ("f" + std::to_string(i) + ".bin"))
            << std::string(100, 'x');
    std::string error;
    CHECK(openPackage(folder, error));

    ZipLimits fewFiles;
    fewFiles.maxEntries = 10;
    CHECK_FALSE(openPackage(folder, error, fewFiles));
    CHECK(error.find("more than 10 files") != std::string::npos);

    ZipLimits small;
    small.maxTotalBytes = 1000;
    CHECK_FALSE(openPackage(folder, error, small));
    CHECK(error.find("holds more than") != std::string::npos);

    ZipLimits smallFile;
    smallFile.maxEntryBytes = 50;
    CHECK_FALSE(openPackage(folder, error, smallFile));
    CHECK(error.find("limit for one file") != std::string::npos);
}

TEST_CASE("opening a packed course costs time linear in its number of entries",
          "[package][scaling]")
{
    int made = 0;
    const auto ratio = kompis::test::tenfoldCostRatio(
        200,
        [&](std::size_t entries)
        {
            std::map<std::string, std::string> files{{"course.xml", "<course/>"}};
            for (std::size_t i = 0; i < entries; ++i)
                files["media/f" + std::to_string(i) + ".bin"] = std::to_string(i);
            const auto file = scratch("entries-" + std::to_string(made++) + ".kompis");
            REQUIRE(writeKompisFile(file, files).empty());
            return file;
        },
        [](const fs::path& file)
        {
            std::string error;
            REQUIRE(openKompisFile(file, error));
        });
    INFO("tenfold input, cost ratio " << ratio);
    CHECK(ratio < kompis::test::kLinearBound);
}

TEST_CASE("checking a course folder against the limits costs time linear in its files",
          "[package][scaling]")
{
    const auto ratio = kompis::test::tenfoldCostRatio(
        200,
        [](std::size_t count)
        {
            const auto folder = scratch("walk-" + std::to_string(count));
            fs::create_directories(folder / "media");
            for (std::size_t i = 0; i < count; ++i)
                std::ofstream(folder / "media" / ("f" + std::to_string(i))) << i;
            return folder;
        },
        [](const fs::path& folder)
        {
            std::string error;
            REQUIRE(openPackage(folder, error));
        });
    INFO("tenfold input, cost ratio " << ratio);
    CHECK(ratio < kompis::test::kLinearBound);
}
