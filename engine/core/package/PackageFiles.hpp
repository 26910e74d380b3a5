#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kompis::core
{

/// A symbolic link in a course folder whose real path lies outside the folder.
struct LinkOutside
{
    std::string path;   ///< package-relative, e.g. `lessons/hello.xml` (or a linked `media`)
    std::string target; ///< where it really points, e.g. `/home/anna/hello.xml`
};

/// Read access to the files of one course package, whatever holds them (a folder, a `.kompis`
/// zip). Paths are package-relative with `/` separators, e.g. `lessons/intro.xml`.
class PackageFiles
{
public:
    virtual ~PackageFiles() = default;

    /// How the package is named to the user (the folder or the .kompis file).
    [[nodiscard]] virtual std::string root() const = 0;
    /// How a file inside it is named in diagnostics: `courses/x/lessons/a.xml`,
    /// `x.kompis:lessons/a.xml`.
    [[nodiscard]] virtual std::string displayPath(const std::string& relative) const = 0;
    [[nodiscard]] virtual bool exists(const std::string& relative) const = 0;
    /// Size in bytes, if the file exists.
    [[nodiscard]] virtual std::optional<std::size_t> size(const std::string& relative) const = 0;
    /// The whole file, or nullopt with `error` set (missing, unreadable).
    [[nodiscard]] virtual std::optional<std::string> read(const std::string& relative,
                                                          std::string& error) const = 0;
    /// Every regular file in the package, sorted.
    [[nodiscard]] virtual std::vector<std::string> list() const = 0;
    /// Bytes of file content this object holds in memory (a packed course is read whole; a
    /// folder is read on demand and holds none).
    [[nodiscard]] virtual std::size_t residentBytes() const { return 0; }
    /// Files or folders that are symbolic links leading out of the package, sorted. Only a
    /// folder can hold them: a packed course refuses every link when it is opened.
    [[nodiscard]] virtual std::vector<LinkOutside> linksOutside() const { return {}; }
};

/// A package that is a folder on disk.
class DirectoryPackage final : public PackageFiles
{
public:
    explicit DirectoryPackage(std::string folder);

    [[nodiscard]] std::string root() const override { return m_folder; }
    [[nodiscard]] std::string displayPath(const std::string& relative) const override;
    [[nodiscard]] bool exists(const std::string& relative) const override;
    [[nodiscard]] std::optional<std::size_t> size(const std::string& relative) const override;
    [[nodiscard]] std::optional<std::string> read(const std::string& relative,
                                                  std::string& error) const override;
    [[nodiscard]] std::vector<std::string> list() const override;
    [[nodiscard]] std::vector<LinkOutside> linksOutside() const override;

private:
    std::string m_folder;
};

/// True when `relative` stays inside the package and is written the one plain way: not absolute,
/// no `..`, `.` or empty component, no backslash or drive letter, not empty. Plainness matters:
/// `lessons/./x.xml` and `lessons/x.xml` are one file on disk but two entries in a zip.
bool isSafePackagePath(const std::string& relative);

/// Where `root / relative` really lies (every symbolic link on the way resolved) when that is
/// outside `root`; nullopt when it stays inside. The path need not exist yet. A teacher's link
/// to a file elsewhere would otherwise be read by the player, shipped by `pack` or overwritten
/// by `tts`.
std::optional<std::filesystem::path> realPathOutside(const std::filesystem::path& root,
                                                     const std::filesystem::path& relative);

} // namespace kompis::core
