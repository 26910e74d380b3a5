// Fuzz target: the course graph (lesson order and prerequisites). The input is read as a list
// of lessons and the ids each requires, written into course.xml, so the fuzzer explores chains,
// cycles, self-references, duplicates, unknown and near-miss ids and the caps, not XML syntax.
#include "core/loader/CourseLoader.hpp"
#include "core/package/MemoryPackage.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

namespace
{

/// Ids from a small alphabet, so inputs name the same lessons often and misspell them a little.
std::string idFor(std::uint8_t value)
{
    static constexpr char kLetters[] = "abcdefghij";
    std::string id = "l";
    id += kLetters[value % 10];
    if (value >= 10)
        id += std::to_string(value / 10);
    return id;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // Each lesson: [id byte][count byte][count required-id bytes]; a count byte with its top bit
    // set repeats the listing many times (over the lesson cap).
    std::string lessons;
    std::size_t at = 0;
    while (at + 2 <= size)
    {
        const std::string id = idFor(data[at]);
        const std::size_t count = data[at + 1] & 0x3Fu;
        const std::size_t repeat = (data[at + 1] & 0x80u) ? 600 : 1;
        at += 2;
        std::string requires_;
        for (std::size_t k = 0; k < count && at < size; ++k, ++at)
            requires_ += (k ? " " : "") + idFor(data[at]);
        for (std::size_t r = 0; r < repeat; ++r)
            lessons += "<lesson id=\"" + id + (r ? std::to_string(r) : "") + "\" file=\"lessons/" +
                       id + std::to_string(r) + ".xml\"" +
                       (requires_.empty() ? "" : " requires=\"" + requires_ + "\"") + "/>\n";
    }
    std::map<std::string, std::string> files;
    files["course.xml"] =
        "<course id=\"graph\" version=\"1.0.0\" format=\"1\" targets=\"sv\" instruction=\"en\" "
        "level=\"A1\"><title>G</title><description>d</description><topics>workplace</topics>"
        "<authors><author>a</author></authors><licence>CC0-1.0</licence><lessons>\n" +
        lessons + "</lessons></course>\n";
    const kompis::core::MemoryPackage package(std::move(files), "fuzz");
    const auto load = kompis::core::loadCourse(package, {.loadLessons = false});
    for (const auto& diagnostic : load.diagnostics)
        (void)kompis::core::formatDiagnostic(diagnostic);
    return 0;
}
