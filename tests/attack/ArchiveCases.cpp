// Archives: path escapes, `./` and `..` aliases, duplicate and overlapping entries, zip bombs by
// ratio and by overlap, lying sizes, truncated archives, symbolic links in zips and in folder
// packages, packages over the caps, `tts` writing through a linked media/ folder.
#include "Cases.hpp"
#include "ZipBytes.hpp"

#include <random>

namespace kompis::attack
{

namespace
{

/// Words a refusal of a packed course uses (core/package/KompisZip.cpp).
Expect refusesPackage()
{
    Expect e;
    e.exits = {1, 2}; // 2: a file that could not be read (kompis-author(1))
    e.mentions = {"refused", "damaged", "cannot",    "manifest", "overlap", "symbolic link",
                  "twice",   "outside", "more than", "over the", "limit"};
    return e;
}

/// validate, info and unpack on a hostile .kompis: each refuses and nothing leaves its folder.
void refuseEverywhere(Case& c, const fs::path& file)
{
    c.author({"validate", "--no-spelling", file.string()}, refusesPackage());
    c.author({"info", file.string()}, refusesPackage());
    c.author({"unpack", file.string(), "-o", (c.dir() / "out").string()}, refusesPackage());
}

void zipCase(Attack& attack, const std::string& name, const std::function<void(ZipBytes&)>& add,
             bool player = false)
{
    Case c(attack, "archive", name);
    ZipBytes zip;
    zip.addCourse(attack.setup().exampleCourse);
    add(zip);
    c.write("hostile.kompis", zip.bytes());
    refuseEverywhere(c, c.dir() / "hostile.kompis");
    if (player && c.hasPlayer())
        c.player(libraryScript(), c.dir() / "store" / "progress.sqlite",
                 {c.dir() / "hostile.kompis"});
}

void escapes(Attack& attack)
{
    const std::string probe = escapeProbe().string() + "/owned.txt";
    const std::vector<std::pair<std::string, std::string>> names = {
        {"entry-dotdot", "../escaped.txt"},
        {"entry-deep-dotdot-to-tmp", "../../../../../../../../.." + probe},
        {"entry-absolute", probe},
        {"entry-dot-alias-beside-real-file", "lessons/./hello.xml"},
        {"entry-dot-slash-prefix", "./course.xml"},
        {"entry-dotdot-inside", "lessons/../../escaped.txt"},
        {"entry-empty-part", "lessons//hello.xml"},
        {"entry-backslash-dotdot", "..\\..\\escaped.txt"},
        {"entry-nul-in-name", std::string("lessons/hello.xml\0../x", 22)},
    };
    for (const auto& [name, entry] : names)
        zipCase(
            attack, name, [&](ZipBytes& z) { z.add(entry, "<lesson/>"); }, name == "entry-dotdot");
    zipCase(attack, "entry-symbolic-link-to-etc-passwd",
            [](ZipBytes& z) { z.add("media/link.ogg", "/etc/passwd", 0120777); });
    zipCase(attack, "entry-course-xml-twice-different-bytes",
            [](ZipBytes& z) { z.add("course.xml", "<course/>"); });
}

void bombs(Attack& attack)
{
    zipCase(attack, "overlap-bomb-1-MB-entry-aliased-500-times",
            [](ZipBytes& z)
            {
                z.add("media/big.ogg", std::string(1 << 20, '\0'));
                for (int i = 0; i < 500; ++i)
                    z.addAlias("media/alias" + std::to_string(i) + ".ogg", 0);
            });
    zipCase(
        attack, "ratio-bomb-60-MB-of-zeros",
        [](ZipBytes& z) { z.addZeros("media/zeros.wav", 60u << 20); }, true);
    zipCase(attack, "ratio-bomb-600-MB-in-ten-entries",
            [](ZipBytes& z)
            {
                for (int i = 0; i < 10; ++i)
                    z.addZeros("media/zeros" + std::to_string(i) + ".wav", 60u << 20);
            });
    zipCase(attack, "entry-of-200-MB",
            [](ZipBytes& z) { z.addZeros("media/huge.wav", 200u << 20); });
    zipCase(attack, "size-that-lies-small",
            [](ZipBytes& z)
            {
                z.add("media/liar.ogg", std::string(100000, 'x'));
                z.lieAboutSize(10);
            });
    zipCase(attack, "size-that-lies-4-GB",
            [](ZipBytes& z)
            {
                z.add("media/liar.ogg", "small");
                z.lieAboutSize(0xFFFFFFF0u);
            });
    zipCase(attack, "25000-entries",
            [](ZipBytes& z)
            {
                for (int i = 0; i < 25000; ++i)
                    z.add("media/e" + std::to_string(i), "");
            });
}

void damaged(Attack& attack)
{
    ZipBytes good;
    good.addCourse(attack.setup().exampleCourse);
    const std::string bytes = good.bytes();
    const std::vector<std::pair<std::string, std::string>> cuts = {
        {"truncated-to-100-bytes", bytes.substr(0, 100)},
        {"truncated-at-half", bytes.substr(0, bytes.size() / 2)},
        {"truncated-at-90-percent", bytes.substr(0, bytes.size() * 9 / 10)},
        {"truncated-end-record", bytes.substr(0, bytes.size() - 10)},
        {"empty-file", ""},
    };
    for (const auto& [name, cut] : cuts)
    {
        Case c(attack, "archive", name);
        c.write("hostile.kompis", cut);
        refuseEverywhere(c, c.dir() / "hostile.kompis");
    }
    for (int i = 0; i < 3; ++i)
    {
        Case c(attack, "archive", "bytes-flipped-" + std::to_string(i + 1));
        std::string flipped = bytes;
        std::uniform_int_distribution<std::size_t> where(0, flipped.size() - 1);
        for (int k = 0; k < 20; ++k)
            flipped[where(c.random())] ^= static_cast<char>(0x5A);
        c.write("hostile.kompis", flipped);
        // A flip may land where the format does not look; whatever it hit, no crash or escape.
        Expect any = refusesPackage();
        any.exits = {0, 1, 2};
        any.mentions.clear();
        c.author({"validate", "--no-spelling", (c.dir() / "hostile.kompis").string()}, any);
        c.author(
            {"unpack", (c.dir() / "hostile.kompis").string(), "-o", (c.dir() / "out").string()},
            any);
    }
}

void folders(Attack& attack)
{
    const std::vector<std::pair<std::string, std::function<void(Case&, const fs::path&)>>> cases = {
        {"folder-clip-linked-to-etc-passwd",
         [](Case&, const fs::path& course)
         {
             fs::remove(course / "media/hello-intro.ogg");
             fs::create_symlink("/etc/passwd", course / "media/hello-intro.ogg");
         }},
        {"folder-lesson-linked-outside",
         [](Case& c, const fs::path& course)
         {
             c.write("outside/hello.xml", readFile(course / "lessons/hello.xml"));
             fs::remove(course / "lessons/hello.xml");
             fs::create_symlink(c.dir() / "outside/hello.xml", course / "lessons/hello.xml");
         }},
        {"folder-20050-files",
         [](Case& c, const fs::path&)
         {
             for (int i = 0; i < 25000; ++i)
                 c.write("course/notes/n" + std::to_string(i), "");
         }},
        {"folder-clip-of-70-MB-sparse", [](Case&, const fs::path& course)
         { fs::resize_file(course / "media/hello-intro.ogg", 70u << 20); }},
        {"folder-600-MB-in-sparse-files",
         [](Case& c, const fs::path& course)
         {
             for (int i = 0; i < 10; ++i)
             {
                 c.write("course/media/pad" + std::to_string(i) + ".bin", "");
                 fs::resize_file(course / ("media/pad" + std::to_string(i) + ".bin"), 60u << 20);
             }
         }},
    };
    for (const auto& [name, damage] : cases)
    {
        Case c(attack, "archive", name);
        const auto course = c.exampleCopy();
        damage(c, course);
        Expect e = refusesPackage();
        e.mentions.push_back("error");
        c.author({"validate", "--no-spelling", course.string()}, e);
        // Packing walks the folder as validate does; a folder of 20,050 files is walked once.
        if (name != "folder-20050-files")
            c.author({"pack", course.string(), "-o", (c.dir() / "out.kompis").string()}, e);
    }
    {
        Case c(attack, "archive", "tts-through-linked-media-folder");
        const auto course = c.exampleCopy();
        fs::create_directories(c.dir() / "outside");
        fs::remove_all(course / "media");
        fs::create_symlink(c.dir() / "outside", course / "media");
        Expect e;
        e.exits = {1};
        e.mentions = {"symbolic link"};
        c.author({"tts", course.string()}, e);
        if (!fs::is_empty(c.dir() / "outside"))
            c.fail("tts wrote through the linked media/ folder");
    }
}

} // namespace

void archiveFamily(Attack& attack)
{
    escapes(attack);
    bombs(attack);
    damaged(attack);
    folders(attack);
}

} // namespace kompis::attack
