#pragma once

#include "Cli.hpp"
#include "core/loader/CourseLoader.hpp"

#include <memory>

namespace kompis::author
{

/// A package opened and loaded the way the player does it.
struct LoadedPackage
{
    std::unique_ptr<core::PackageFiles> files;
    core::CourseLoad load;
    /// Refused for a size cap (files, one file, all files) rather than unreadable or damaged.
    bool overLimits = false;
};

/// Opens a folder or .kompis file and loads it; null `files` with `error` set when it cannot be
/// opened.
LoadedPackage loadPackage(const std::string& path, std::string& error);

/// A package refused for a size cap, as the error `package.too-large` validate and pack print.
core::Diagnostic tooLargeDiagnostic(const std::string& path, std::string message);

int runValidate(Arguments& args);
int runInfo(Arguments& args);
int runCheckAnswer(Arguments& args);
int runNew(Arguments& args);
int runPack(Arguments& args);
int runUnpack(Arguments& args);
int runTts(Arguments& args);
int runImport(Arguments& args);
int runPreview(Arguments& args);

} // namespace kompis::author
