#include "core/package/PackageFiles.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace kompis::core
{

namespace
{

/// Calls `visit` with every entry below `base`, without following links into folders (a link
/// to `..` would never end) and skipping what cannot be read.
template <typename Visit> void walk(const fs::path& base, Visit&& visit)
{
    std::error_code ec;
    for (fs::recursive_directory_iterator
             it(base, fs::directory_options::skip_permission_denied, ec),
         end;
         !ec && it != end; it.increment(ec))
        visit(*it, it->path().lexically_relative(base));
}

} // namespace

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
    // The loader reports such a link as package.link-outside; no reader gets its bytes.
    if (const auto outside = realPathOutside(m_folder, relative))
    {
        error = "it is a symbolic link to " + outside->string() +
                ", outside the course folder; copy the file into the course folder";
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
    // lexically relative: fs::relative resolves links, naming a linked file by its target.
    walk(m_folder,
         [&](const fs::directory_entry& entry, const fs::path& relative)
         {
             std::error_code ec;
             if (entry.is_regular_file(ec))
                 files.push_back(relative.generic_string());
         });
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<LinkOutside> DirectoryPackage::linksOutside() const
{
    std::vector<LinkOutside> links;
    // A linked folder is reported once, not file by file: walk does not follow it.
    walk(m_folder,
         [&](const fs::directory_entry& entry, const fs::path& relative)
         {
             std::error_code ec;
             if (!entry.is_symlink(ec))
                 return;
             if (const auto outside = realPathOutside(m_folder, relative))
                 links.push_back({relative.generic_string(), outside->string()});
         });
    std::sort(links.begin(), links.end(),
              [](const auto& a, const auto& b) { return a.path < b.path; });
    return links;
}

std::optional<fs::path> realPathOutside(const fs::path& root, const fs::path& relative)
{
    std::error_code ec;
    const auto base = fs::weakly_canonical(root, ec);
    if (ec)
        return std::nullopt; // no folder, nothing to read through
    const auto real = fs::weakly_canonical(root / relative, ec);
    if (ec)
        return root / relative; // a link loop or an unreadable step: not known to stay inside
    const auto inside = real.lexically_relative(base);
    if (inside.empty() || *inside.begin() == "..")
        return real;
    return std::nullopt;
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
