#pragma once

#include "core/loader/CourseLoader.hpp"
#include "core/package/MemoryPackage.hpp"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace kompis::test
{

/// Every file under `folder`, keyed by its package-relative path.
std::map<std::string, std::string> readFolder(const std::filesystem::path& folder);
std::string readFile(const std::filesystem::path& file);

/// The valid fixture course in tests/data/loader/base, as files to change in one place.
std::map<std::string, std::string> baseCourseFiles();

/// Loads files as a package named `fixture`.
core::CourseLoad loadFiles(std::map<std::string, std::string> files,
                           const core::LoadOptions& options = {});

/// A diagnostic a fixture expects: `<!-- expect: [warning ]rule-id -->` on the line it belongs to.
struct Expectation
{
    core::Severity severity = core::Severity::Error;
    std::string ruleId;
    int line = 0;
};
std::vector<Expectation> expectationsIn(const std::string& xml);

/// A readable list of diagnostics for failure messages.
std::string describe(const std::vector<core::Diagnostic>& diagnostics);

} // namespace kompis::test
