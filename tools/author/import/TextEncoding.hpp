#pragma once

#include <string>

namespace kompis::author::import
{

/// A text file as UTF-8: a UTF-8 byte order mark is dropped, UTF-16 with a mark is converted,
/// and bytes that are not UTF-8 (Windows-1252 from Swedish or Norwegian Excel, Latin-1 files
/// that claim UTF-8) are converted from the charset ICU's detector names. `converted` gets that
/// charset's name, or stays empty when the file was UTF-8 already.
std::string toUtf8(const std::string& bytes, std::string& converted);

} // namespace kompis::author::import
