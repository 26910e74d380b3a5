#include "MiniJson.hpp"

#include <cstdlib>

namespace kompis::test
{
namespace
{
class Parser
{
public:
    explicit Parser(std::string_view t)
        : m_t(t)
    {
    }

    JsonValue document()
    {
        JsonValue v = value();
        space();
        if (m_i != m_t.size())
            fail("trailing characters");
        return v;
    }

private:
    [[noreturn]] void fail(const std::string& what) const
    {
        throw std::runtime_error("JSON: " + what + " at offset " + std::to_string(m_i));
    }
    void space()
    {
        while (m_i < m_t.size() &&
               (m_t[m_i] == ' ' || m_t[m_i] == '\n' || m_t[m_i] == '\r' || m_t[m_i] == '\t'))
            ++m_i;
    }
    bool take(char c)
    {
        space();
        if (m_i < m_t.size() && m_t[m_i] == c)
        {
            ++m_i;
            return true;
        }
        return false;
    }
    void expect(char c)
    {
        if (!take(c))
            fail(std::string("expected '") + c + "'");
    }
    bool word(std::string_view w)
    {
        if (m_t.substr(m_i, w.size()) != w)
            return false;
        m_i += w.size();
        return true;
    }

    JsonValue value()
    {
        space();
        if (m_i >= m_t.size())
            fail("unexpected end");
        const char c = m_t[m_i];
        if (c == '{')
            return object();
        if (c == '[')
            return array();
        if (c == '"')
            return JsonValue{string()};
        if (word("true"))
            return JsonValue{true};
        if (word("false"))
            return JsonValue{false};
        if (word("null"))
            return JsonValue{nullptr};
        return number();
    }

    JsonValue object()
    {
        expect('{');
        auto obj = std::make_shared<JsonObject>();
        if (!take('}'))
        {
            do
            {
                space();
                std::string key = string();
                expect(':');
                if (!obj->emplace(key, value()).second)
                    fail("duplicate key " + key);
            } while (take(','));
            expect('}');
        }
        return JsonValue{obj};
    }

    JsonValue array()
    {
        expect('[');
        auto arr = std::make_shared<JsonArray>();
        if (!take(']'))
        {
            do
                arr->push_back(value());
            while (take(','));
            expect(']');
        }
        return JsonValue{arr};
    }

    std::string string()
    {
        if (m_i >= m_t.size() || m_t[m_i] != '"')
            fail("expected a string");
        ++m_i;
        std::string out;
        while (true)
        {
            if (m_i >= m_t.size())
                fail("unterminated string");
            const char c = m_t[m_i++];
            if (c == '"')
                return out;
            if (static_cast<unsigned char>(c) < 0x20)
                fail("raw control character in string");
            if (c != '\\')
            {
                out += c;
                continue;
            }
            const char e = m_i < m_t.size() ? m_t[m_i++] : '\0';
            switch (e)
            {
            case '"':
            case '\\':
            case '/':
                out += e;
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'u':
                out += utf8(
                    unsigned(std::strtoul(std::string(m_t.substr(m_i, 4)).c_str(), nullptr, 16)));
                m_i += 4;
                break;
            default:
                fail("bad escape");
            }
        }
    }

    static std::string utf8(unsigned cp)
    {
        std::string s;
        if (cp < 0x80)
            s += char(cp);
        else if (cp < 0x800)
            s += char(0xC0 | (cp >> 6)), s += char(0x80 | (cp & 0x3F));
        else
            s += char(0xE0 | (cp >> 12)), s += char(0x80 | ((cp >> 6) & 0x3F)),
                s += char(0x80 | (cp & 0x3F));
        return s;
    }

    JsonValue number()
    {
        const std::size_t start = m_i;
        if (m_i < m_t.size() && m_t[m_i] == '-')
            ++m_i;
        while (m_i < m_t.size() &&
               std::string_view("0123456789.eE+-").find(m_t[m_i]) != std::string_view::npos)
            ++m_i;
        if (m_i == start)
            fail("unexpected character");
        const std::string text(m_t.substr(start, m_i - start));
        char* end = nullptr;
        const double d = std::strtod(text.c_str(), &end);
        if (end != text.c_str() + text.size())
            fail("bad number " + text);
        return JsonValue{d};
    }

    std::string_view m_t;
    std::size_t m_i = 0;
};
} // namespace

JsonValue parseJson(std::string_view text)
{
    return Parser(text).document();
}

} // namespace kompis::test
