#include "core/package/PackageFiles.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace kompis::core
{

DirectoryPackage::DirectoryPackage(std::string folder)
    : m_folder(std::move(folder))
{
    while (m_folder.size() > 1 && m_folder.back() == '/')
        m_folder.pop_back();
}

std::string DirectoryPackage::displayPath(const std::string& relative) const
{
    return m_folder + "/" + relative;
}

bool DirectoryPackage::exists(const std::string& relative) const
{
    std::error_code ec;
    return isSafePackagePath(relative) && fs::is_regular_file(fs::path(m_folder) / relative, ec);
}

std::optional<std::size_t> DirectoryPackage::size(const std::string& relative) const
{
    std::error_code ec;
    if (!exists(relative))
        return std::nullopt;
    const auto bytes = fs::file_size(fs::path(m_folder) / relative, ec);
    if (ec)
        return std::nullopt;
    return static_cast<std::size_t>(bytes);
}

std::optional<std::string> DirectoryPackage::read(const std::string& relative,
                                                  std::string& error) const
{
    if (!isSafePackagePath(relative))
    {
        error = "path leaves the package";
        return std::nullopt;
    }
    std::ifstream in(fs::path(m_folder) / relative, std::ios::binary);
    if (!in)
    {
        error = exists(relative) ? "cannot be read (check its permissions)" : "no such file";
        return std::nullopt;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad())
    {
        error = "read failed";
        return std::nullopt;
    }
    return std::move(buffer).str();
}

std::vector<std::string> DirectoryPackage::list() const
{
    std::vector<std::string> files;
    std::error_code ec;
    const fs::path base(m_folder);
    for (fs::recursive_directory_iterator
             it(base, fs::directory_options::skip_permission_denied, ec),
         end;
         !ec && it != end; it.increment(ec))
    {
        if (it->is_regular_file(ec))
            files.push_back(fs::relative(it->path(), base, ec).generic_string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

bool isSafePackagePath(const std::string& relative)
{
    if (relative.empty() || relative.front() == '/' || relative.find('\\') != std::string::npos)
        return false;
    if (relative.size() >= 2 && relative[1] == ':')
        return false;
    std::size_t start = 0;
    while (start <= relative.size())
    {
        const auto end = std::min(relative.find('/', start), relative.size());
        const auto part = std::string_view(relative).substr(start, end - start);
        if (part == ".." || part == "." || (part.empty() && end != relative.size()))
            return false;
        start = end + 1;
    }
    return true;
}

} // namespace kompis::core
