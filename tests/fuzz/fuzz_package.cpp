// Fuzz target: the hardened `.kompis` reader. The input is written to a file (the reader takes
// paths, as the player and kompis-author do) and every entry it lets through is read.
#include "core/package/OpenPackage.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace
{

std::filesystem::path scratchFile()
{
    static const std::filesystem::path path =
        std::filesystem::temp_directory_path() /
        ("kompis-fuzz-" + std::to_string(::getpid()) + ".kompis");
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto path = scratchFile();
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    std::string error;
    if (const auto package = kompis::core::openPackage(path, error))
    {
        for (const auto& name : package->list())
        {
            std::string readError;
            (void)package->size(name);
            (void)package->read(name, readError);
        }
    }
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
    return 0;
}
