#include "Commands.hpp"
#include "core/package/OpenPackage.hpp"

namespace kompis::author
{

LoadedPackage loadPackage(const std::string& path, std::string& error)
{
    LoadedPackage package;
    package.files = core::openPackage(path, error);
    if (package.files)
    {
        core::LoadOptions options;
        options.keepLessonsWithErrors = true; // check the media of every lesson, broken or not
        package.load = core::loadCourse(*package.files, options);
    }
    return package;
}

} // namespace kompis::author
