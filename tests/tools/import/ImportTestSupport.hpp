#pragma once

#include "import/ImportedCourse.hpp"

#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <unistd.h>

namespace kompis::test
{

namespace fs = std::filesystem;

inline const fs::path kImportData = fs::path(KOMPIS_TEST_DATA) / "import";

inline std::string slurp(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void spit(const fs::path& path, const std::string& bytes)
{
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
}

/// A folder of its own for one test, removed afterwards.
struct ImportScratch
{
    fs::path path = fs::temp_directory_path() / ("kompis-s18import-" + std::to_string(::getpid()) +
                                                 "-" + std::to_string(counter()++));
    ImportScratch() { fs::create_directories(path); }
    ~ImportScratch() { fs::remove_all(path); }
    ImportScratch(const ImportScratch&) = delete;
    ImportScratch& operator=(const ImportScratch&) = delete;
    static int& counter()
    {
        static int n = 0;
        return n;
    }
};

/// What an importer read and reported.
struct Imported
{
    author::import::ImportedCourse course;
    std::vector<core::Diagnostic> diagnostics;

    [[nodiscard]] std::size_t count(std::string_view rule) const
    {
        return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                                      [&](const auto& d)
                                                      { return d.ruleId == rule; }));
    }
    /// Lines of the diagnostics with this rule, in report order.
    [[nodiscard]] std::vector<int> lines(std::string_view rule) const
    {
        std::vector<int> out;
        for (const auto& d : diagnostics)
            if (d.ruleId == rule)
                out.push_back(d.where.line);
        return out;
    }
    [[nodiscard]] std::vector<author::import::ImportedWord> words() const
    {
        std::vector<author::import::ImportedWord> out;
        for (const auto& lesson : course.lessons)
            out.insert(out.end(), lesson.words.begin(), lesson.words.end());
        return out;
    }
};

inline Imported importBytes(author::import::Importer importer, const std::string& bytes,
                            const std::string& name = "list.csv", const std::string& target = "")
{
    author::import::ImportOptions options;
    options.sourceName = name;
    options.target = target;
    core::DiagnosticSink sink;
    Imported result;
    result.course = importer(bytes, options, sink);
    result.diagnostics = sink.take();
    return result;
}

struct ToolRun
{
    int exit = -1;
    std::string out;
};

/// kompis-author run in `dir` as a teacher runs it.
inline ToolRun runAuthor(const std::string& arguments, const fs::path& dir)
{
    ToolRun run;
    const auto command =
        "cd '" + dir.string() + "' && NO_COLOR=1 '" KOMPIS_AUTHOR "' " + arguments + " 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    std::array<char, 4096> buffer{};
    while (const auto n = std::fread(buffer.data(), 1, buffer.size(), pipe))
        run.out.append(buffer.data(), n);
    const int status = pclose(pipe);
    run.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

} // namespace kompis::test
