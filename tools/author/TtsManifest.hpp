#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace kompis::author
{

/// What `tts` remembers of a clip it made: the voice, speed and text it used (as a hash) and a
/// hash of the file it wrote, so a changed transcript is voiced again but a clip a teacher has
/// since replaced with a recording is never overwritten.
struct TtsRecord
{
    std::string voice;
    int speed = 0;
    std::string inputHash;
    std::string fileHash;
};

/// The hash of everything that decides how a clip sounds.
std::string ttsInputHash(const std::string& voice, int speed, const std::string& text);

/// Reads the manifest (one tab-separated line per clip: src, voice, speed, input hash, file
/// hash); a missing or unreadable file is an empty manifest, so tts only touches missing clips.
std::map<std::string, TtsRecord> readTtsManifest(const std::filesystem::path& file);

/// Writes the manifest through a temporary file and a rename; "" or an error.
std::string writeTtsManifest(const std::filesystem::path& file,
                             const std::map<std::string, TtsRecord>& records);

} // namespace kompis::author
