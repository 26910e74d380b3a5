// kompis-author run as a teacher runs it: exit codes, exact diagnostic lines, JSON, packing.
#include "core/package/Manifest.hpp"

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

namespace fs = std::filesystem;

namespace
{

const std::string kTool = KOMPIS_AUTHOR;
const fs::path kData = fs::path(KOMPIS_TEST_DATA) / "author";

struct Run
{
    int exit = -1;
    std::string out;
};

/// Runs the tool in `dir` (so paths in its output are as a teacher typed them).
Run author(const std::string& arguments, const fs::path& dir = kData)
{
    Run run;
    const auto command =
        "cd '" + dir.string() + "' && NO_COLOR=1 '" + kTool + "' " + arguments + " 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    std::array<char, 4096> buffer{};
    while (const auto n = std::fread(buffer.data(), 1, buffer.size(), pipe))
        run.out.append(buffer.data(), n);
    const int status = pclose(pipe);
    run.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

std::string slurp(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct Scratch
{
    fs::path path =
        fs::temp_directory_path() /
        ("kompis-author-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++));
    Scratch() { fs::create_directories(path); }
    ~Scratch() { fs::remove_all(path); }
    static int& counter()
    {
        static int n = 0;
        return n;
    }
};

/// A zip made entry by entry, to build hostile packages the tool must refuse.
struct ZipEntry
{
    std::string name;
    std::string bytes;
    bool symlink = false;
};

void writeZip(const fs::path& file, const std::vector<ZipEntry>& entries)
{
    int error = 0;
    zip_t* archive = zip_open(file.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    REQUIRE(archive);
    for (const auto& entry : entries)
    {
        zip_source_t* source =
            zip_source_buffer(archive, entry.bytes.data(), entry.bytes.size(), 0);
        const auto index = zip_file_add(archive, entry.name.c_str(), source, ZIP_FL_ENC_UTF_8);
        REQUIRE(index >= 0);
        if (entry.symlink)
            zip_file_set_external_attributes(archive, static_cast<zip_uint64_t>(index), 0,
                                             ZIP_OPSYS_UNIX, (S_IFLNK | 0777u) << 16);
    }
    REQUIRE(zip_close(archive) == 0);
}

std::vector<ZipEntry> withManifest(std::vector<ZipEntry> entries)
{
    std::map<std::string, std::string> hashes;
    for (const auto& e : entries)
        hashes[e.name] = kompis::core::sha256Hex(e.bytes);
    entries.insert(entries.begin(),
                   {std::string(kompis::core::kManifestName), kompis::core::writeManifest(hashes)});
    return entries;
}

} // namespace

TEST_CASE("validate says nothing but the summary for a clean course and exits 0", "[author]")
{
    const auto run = author("validate " + (fs::path(KOMPIS_COURSES_DIR) / "example").string());
    CHECK(run.exit == 0);
    CHECK(run.out == "validated 1 package: 0 errors, 0 warnings\n");
}

TEST_CASE("validate prints every problem like a compiler and exits 1", "[author]")
{
    const auto run = author("validate broken warnings");
    CHECK(run.exit == 1);
    CHECK(run.out == "broken/lessons/a.xml:9:5: error: unknown element <singel>; did you mean "
                     "<single>? [lesson.unknown-element]\n"
                     "broken/lessons/a.xml:7:7: error: `media/silent.wav` is silent; record it "
                     "again or run `kompis-author tts` "
                     "after deleting it [media.silent]\n"
                     "broken/media/unused.ogg: warning: no lesson uses `media/unused.ogg`; delete "
                     "it or refer to it, so the "
                     "package stays small [package.unused-media]\n"
                     "warnings/lessons/a.xml:9:5: warning: the item has no <feedback "
                     "on=\"wrong\">; tell learners why an answer "
                     "is wrong [item.missing-feedback]\n"
                     "validated 2 packages: 2 errors, 2 warnings\n");
}

TEST_CASE("warnings alone exit 0, and 1 with --werror, and -q shows errors only", "[author]")
{
    CHECK(author("validate warnings").exit == 0);
    CHECK(author("validate warnings --werror").exit == 1);
    const auto quiet = author("validate -q broken");
    CHECK(quiet.exit == 1);
    CHECK(quiet.out.find("warning") == std::string::npos);
    CHECK(quiet.out.find("validated") == std::string::npos);
    CHECK(quiet.out.find("[media.silent]") != std::string::npos);
}

TEST_CASE("validate --format=json gives the documented structure", "[author]")
{
    const auto run = author("validate broken --format=json");
    CHECK(run.exit == 1);
    CHECK(run.out == slurp(kData / "broken.json"));
}

TEST_CASE("usage mistakes and unreadable paths exit 2 with a message", "[author]")
{
    CHECK(author("").exit == 2);
    CHECK(author("validate").exit == 2);
    CHECK(author("validate --format=xml broken").exit == 2);
    CHECK(author("frobnicate").exit == 2);
    const auto missing = author("validate no-such-course");
    CHECK(missing.exit == 2);
    CHECK(missing.out.find("no-such-course does not exist") != std::string::npos);
    CHECK(author("--help").exit == 0);
    for (const auto* command : {"validate", "info", "check-answer", "new", "pack", "unpack", "tts"})
    {
        const auto help = author(std::string(command) + " --help");
        CHECK(help.exit == 0);
        CHECK(help.out.find("Usage: kompis-author " + std::string(command)) != std::string::npos);
    }
}

TEST_CASE("info --format=json counts lessons, items, vocabulary and audio", "[author]")
{
    const auto run =
        author("info " + (fs::path(KOMPIS_COURSES_DIR) / "example").string() + " --format=json");
    REQUIRE(run.exit == 0);
    CHECK(run.out.find("\"lessons\": 3,") != std::string::npos);
    CHECK(run.out.find("\"items\": 13,") != std::string::npos);
    CHECK(run.out.find("\"vocabulary\": 3,") != std::string::npos);
    CHECK(run.out.find("\"audio_clips\": 17,") != std::string::npos);
    CHECK(run.out.find("\"audio_seconds\": ") != std::string::npos);
    CHECK(run.out.find("\"items_by_type\": {\"dictation\": 1, \"gapfill\": 2,") !=
          std::string::npos);
}

TEST_CASE("an overview language is reported missing on a goal, not on a prompt, and info "
          "lists it",
          "[author]")
{
    const auto run = author("validate overview");
    CHECK(run.exit == 0);
    CHECK(run.out == "overview/lessons/a.xml:5:5: warning: <goal> has no ti text; learners "
                     "reading those languages will see another language. Add <t "
                     "lang=\"ti\">…</t> [lesson.missing-translation]\n"
                     "validated 1 package: 0 errors, 1 warning\n");
    const auto info = author("info overview");
    CHECK(info.out.find("instructions in en; titles and goals also in ti;") != std::string::npos);
    const auto json = author("info overview --format=json");
    CHECK(json.out.find("\"overview\": [\"ti\"],") != std::string::npos);
}

TEST_CASE("check-answer tells a teacher what the engine says to an answer", "[author]")
{
    const auto example = (fs::path(KOMPIS_COURSES_DIR) / "example").string();
    auto run = author("check-answer " + example + " hello-q7 'jag heter omar'");
    CHECK(run.exit == 0);
    CHECK(run.out.starts_with("right: 1 of 1 points"));
    run = author("check-answer " + example + " hello-q4 'ett | jobbar' --format=json");
    CHECK(run.out.find("\"outcome\": \"wrong\"") != std::string::npos);
    CHECK(run.out.find("bil is an en-word: en bil.") != std::string::npos);
    run = author("check-answer " + example + " hello-q5 'I morgon jag börjar klockan sju'");
    CHECK(run.out.find("word 2 should be börjar, not jag") != std::string::npos);
    CHECK(author("check-answer " + example + " no-such-item 1").exit == 2);
}

TEST_CASE("new makes a course that validates without a warning", "[author]")
{
    Scratch scratch;
    for (const auto* lang : {"sv", "nb"})
    {
        const auto dir = scratch.path / (std::string("kurs-") + lang);
        REQUIRE(author("new " + dir.string() + " --lang " + lang + " --title 'Min kurs'").exit ==
                0);
        const auto run = author("validate " + dir.string());
        INFO(run.out);
        CHECK(run.exit == 0);
        CHECK(run.out.find("0 errors, 0 warnings") != std::string::npos);
    }
    CHECK(author("new " + (scratch.path / "kurs-sv").string() + " --lang sv --title X").exit == 2);
}

TEST_CASE("pack then unpack gives the same files, and packing twice the same bytes", "[author]")
{
    Scratch scratch;
    const auto example = (fs::path(KOMPIS_COURSES_DIR) / "example").string();
    const auto a = scratch.path / "a.kompis", b = scratch.path / "b.kompis",
               c = scratch.path / "c.kompis";
    REQUIRE(author("pack " + example + " -o " + a.string()).exit == 0);
    REQUIRE(author("pack " + example + " -o " + b.string()).exit == 0);
    CHECK(slurp(a) == slurp(b));
    CHECK(author("validate " + a.string()).exit == 0);
    const auto out = scratch.path / "out";
    REQUIRE(author("unpack " + a.string() + " -o " + out.string()).exit == 0);
    // Every file the course uses; tts's manifest is for authoring and pack leaves it out.
    for (const auto& entry : fs::recursive_directory_iterator(example))
        if (entry.is_regular_file() && entry.path().filename() != "tts-manifest.txt")
            CHECK(slurp(out / fs::relative(entry.path(), example)) == slurp(entry.path()));
    REQUIRE(author("pack " + out.string() + " -o " + c.string()).exit == 0);
    CHECK(slurp(c) == slurp(a));
}

TEST_CASE("pack refuses a package with errors and writes nothing", "[author]")
{
    Scratch scratch;
    const auto target = scratch.path / "broken.kompis";
    const auto run = author("pack broken -o " + target.string());
    CHECK(run.exit == 1);
    CHECK(run.out.find("not packed: 2 error(s)") != std::string::npos);
    CHECK_FALSE(fs::exists(target));
}

TEST_CASE("hostile or damaged .kompis files are refused with a clear reason", "[author]")
{
    Scratch scratch;
    const std::string course = slurp(fs::path(KOMPIS_COURSES_DIR) / "example" / "course.xml");
    struct Case
    {
        const char* name;
        std::vector<ZipEntry> entries;
        const char* reason;
    };
    const std::vector<Case> cases{
        {"slip", withManifest({{"course.xml", course}, {"../../evil.sh", "rm -rf ~"}}),
         "points outside the package"},
        {"absolute", withManifest({{"course.xml", course}, {"/etc/cron.d/evil", "x"}}),
         "points outside the package"},
        {"symlink", withManifest({{"course.xml", course}, {"media/link", "/etc/passwd", true}}),
         "symbolic link"},
        {"bomb",
         withManifest({{"course.xml", course}, {"media/zeros.wav", std::string(20u << 20, '\0')}}),
         "zip bombs"},
        {"no-manifest", {{"course.xml", course}}, "has no kompis-manifest.json"},
        {"hash",
         {{std::string(kompis::core::kManifestName),
           kompis::core::writeManifest({{"course.xml", "0"}})},
          {"course.xml", course}},
         "does not match its SHA-256"},
        {"unlisted",
         {{std::string(kompis::core::kManifestName), kompis::core::writeManifest({})},
          {"course.xml", course}},
         "not in the manifest"},
    };
    for (const auto& c : cases)
        DYNAMIC_SECTION(c.name)
        {
            const auto file = scratch.path / (std::string(c.name) + ".kompis");
            writeZip(file, c.entries);
            const auto run = author("validate " + file.string());
            INFO(run.out);
            CHECK(run.exit == 2);
            CHECK(run.out.find(c.reason) != std::string::npos);
        }

    SECTION("truncated")
    {
        const auto good = scratch.path / "good.kompis";
        REQUIRE(author("pack " + (fs::path(KOMPIS_COURSES_DIR) / "example").string() + " -o " +
                       good.string())
                    .exit == 0);
        const auto bytes = slurp(good);
        for (const double keep : {0.1, 0.5, 0.9, 0.999})
        {
            const auto cut = scratch.path / "cut.kompis";
            std::ofstream(cut, std::ios::binary)
                << bytes.substr(0, static_cast<std::size_t>(double(bytes.size()) * keep));
            const auto run = author("validate " + cut.string());
            INFO(keep << ": " << run.out);
            CHECK(run.exit == 2);
            CHECK(run.out.find("cannot be opened as a packed course") != std::string::npos);
        }
    }

    SECTION("duplicate names")
    {
        // libzip will not write two entries of one name, so write "a.xml"/"b.xml" and rename
        // the second in place: same length, so every offset in the archive stays right.
        const auto file = scratch.path / "dup.kompis";
        writeZip(file, withManifest({{"course.xml", course},
                                     {"lessons/a.xml", "<a/>"},
                                     {"lessons/b.xml", "<b/>"}}));
        auto bytes = slurp(file);
        for (auto at = bytes.find("lessons/b.xml"); at != std::string::npos;
             at = bytes.find("lessons/b.xml", at))
            bytes.replace(at, 13, "lessons/a.xml");
        std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
        const auto run = author("validate " + file.string());
        INFO(run.out);
        CHECK(run.exit == 2);
        CHECK((run.out.find("appears twice") != std::string::npos ||
               run.out.find("cannot be opened as a packed course") != std::string::npos));
    }
}

TEST_CASE("tts makes every missing clip once and a second run changes nothing", "[author]")
{
    Scratch scratch;
    const auto copy = scratch.path / "example";
    fs::copy(fs::path(KOMPIS_COURSES_DIR) / "example", copy, fs::copy_options::recursive);
    fs::remove(copy / "media" / "hello-q7.ogg");
    fs::remove(copy / "media" / "w-kontor.ogg");
    const auto kept = slurp(copy / "media" / "hello-d1.ogg");
    auto run = author("tts " + copy.string());
    INFO(run.out);
    REQUIRE(run.exit == 0);
    CHECK(run.out.find("made 2 of 2 missing clips") != std::string::npos);
    const auto made = slurp(copy / "media" / "w-kontor.ogg");
    CHECK(made.size() > 1000);
    CHECK(slurp(copy / "media" / "hello-d1.ogg") == kept);
    run = author("tts " + copy.string());
    CHECK(run.out.find("nothing to do") != std::string::npos);
    CHECK(slurp(copy / "media" / "w-kontor.ogg") == made);
    CHECK(author("validate " + copy.string()).exit == 0);
}

TEST_CASE("the man page describes every command and every option that --help lists", "[author]")
{
    std::string page = slurp(KOMPIS_AUTHOR_MAN);
    REQUIRE_FALSE(page.empty());
    // roff writes a hyphen in an option as \-; compare the options as a reader sees them.
    for (std::size_t at = 0; (at = page.find("\\-", at)) != std::string::npos;)
        page.replace(at, 2, "-");

    const Run help = author("--help");
    REQUIRE(help.exit == 0);
    std::vector<std::string> commands;
    std::istringstream lines(help.out.substr(help.out.find("Commands:")));
    for (std::string line; std::getline(lines, line);)
        if (line.rfind("  ", 0) == 0)
            commands.push_back(line.substr(2, line.find(' ', 2) - 2));
    CHECK(commands.size() >= 8); // at least validate … tts and import; more may come
    for (const auto& command : commands)
    {
        INFO("command " << command);
        CHECK(page.find(".B " + command) != std::string::npos);
        const Run usage = author(command + " --help");
        std::istringstream words(usage.out);
        for (std::string word; words >> word;)
            if (word.size() > 1 && word[0] == '-' && word != "--help")
            {
                const std::string option = word.substr(0, word.find_first_of("=],"));
                INFO("option " << option);
                CHECK(page.find(option) != std::string::npos);
            }
    }
}
