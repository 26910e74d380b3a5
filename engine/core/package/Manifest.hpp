#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace kompis::core
{

/// `kompis-manifest.json` inside a packed course: the SHA-256 of every other entry, so a
/// damaged or altered package is refused rather than half-shown.
inline constexpr std::string_view kManifestName = "kompis-manifest.json";

/// Lower-case hex SHA-256 of `bytes` (libsodium).
std::string sha256Hex(std::string_view bytes);

/// The manifest's text for `hashes` (path → hex), one entry per line, sorted: deterministic.
std::string writeManifest(const std::map<std::string, std::string>& hashes);

/// Reads a manifest written by writeManifest (or any JSON of the same shape); nullopt with
/// `error` set when it is not one.
std::optional<std::map<std::string, std::string>> readManifest(std::string_view text,
                                                               std::string& error);

} // namespace kompis::core
