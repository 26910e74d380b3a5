#pragma once

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
    std::size_t maxEntryBytes = std::size_t(64) << 20;
    std::size_t maxTotalBytes = std::size_t(512) << 20;
    std::size_t maxEntries = 20000;
    /// Uncompressed / compressed above this (for entries over 64 KiB) is a zip bomb.
    double maxCompressionRatio = 100;
};

/// A course package as the user named it: a folder, or a `.kompis` file made by
/// `kompis-author pack`. Null with `error` set (a sentence for people) when it cannot be used.
std::unique_ptr<PackageFiles> openPackage(const std::filesystem::path& folderOrKompisFile,
                                          std::string& error, const ZipLimits& limits = {});

/// Reads a `.kompis` file entirely into memory, refusing entries that leave the package (`..`,
/// absolute paths), links, duplicate names, over-large or over-compressed entries, and any
/// entry whose SHA-256 differs from the manifest.
std::unique_ptr<PackageFiles> openKompisFile(const std::filesystem::path& file, std::string& error,
                                             const ZipLimits& limits = {});

/// Writes `files` (package path → bytes) as a deterministic `.kompis`: entries sorted, fixed
/// times and permissions, a SHA-256 manifest first; the same files give the same bytes.
/// Returns "" or an error.
std::string writeKompisFile(const std::filesystem::path& file,
                            const std::map<std::string, std::string>& files);

} // namespace kompis::core
