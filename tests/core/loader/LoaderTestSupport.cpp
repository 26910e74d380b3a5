#include "LoaderTestSupport.hpp"

#include <fstream>
#include <regex>
#include <sstream>

namespace kompis::test
{

std::string readFile(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::map<std::string, std::string> readFolder(const std::filesystem::path& folder)
{
    std::map<std::string, std::string> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder))
        if (entry.is_regular_file())
            files[std::filesystem::relative(entry.path(), folder).generic_string()] =
                readFile(entry.path());
    return files;
}

std::map<std::string, std::string> baseCourseFiles()
{
    return readFolder(std::filesystem::path(KOMPIS_TEST_DATA) / "loader" / "base");
}

core::CourseLoad loadFiles(std::map<std::string, std::string> files,
                           const core::LoadOptions& options)
{
    const core::MemoryPackage package(std::move(files), "fixture");
    return core::loadCourse(package, options);
}

std::vector<Expectation> expectationsIn(const std::string& xml)
{
    static const std::regex marker(R"(<!-- expect: (warning )?([a-z0-9.-]+) -->)");
    std::vector<Expectation> expected;
    std::istringstream lines(xml);
    int number = 0;
    for (std::string line; std::getline(lines, line);)
    {
        ++number;
        std::smatch match;
        if (std::regex_search(line, match, marker))
            expected.push_back({match[1].matched ? core::Severity::Warning : core::Severity::Error,
                                match[2], number});
    }
    return expected;
}

std::string describe(const std::vector<core::Diagnostic>& diagnostics)
{
    std::string text;
    for (const auto& d : diagnostics)
        text += core::formatDiagnostic(d) + "\n";
    return text.empty() ? "(no diagnostics)" : text;
}

} // namespace kompis::test
