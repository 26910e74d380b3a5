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
};

/// Opens a folder or .kompis file and loads it; null `files` with `error` set when it cannot be
/// opened.
LoadedPackage loadPackage(const std::string& path, std::string& error);

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
