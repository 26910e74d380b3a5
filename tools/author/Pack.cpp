#include "Commands.hpp"
#include "core/check/PackageCheck.hpp"
#include "core/check/Spelling.hpp"
#include "core/package/OpenPackage.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>

namespace kompis::author
{

namespace
{

/// The schema a course or lesson file names for editors, when it lies inside the package.
std::optional<std::string> schemaInside(const core::PackageFiles& package, const std::string& file)
{
    std::string error;
    const auto text = package.read(file, error);
    constexpr std::string_view kAttribute = "noNamespaceSchemaLocation=\"";
    const auto at = text ? text->find(kAttribute) : std::string::npos;
    if (at == std::string::npos)
        return std::nullopt;
    const auto start = at + kAttribute.size();
    const auto end = text->find('"', start);
    if (end == std::string::npos)
        return std::nullopt;
    const auto path = (std::filesystem::path(file).parent_path() / text->substr(start, end - start))
                          .lexically_normal()
                          .generic_string();
    if (!core::isSafePackagePath(path) || !package.exists(path))
        return std::nullopt;
    return path;
}

/// What a course uses or declares: course.xml, the lessons it lists, the media they refer to,
/// its word list, tts's manifest (so tts still knows its clips after an unpack) and a schema
/// inside the package. Anything else (a teacher's notes, Thumbs.db,
/// an old clip, a lesson course.xml does not list) stays out of the package.
std::set<std::string> filesToPack(const core::PackageFiles& package, const core::Course& course)
{
    auto wanted = core::referencedMedia(course);
    wanted.insert("course.xml");
    for (const auto& slot : course.lessons)
        wanted.insert(slot.file);
    for (const auto declared : {core::kWordListPath, core::kTtsManifestPath})
        if (package.exists(std::string(declared)))
            wanted.insert(std::string(declared));
    const std::vector<std::string> xmlFiles(wanted.begin(), wanted.end());
    for (const auto& file : xmlFiles)
        if (file.ends_with(".xml"))
            if (auto schema = schemaInside(package, file))
                wanted.insert(std::move(*schema));
    return wanted;
}

} // namespace

int runPack(Arguments& args)
{
    const auto output = args.value("--output");
    const auto& positional = args.positional();
    if (positional.size() != 1 || !output)
        return args.usageError(positional.size() != 1 ? "name one course folder"
                                                      : "-o FILE.kompis is needed");
    std::string error;
    if (!std::filesystem::is_directory(positional[0]))
    {
        std::fprintf(stderr, "kompis-author pack: %s is not a course folder\n",
                     positional[0].c_str());
        return kUsage;
    }
    auto package = loadPackage(positional[0], error);
    auto diagnostics = package.load.diagnostics;
    if (package.overLimits)
        diagnostics.push_back(tooLargeDiagnostic(positional[0], error));
    else if (!package.files)
    {
        std::fprintf(stderr, "kompis-author pack: %s\n", shown(error).c_str());
        return kUsage;
    }
    if (package.load.usable())
    {
        const auto more = core::checkPackage(*package.files, *package.load.course);
        diagnostics.insert(diagnostics.end(), more.begin(), more.end());
    }
    std::size_t errors = 0;
    for (const auto& d : diagnostics)
        if (d.severity == core::Severity::Error)
        {
            std::fprintf(stderr, "%s\n", shown(core::formatDiagnostic(d)).c_str());
            ++errors;
        }
    if (errors > 0 || !package.load.usable())
    {
        std::fprintf(stderr,
                     "kompis-author pack: not packed: %zu error(s); fix them first (kompis-author "
                     "validate %s)\n",
                     errors, positional[0].c_str());
        return kProblems;
    }
    const auto wanted = filesToPack(*package.files, *package.load.course);
    std::map<std::string, std::string> files;
    std::vector<std::string> leftOut;
    for (const auto& path : package.files->list())
    {
        if (!wanted.contains(path))
        {
            leftOut.push_back(path);
            continue;
        }
        auto bytes = package.files->read(path, error);
        if (!bytes)
        {
            std::fprintf(stderr, "kompis-author pack: cannot read %s (%s)\n", path.c_str(),
                         error.c_str());
            return kUsage;
        }
        files.emplace(path, std::move(*bytes));
    }
    for (const auto& d : diagnostics)
        if (d.ruleId == "course.unlisted-lesson")
            std::fprintf(stderr, "%s\n", core::formatDiagnostic(d).c_str());
    if (!leftOut.empty())
    {
        std::printf("left out %zu file(s) the course does not use:\n", leftOut.size());
        for (const auto& path : leftOut)
            std::printf("  %s\n", path.c_str());
    }
    if (auto problem = core::writeKompisFile(*output, files); !problem.empty())
    {
        std::fprintf(stderr, "kompis-author pack: %s\n", problem.c_str());
        return kUsage;
    }
    std::printf("packed %s (%zu files) into %s\n", package.load.course->id.c_str(), files.size(),
                output->c_str());
    return kClean;
}

int runUnpack(Arguments& args)
{
    const auto output = args.value("--output");
    const auto& positional = args.positional();
    if (positional.size() != 1 || !output)
        return args.usageError(positional.size() != 1 ? "name one .kompis file"
                                                      : "-o DIR is needed");
    std::string error;
    const std::filesystem::path target = *output;
    std::error_code ec;
    if (std::filesystem::exists(target, ec) && !std::filesystem::is_empty(target, ec))
    {
        std::fprintf(stderr, "kompis-author unpack: %s is not empty; unpack into a new folder\n",
                     target.c_str());
        return kUsage;
    }
    const auto package = core::openKompisFile(positional[0], error);
    if (!package)
    {
        std::fprintf(stderr, "kompis-author unpack: %s\n", shown(error).c_str());
        return kProblems;
    }
    for (const auto& path : package->list())
    {
        auto bytes = package->read(path, error);
        const auto file = target / path;
        std::filesystem::create_directories(file.parent_path(), ec);
        // Exclusive creation: no entry may replace a file another entry wrote, so the folder
        // holds exactly the entries validate read.
        const std::unique_ptr<std::FILE, int (*)(std::FILE*)> out(std::fopen(file.c_str(), "wbx"),
                                                                  &std::fclose);
        if (!out || !bytes)
        {
            std::fprintf(stderr, "kompis-author unpack: cannot create %s (%s)\n", file.c_str(),
                         errno == EEXIST ? "another entry already wrote it" : std::strerror(errno));
            return kUsage;
        }
        if (std::fwrite(bytes->data(), 1, bytes->size(), out.get()) != bytes->size() ||
            std::fflush(out.get()) != 0)
        {
            std::fprintf(stderr, "kompis-author unpack: cannot write %s (is the disk full?)\n",
                         file.c_str());
            return kUsage;
        }
    }
    std::printf("unpacked %zu files into %s\n", package->list().size(), target.c_str());
    return kClean;
}

} // namespace kompis::author
