#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace kompis::core
{

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

private:
    std::string m_folder;
};

/// True when `relative` stays inside the package and is written the one plain way: not absolute,
/// no `..`, `.` or empty component, no backslash or drive letter, not empty. Plainness matters:
/// `lessons/./x.xml` and `lessons/x.xml` are one file on disk but two entries in a zip.
bool isSafePackagePath(const std::string& relative);

} // namespace kompis::core
