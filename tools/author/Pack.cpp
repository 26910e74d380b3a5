#include "Commands.hpp"
#include "core/check/PackageCheck.hpp"
#include "core/package/OpenPackage.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>

namespace kompis::author
{

int runPack(Arguments& args)
{
    const auto output = args.value("--output", "-o");
    std::string error;
    const auto positional = args.positional(error);
    if (!error.empty() || positional.size() != 1 || !output)
    {
        std::fprintf(stderr, "Usage: kompis-author pack DIR -o FILE.kompis\n");
        return kUsage;
    }
    if (!std::filesystem::is_directory(positional[0]))
    {
        std::fprintf(stderr, "kompis-author pack: %s is not a course folder\n",
                     positional[0].c_str());
        return kUsage;
    }
    auto package = loadPackage(positional[0], error);
    auto diagnostics = package.load.diagnostics;
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
    std::map<std::string, std::string> files;
    for (const auto& path : package.files->list())
    {
        // Editor backups and hidden files are not part of a course.
        const auto name = std::filesystem::path(path).filename().string();
        if (name.starts_with('.') || name.ends_with('~'))
            continue;
        auto bytes = package.files->read(path, error);
        if (!bytes)
        {
            std::fprintf(stderr, "kompis-author pack: cannot read %s (%s)\n", path.c_str(),
                         error.c_str());
            return kUsage;
        }
        files.emplace(path, std::move(*bytes));
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
    const auto output = args.value("--output", "-o");
    std::string error;
    const auto positional = args.positional(error);
    if (!error.empty() || positional.size() != 1 || !output)
    {
        std::fprintf(stderr, "Usage: kompis-author unpack FILE.kompis -o DIR\n");
        return kUsage;
    }
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
