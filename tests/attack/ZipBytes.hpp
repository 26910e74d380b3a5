#pragma once
// Zip archives written byte by byte, so a case can hold what `kompis-author pack` never
// writes: names that escape, entries that overlap or repeat, sizes that lie, symbolic links.

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace kompis::attack
{

/// A raw deflate stream of `size` zero bytes (fixed Huffman code, about 160 to 1).
std::string deflateZeros(std::uint64_t size);
/// The zip CRC-32 of `size` zero bytes.
std::uint32_t crc32OfZeros(std::uint64_t size);
/// The CRC-32 of bytes (zip and PNG use the same).
std::uint32_t crc32(const std::string& data);

class ZipBytes
{
public:
    /// A stored entry; `mode` is the Unix mode kept in its external attributes.
    void add(const std::string& name, const std::string& data, std::uint32_t mode = 0100644);
    /// A deflated entry of `size` zero bytes (about 160 to 1 in fixed Huffman code).
    void addZeros(const std::string& name, std::uint64_t size);
    /// A second central-directory entry for the bytes of entry `index`, under another name.
    void addAlias(const std::string& name, std::size_t index);
    /// Claims a size for the last entry other than the size of its data.
    void lieAboutSize(std::uint32_t size);
    /// Every file of a course folder and a manifest with their hashes: a package that opens.
    void addCourse(const std::filesystem::path& folder,
                   const std::map<std::string, std::string>& replaced = {});
    [[nodiscard]] std::string bytes() const;

private:
    struct Record
    {
        std::string name;
        std::uint32_t offset = 0;
        std::uint32_t crc = 0;
        std::uint32_t compressed = 0;
        std::uint32_t size = 0;
        std::uint16_t method = 0;
        std::uint32_t mode = 0100644;
    };
    void append(Record record, const std::string& payload);
    std::string m_body;
    std::vector<Record> m_records;
};

} // namespace kompis::attack
