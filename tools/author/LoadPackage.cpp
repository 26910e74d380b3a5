#include "Commands.hpp"
#include "core/package/OpenPackage.hpp"

namespace kompis::author
{

LoadedPackage loadPackage(const std::string& path, std::string& error)
{
    LoadedPackage package;
    core::OpenError failure;
    package.files = core::openPackage(path, failure);
    error = std::move(failure.message);
    package.overLimits = failure.overLimits;
    if (package.files)
    {
        core::LoadOptions options;
        options.keepLessonsWithErrors = true; // check the media of every lesson, broken or not
        package.load = core::loadCourse(*package.files, options);
    }
    return package;
}

core::Diagnostic tooLargeDiagnostic(const std::string& path, std::string message)
{
    // The diagnostic names the package already: `x: error: x: …` would say it twice.
    if (message.starts_with(path + ": "))
        message.erase(0, path.size() + 2);
    return {core::Severity::Error, "package.too-large", core::SourceLocation{path, 0, 0},
            std::move(message)};
}

} // namespace kompis::author
