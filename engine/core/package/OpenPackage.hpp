#pragma once

#include "core/model/InputLimits.hpp"
#include "core/package/PackageFiles.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <string>

namespace kompis::core
{

/// Limits a packed course must stay within; over them it is refused as damaged or hostile.
struct ZipLimits
{
    std::size_t maxEntryBytes = limits::kMaxPackageFileBytes;
    std::size_t maxTotalBytes = limits::kMaxPackageBytes;
    std::size_t maxEntries = limits::kMaxPackageEntries;
    /// Uncompressed / compressed above this (for entries over 64 KiB) is a zip bomb.
    double maxCompressionRatio = 100;
};

/// Why a package could not be opened.
struct OpenError
{
    std::string message; ///< a sentence for people
    /// Over a size cap (number of files, one file, all files) rather than damaged or hostile:
    /// `kompis-author validate` reports it as the diagnostic `package.too-large`.
    bool overLimits = false;
};

/// A course package as the user named it: a folder, or a `.kompis` file made by
/// `kompis-author pack`. Null with `error` set (a sentence for people) when it cannot be used,
/// including a folder over the same limits as a packed course (files, size of one, size of all).
std::unique_ptr<PackageFiles> openPackage(const std::filesystem::path& folderOrKompisFile,
                                          std::string& error, const ZipLimits& limits = {});
std::unique_ptr<PackageFiles> openPackage(const std::filesystem::path& folderOrKompisFile,
                                          OpenError& error, const ZipLimits& limits = {});

/// Reads a `.kompis` file entirely into memory, refusing entries that leave the package (`..`,
/// absolute paths) or are not written plainly (`lessons/./x.xml`), links, duplicate names,
/// over-large or over-compressed entries, entries whose compressed data overlap (a zip bomb
/// that passes every per-entry ratio), and any entry whose SHA-256 differs from the manifest.
std::unique_ptr<PackageFiles> openKompisFile(const std::filesystem::path& file, std::string& error,
                                             const ZipLimits& limits = {});
std::unique_ptr<PackageFiles> openKompisFile(const std::filesystem::path& file, OpenError& error,
                                             const ZipLimits& limits = {});

/// Writes `files` (package path → bytes) as a deterministic `.kompis`: entries sorted, fixed
/// times and permissions, a SHA-256 manifest first; the same files give the same bytes.
/// Returns "" or an error.
std::string writeKompisFile(const std::filesystem::path& file,
                            const std::map<std::string, std::string>& files);

} // namespace kompis::core
