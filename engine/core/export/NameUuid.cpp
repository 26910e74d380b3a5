#include "core/export/NameUuid.hpp"

#include <algorithm>
#include <bit>
#include <stdexcept>

namespace kompis::core::exports
{
namespace
{
class Sha1
{
public:
    void update(std::string_view data)
    {
        for (const char c : data)
        {
            m_block[m_used++] = static_cast<std::uint8_t>(c);
            if (m_used == m_block.size())
            {
                compress();
                m_used = 0;
            }
        }
        m_bytes += data.size();
    }

    std::array<std::uint8_t, 20> finish()
    {
        const std::uint64_t bits = m_bytes * 8;
        m_block[m_used++] = 0x80;
        if (m_used > 56)
        {
            std::fill(m_block.begin() + static_cast<std::ptrdiff_t>(m_used), m_block.end(), 0);
            compress();
            m_used = 0;
        }
        std::fill(m_block.begin() + static_cast<std::ptrdiff_t>(m_used), m_block.begin() + 56, 0);
        for (int i = 0; i < 8; ++i)
            m_block[56 + i] = static_cast<std::uint8_t>(bits >> (56 - 8 * i));
        compress();
        std::array<std::uint8_t, 20> digest{};
        for (int i = 0; i < 20; ++i)
            digest[i] = static_cast<std::uint8_t>(m_state[i / 4] >> (24 - 8 * (i % 4)));
        return digest;
    }

private:
    void compress()
    {
        std::array<std::uint32_t, 80> w{};
        for (int i = 0; i < 16; ++i)
            w[i] = std::uint32_t{m_block[4 * i]} << 24 | std::uint32_t{m_block[4 * i + 1]} << 16 |
                   std::uint32_t{m_block[4 * i + 2]} << 8 | std::uint32_t{m_block[4 * i + 3]};
        for (int i = 16; i < 80; ++i)
            w[i] = std::rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        auto [a, b, c, d, e] = m_state;
        for (int i = 0; i < 80; ++i)
        {
            std::uint32_t f = 0;
            std::uint32_t k = 0;
            if (i < 20)
                f = (b & c) | (~b & d), k = 0x5A827999;
            else if (i < 40)
                f = b ^ c ^ d, k = 0x6ED9EBA1;
            else if (i < 60)
                f = (b & c) | (b & d) | (c & d), k = 0x8F1BBCDC;
            else
                f = b ^ c ^ d, k = 0xCA62C1D6;
            const std::uint32_t t = std::rotl(a, 5) + f + e + k + w[i];
            e = d;
            d = c;
            c = std::rotl(b, 30);
            b = a;
            a = t;
        }
        m_state[0] += a;
        m_state[1] += b;
        m_state[2] += c;
        m_state[3] += d;
        m_state[4] += e;
    }

    std::array<std::uint32_t, 5> m_state{0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476,
                                         0xC3D2E1F0};
    std::array<std::uint8_t, 64> m_block{};
    std::size_t m_used = 0;
    std::uint64_t m_bytes = 0;
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
} // namespace

std::array<std::uint8_t, 20> sha1(std::string_view data)
{
    Sha1 h;
    h.update(data);
    return h.finish();
}

std::string nameUuidV5(std::string_view namespaceUuid, std::string_view name)
{
    std::string namespaceBytes;
    for (std::size_t i = 0; i < namespaceUuid.size(); ++i)
    {
        if (namespaceUuid[i] == '-')
            continue;
        const int high = hexValue(namespaceUuid[i]);
        const int low = i + 1 < namespaceUuid.size() ? hexValue(namespaceUuid[i + 1]) : -1;
        if (high < 0 || low < 0)
            throw std::invalid_argument("namespace UUID is not hex: " + std::string(namespaceUuid));
        namespaceBytes += static_cast<char>(high << 4 | low);
        ++i;
    }
    if (namespaceBytes.size() != 16)
        throw std::invalid_argument("namespace UUID is not 16 bytes: " +
                                    std::string(namespaceUuid));
    Sha1 h;
    h.update(namespaceBytes);
    h.update(name);
    auto digest = h.finish();
    digest[6] = static_cast<std::uint8_t>((digest[6] & 0x0F) | 0x50);
    digest[8] = static_cast<std::uint8_t>((digest[8] & 0x3F) | 0x80);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (int i = 0; i < 16; ++i)
    {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += '-';
        out += kHex[digest[i] >> 4];
        out += kHex[digest[i] & 0x0F];
    }
    return out;
}

} // namespace kompis::core::exports
