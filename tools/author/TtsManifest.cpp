#include "TtsManifest.hpp"

#include "core/package/Manifest.hpp"

#include <fstream>
#include <sstream>

namespace kompis::author
{

namespace
{

constexpr std::string_view kHeader =
    "# kompis-author tts: the clips it made. Delete a line (or the file) to keep a clip as it "
    "is.\n";

} // namespace

std::string ttsInputHash(const std::string& voice, int speed, const std::string& text)
{
    // The version prefix changes every hash when the way clips are made changes.
    return core::sha256Hex("kompis-tts-1\n" + voice + "\n" + std::to_string(speed) + "\n" + text)
        .substr(0, 32);
}

std::map<std::string, TtsRecord> readTtsManifest(const std::filesystem::path& file)
{
    std::map<std::string, TtsRecord> records;
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);)
    {
        if (line.empty() || line.front() == '#')
            continue;
        std::istringstream fields(line);
        std::string src, voice, speed;
        TtsRecord record;
        if (std::getline(fields, src, '\t') && std::getline(fields, voice, '\t') &&
            std::getline(fields, speed, '\t') && std::getline(fields, record.inputHash, '\t') &&
            std::getline(fields, record.fileHash))
        {
            record.voice = voice;
            record.speed = std::atoi(speed.c_str());
            records.emplace(src, std::move(record));
        }
    }
    return records;
}

std::string writeTtsManifest(const std::filesystem::path& file,
                             const std::map<std::string, TtsRecord>& records)
{
    auto temporary = file;
    temporary += ".part";
    {
        std::ofstream out(temporary, std::ios::trunc);
        out << kHeader;
        for (const auto& [src, record] : records)
            out << src << '\t' << record.voice << '\t' << record.speed << '\t' << record.inputHash
                << '\t' << record.fileHash << '\n';
        if (!out.flush())
            return "cannot write " + temporary.string();
    }
    std::error_code ec;
    std::filesystem::rename(temporary, file, ec);
    return ec ? "cannot write " + file.string() + " (" + ec.message() + ")" : std::string();
}

} // namespace kompis::author
