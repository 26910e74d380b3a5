#include "core/package/Manifest.hpp"

#include <cctype>
#include <cstdio>
#include <sodium.h>

namespace kompis::core
{

namespace
{

/// Package paths are checked safe before they get here, so only quotes and backslashes need care.
std::string quoted(std::string_view text)
{
    std::string out = "\"";
    for (const char c : text)
        out += (c == '"' || c == '\\') ? std::string("\\") + c : std::string(1, c);
    return out + "\"";
}

/// A small reader for the manifest's shape: {"format": 1, "files": {"path": "hash", …}}.
class ManifestReader
{
public:
    explicit ManifestReader(std::string_view text)
        : m_text(text)
    {
    }

    std::optional<std::map<std::string, std::string>> read(std::string& error)
    {
        std::map<std::string, std::string> files;
        bool sawFiles = false;
        if (!expect('{'))
            return fail(error, "it does not start with {");
        while (true)
        {
            skipSpace();
            if (peek() == '}')
                break;
            auto key = string();
            if (!key || !expect(':'))
                return fail(error, "a key is not followed by ':'");
            skipSpace();
            if (*key == "files")
            {
                sawFiles = true;
                if (!expect('{'))
                    return fail(error, "\"files\" is not an object");
                while (true)
                {
                    skipSpace();
                    if (peek() == '}')
                    {
                        ++m_at;
                        break;
                    }
                    auto path = string();
                    if (!path || !expect(':'))
                        return fail(error, "a file entry is broken");
                    skipSpace();
                    auto hash = string();
                    if (!hash)
                        return fail(error, "the hash of " + *path + " is not a string");
                    if (!files.emplace(*path, *hash).second)
                        return fail(error, *path + " is listed twice");
                    skipSpace();
                    if (peek() == ',')
                        ++m_at;
                }
            }
            else
                skipValue();
            skipSpace();
            if (peek() == ',')
                ++m_at;
        }
        if (!sawFiles)
            return fail(error, "it has no \"files\"");
        return files;
    }

private:
    std::optional<std::map<std::string, std::string>> fail(std::string& error,
                                                           const std::string& why)
    {
        error = "the manifest is damaged: " + why;
        return std::nullopt;
    }
    char peek() const { return m_at < m_text.size() ? m_text[m_at] : '\0'; }
    void skipSpace()
    {
        while (m_at < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_at])))
            ++m_at;
    }
    bool expect(char c)
    {
        skipSpace();
        if (peek() != c)
            return false;
        ++m_at;
        return true;
    }
    std::optional<std::string> string()
    {
        skipSpace();
        if (peek() != '"')
            return std::nullopt;
        ++m_at;
        std::string out;
        while (m_at < m_text.size() && m_text[m_at] != '"')
        {
            if (m_text[m_at] == '\\' && m_at + 1 < m_text.size())
                ++m_at;
            out += m_text[m_at++];
        }
        if (m_at >= m_text.size())
            return std::nullopt;
        ++m_at;
        return out;
    }
    void skipValue()
    {
        if (peek() == '"')
        {
            (void)string();
            return;
        }
        int depth = 0;
        while (m_at < m_text.size())
        {
            const char c = m_text[m_at];
            if ((c == ',' || c == '}') && depth == 0)
                return;
            depth += (c == '{' || c == '[') ? 1 : (c == '}' || c == ']') ? -1 : 0;
            ++m_at;
        }
    }

    std::string_view m_text;
    std::size_t m_at = 0;
};

} // namespace

std::string sha256Hex(std::string_view bytes)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (const unsigned char byte : digest)
    {
        hex += kHex[byte >> 4];
        hex += kHex[byte & 15];
    }
    return hex;
}

std::string writeManifest(const std::map<std::string, std::string>& hashes)
{
    std::string text = "{\n  \"format\": 1,\n  \"hash\": \"sha256\",\n  \"files\": {\n";
    std::size_t index = 0;
    for (const auto& [path, hash] : hashes)
        text +=
            "    " + quoted(path) + ": " + quoted(hash) + (++index < hashes.size() ? ",\n" : "\n");
    return text + "  }\n}\n";
}

std::optional<std::map<std::string, std::string>> readManifest(std::string_view text,
                                                               std::string& error)
{
    return ManifestReader(text).read(error);
}

} // namespace kompis::core
