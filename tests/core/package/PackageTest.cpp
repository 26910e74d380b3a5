#include "core/package/Manifest.hpp"
#include "core/package/OpenPackage.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace kompis::core;

namespace
{

fs::path scratchFile(const std::string& name)
{
    const fs::path dir =
        fs::temp_directory_path() / ("kompis-package-test-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir / name;
}

std::string slurp(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const std::map<std::string, std::string> kFiles = {
    {"course.xml", "<course/>"},
    {"lessons/a.xml", "<lesson/>"},
    {"media/b.bin", std::string(1000, '\0') + "end"},
};

} // namespace

TEST_CASE("sha256Hex gives the published digests of the standard test vectors", "[package]")
{
    CHECK(sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("a manifest reads back to the hashes it was written from", "[package]")
{
    const std::map<std::string, std::string> hashes = {{"course.xml", sha256Hex("x")},
                                                       {"media/ä.ogg", sha256Hex("y")}};
    std::string error;
    const auto read = readManifest(writeManifest(hashes), error);
    REQUIRE(read);
    CHECK(*read == hashes);
    CHECK(error.empty());
}

TEST_CASE("text that is not a manifest is refused with a reason", "[package]")
{
    std::string error;
    CHECK_FALSE(readManifest("this is not json", error));
    CHECK_FALSE(error.empty());
}

TEST_CASE("a written .kompis opens with the same files, and writing twice gives the same bytes",
          "[package]")
{
    const fs::path first = scratchFile("first.kompis");
    const fs::path second = scratchFile("second.kompis");
    REQUIRE(writeKompisFile(first, kFiles).empty());
    REQUIRE(writeKompisFile(second, kFiles).empty());
    CHECK(slurp(first) == slurp(second));

    std::string error;
    const auto package = openPackage(first, error);
    REQUIRE(package);
    CHECK(error.empty());
    for (const auto& [name, bytes] : kFiles)
    {
        std::string readError;
        const auto read = package->read(name, readError);
        REQUIRE(read);
        CHECK(*read == bytes);
    }
    CHECK_FALSE(package->exists("lessons/missing.xml"));
    fs::remove_all(first.parent_path());
}

TEST_CASE("a folder opens as a directory package and a missing path is an error", "[package]")
{
    std::string error;
    const auto package = openPackage(fs::path(KOMPIS_COURSES_DIR) / "example", error);
    REQUIRE(package);
    CHECK(package->exists("course.xml"));

    error.clear();
    CHECK_FALSE(openPackage(scratchFile("nowhere.kompis"), error));
    CHECK_FALSE(error.empty());
    fs::remove_all(scratchFile("x").parent_path());
}

TEST_CASE("an entry over the size limit is refused, naming the entry", "[package]")
{
    const fs::path file = scratchFile("big.kompis");
    REQUIRE(writeKompisFile(file, kFiles).empty());
    ZipLimits limits;
    limits.maxEntryBytes = 500;
    std::string error;
    CHECK_FALSE(openKompisFile(file, error, limits));
    CHECK_THAT(error, Catch::Contains("media/b.bin"));
    fs::remove_all(file.parent_path());
}

TEST_CASE("a folder package names links that lead out of it and never reads through them",
          "[package][links]")
{
    const auto dir = scratchFile("links");
    fs::remove_all(dir);
    fs::create_directories(dir / "course/lessons");
    fs::create_directories(dir / "outside");
    std::ofstream(dir / "outside/secret.txt") << "private";
    std::ofstream(dir / "course/lessons/real.xml") << "<lesson/>";
    fs::create_symlink(dir / "outside/secret.txt", dir / "course/lessons/away.xml");
    fs::create_symlink(dir / "outside", dir / "course/media");
    fs::create_symlink("real.xml", dir / "course/lessons/near.xml");

    const DirectoryPackage package((dir / "course").string());
    const auto links = package.linksOutside();
    REQUIRE(links.size() == 2);
    CHECK(links[0].path == "lessons/away.xml");
    CHECK(links[0].target == (dir / "outside/secret.txt").string());
    CHECK(links[1].path == "media");

    std::string error;
    CHECK_FALSE(package.read("lessons/away.xml", error));
    CHECK(error.find("outside the course folder") != std::string::npos);
    CHECK_FALSE(package.read("media/secret.txt", error));
    const auto near = package.read("lessons/near.xml", error);
    REQUIRE(near);
    CHECK(*near == "<lesson/>");
    fs::remove_all(dir);
}
