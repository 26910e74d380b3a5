#include "ZipBytes.hpp"

#include "core/package/Manifest.hpp"

#include <array>
#include <fstream>
#include <map>

namespace kompis::attack
{

namespace
{

const std::array<std::uint32_t, 256>& crcTable()
{
    static const auto table = []
    {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i)
        {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
            t[i] = c;
        }
        return t;
    }();
    return table;
}

std::uint32_t crcUpdate(std::uint32_t crc, const char* data, std::size_t size)
{
    for (std::size_t i = 0; i < size; ++i)
        crc = crcTable()[(crc ^ static_cast<unsigned char>(data[i])) & 0xFF] ^ (crc >> 8);
    return crc;
}

void put16(std::string& out, std::uint32_t v)
{
    out += static_cast<char>(v & 0xFF);
    out += static_cast<char>((v >> 8) & 0xFF);
}

void put32(std::string& out, std::uint32_t v)
{
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

/// Deflate bits, least significant first; Huffman codes go in most significant bit first.
class BitWriter
{
public:
    void bits(std::uint32_t value, int count)
    {
        for (int i = 0; i < count; ++i)
            bit((value >> i) & 1u);
    }
    void code(std::uint32_t value, int count)
    {
        for (int i = count - 1; i >= 0; --i)
            bit((value >> i) & 1u);
    }
    std::string finish()
    {
        if (m_used)
            m_out += static_cast<char>(m_byte);
        return std::move(m_out);
    }

private:
    void bit(std::uint32_t b)
    {
        m_byte |= b << m_used;
        if (++m_used == 8)
        {
            m_out += static_cast<char>(m_byte);
            m_byte = 0;
            m_used = 0;
        }
    }
    std::string m_out;
    std::uint32_t m_byte = 0;
    int m_used = 0;
};

} // namespace

std::uint32_t crc32(const std::string& data)
{
    return ~crcUpdate(0xFFFFFFFFu, data.data(), data.size());
}

std::string deflateZeros(std::uint64_t size)
{
    // Cases ask for the same sizes again and again; each takes a while to write.
    static std::map<std::uint64_t, std::string> made;
    if (const auto found = made.find(size); found != made.end())
        return found->second;
    // One fixed-Huffman block: a literal 0, then copies of 258 bytes at distance 1.
    BitWriter w;
    w.bits(1, 1); // last block
    w.bits(1, 2); // fixed codes
    w.code(0x30, 8);
    std::uint64_t left = size - 1;
    auto copy = [&](std::uint32_t length)
    {
        // Length codes 257..284 with extra bits; 285 is exactly 258.
        static constexpr std::array<std::uint16_t, 29> base = {
            3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
            31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
        static constexpr std::array<std::uint8_t, 29> extra = {
            0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
        std::size_t i = 28;
        while (base[i] > length)
            --i;
        const std::uint32_t symbol = 257 + static_cast<std::uint32_t>(i);
        if (symbol <= 279)
            w.code(symbol - 256, 7);
        else
            w.code(0xC0 + (symbol - 280), 8);
        w.bits(length - base[i], extra[i]);
        w.code(0, 5); // distance 1
    };
    while (left >= 258)
    {
        copy(258);
        left -= 258;
    }
    if (left >= 3)
        copy(static_cast<std::uint32_t>(left));
    else
        for (; left > 0; --left)
            w.code(0x30, 8);
    w.code(0, 7); // end of block
    return made[size] = w.finish();
}

std::uint32_t crc32OfZeros(std::uint64_t size)
{
    static std::map<std::uint64_t, std::uint32_t> known;
    if (const auto found = known.find(size); found != known.end())
        return found->second;
    std::uint32_t crc = 0xFFFFFFFFu;
    const std::string zeros(1 << 20, '\0');
    for (std::uint64_t done = 0; done < size; done += zeros.size())
        crc = crcUpdate(crc, zeros.data(), std::min<std::uint64_t>(zeros.size(), size - done));
    return known[size] = ~crc;
}

void ZipBytes::append(Record record, const std::string& payload)
{
    record.offset = static_cast<std::uint32_t>(m_body.size());
    put32(m_body, 0x04034b50);
    put16(m_body, 20);
    put16(m_body, 0x0800);
    put16(m_body, record.method);
    put32(m_body, 0x00210000); // 1980-01-01 00:00
    put32(m_body, record.crc);
    put32(m_body, record.compressed);
    put32(m_body, record.size);
    put16(m_body, static_cast<std::uint32_t>(record.name.size()));
    put16(m_body, 0);
    m_body += record.name;
    m_body += payload;
    m_records.push_back(std::move(record));
}

void ZipBytes::add(const std::string& name, const std::string& data, std::uint32_t mode)
{
    Record r;
    r.name = name;
    r.crc = crc32(data);
    r.compressed = r.size = static_cast<std::uint32_t>(data.size());
    r.mode = mode;
    append(std::move(r), data);
}

void ZipBytes::addZeros(const std::string& name, std::uint64_t size)
{
    const std::string payload = deflateZeros(size);

    Record r;
    r.name = name;
    r.method = 8;
    r.crc = crc32OfZeros(size);
    r.compressed = static_cast<std::uint32_t>(payload.size());
    r.size = static_cast<std::uint32_t>(size);
    append(std::move(r), payload);
}

void ZipBytes::addAlias(const std::string& name, std::size_t index)
{
    Record r = m_records.at(index);
    r.name = name;
    m_records.push_back(std::move(r));
}

void ZipBytes::lieAboutSize(std::uint32_t size)
{
    m_records.back().size = size;
}

void ZipBytes::addCourse(const std::filesystem::path& folder,
                         const std::map<std::string, std::string>& replaced)
{
    std::map<std::string, std::string> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder))
        if (entry.is_regular_file())
        {
            std::ifstream in(entry.path(), std::ios::binary);
            files[entry.path().lexically_relative(folder).generic_string()] = {
                std::istreambuf_iterator<char>(in), {}};
        }
    for (const auto& [name, bytes] : replaced)
        files[name] = bytes;
    std::map<std::string, std::string> hashes;
    for (const auto& [name, bytes] : files)
    {
        hashes[name] = core::sha256Hex(bytes);
        add(name, bytes);
    }
    add(std::string(core::kManifestName), core::writeManifest(hashes));
}

std::string ZipBytes::bytes() const
{
    std::string out = m_body;
    std::string central;
    for (const auto& r : m_records)
    {
        put32(central, 0x02014b50);
        put16(central, 0x0314); // made by Unix, version 2.0
        put16(central, 20);
        put16(central, 0x0800);
        put16(central, r.method);
        put32(central, 0x00210000);
        put32(central, r.crc);
        put32(central, r.compressed);
        put32(central, r.size);
        put16(central, static_cast<std::uint32_t>(r.name.size()));
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put32(central, r.mode << 16);
        put32(central, r.offset);
        central += r.name;
    }
    const auto centralOffset = static_cast<std::uint32_t>(out.size());
    out += central;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, static_cast<std::uint32_t>(m_records.size()));
    put16(out, static_cast<std::uint32_t>(m_records.size()));
    put32(out, static_cast<std::uint32_t>(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

} // namespace kompis::attack
