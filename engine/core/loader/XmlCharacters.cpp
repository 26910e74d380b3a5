#include "core/loader/XmlCharacters.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <utility>

namespace kompis::core::loader
{

namespace
{

/// After this many character problems in one file the rest are counted, not listed: a file
/// of 100,000 bare '&' needs one fix (search and replace), not 100,000 lines.
constexpr std::size_t kReportedPerFile = 50;
/// Course elements have at most a handful of attributes.
constexpr std::size_t kMaxAttributesPerElement = 64;

/// HTML entities teachers paste from web pages, with the character to type instead.
constexpr auto kHtmlEntities = std::to_array<std::pair<std::string_view, std::string_view>>({
    {"auml", "ä"},   {"Auml", "Ä"},   {"ouml", "ö"},  {"Ouml", "Ö"},   {"aring", "å"},
    {"Aring", "Å"},  {"aelig", "æ"},  {"AElig", "Æ"}, {"oslash", "ø"}, {"Oslash", "Ø"},
    {"eacute", "é"}, {"Eacute", "É"}, {"uuml", "ü"},  {"Uuml", "Ü"},   {"ndash", "–"},
    {"mdash", "—"},  {"hellip", "…"}, {"laquo", "«"}, {"raquo", "»"},  {"rsquo", "’"},
    {"lsquo", "‘"},  {"rdquo", "”"},  {"ldquo", "“"}, {"euro", "€"},   {"copy", "©"},
});

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

/// C0 controls other than tab and line ends, DEL, and C1 controls: never text, and able to
/// drive a terminal when a tool prints them.
bool isControl(unsigned value)
{
    return (value < 0x20 && value != '\t' && value != '\n' && value != '\r') || value == 0x7F ||
           (value >= 0x80 && value <= 0x9F);
}

std::string hex(unsigned value)
{
    char text[16];
    std::snprintf(text, sizeof text, "U+%04X", value);
    return text;
}

class Scanner
{
public:
    Scanner(std::string_view text, const std::function<SourceLocation(std::size_t)>& locate,
            DiagnosticSink& sink)
        : m_text(text)
        , m_locate(locate)
        , m_sink(sink)
    {
    }

    /// False when the file must not be parsed (a tag with too many attributes).
    bool run()
    {
        checkControls();
        checkReferences();
        const bool parseable = checkAttributeCounts();
        if (m_count > kReportedPerFile)
            m_sink.error("xml.more-character-problems", m_locate(m_text.size()),
                         std::to_string(m_count - kReportedPerFile) +
                             " more character problems like the ones above are not listed; fix "
                             "those and validate again");
        return parseable;
    }

private:
    void report(std::string rule, std::size_t at, std::string message)
    {
        if (++m_count <= kReportedPerFile)
            m_sink.error(std::move(rule), m_locate(at), std::move(message));
    }

    void checkControls()
    {
        for (std::size_t i = 0; i < m_text.size(); ++i)
        {
            const auto byte = static_cast<unsigned char>(m_text[i]);
            unsigned value = byte;
            // C1 controls are U+0080–U+009F, two bytes in UTF-8 (the file is valid UTF-8 here).
            if (byte == 0xC2 && i + 1 < m_text.size())
                value = static_cast<unsigned char>(m_text[i + 1]);
            else if (byte >= 0x80)
                continue;
            if (isControl(value) && (byte != 0xC2 || value >= 0x80))
                report("xml.control-character", i,
                       "the control character " + hex(value) +
                           " is not text (it can come from copying out of another program); "
                           "delete it");
        }
    }

    void checkReferences()
    {
        for (std::size_t i = 0; i < m_text.size();)
        {
            if (m_text[i] == '<')
                i = skipMarkup(i);
            else if (m_text[i] == '&')
                i = checkReference(i);
            else
                ++i;
        }
    }

    /// tinyxml2 looks for a duplicate of every attribute among the ones before it, so an
    /// element with 100,000 attributes costs 10^10 steps: such a file is refused unparsed.
    bool checkAttributeCounts()
    {
        for (std::size_t i = 0; i < m_text.size();)
        {
            if (m_text[i] != '<')
            {
                ++i;
                continue;
            }
            const auto next = skipMarkup(i);
            if (next != i + 1)
            {
                i = next;
                continue;
            }
            std::size_t attributes = 0;
            char quote = 0;
            auto k = i + 1;
            for (; k < m_text.size() && (quote || (m_text[k] != '>' && m_text[k] != '<')); ++k)
            {
                if (quote)
                    quote = m_text[k] == quote ? 0 : quote;
                else if (m_text[k] == '"' || m_text[k] == '\'')
                    quote = m_text[k];
                else if (m_text[k] == '=')
                    ++attributes;
            }
            if (attributes > kMaxAttributesPerElement)
            {
                m_sink.error("xml.too-many-attributes", m_locate(i),
                             "this element has " + std::to_string(attributes) +
                                 " attributes; course elements take a few, and over " +
                                 std::to_string(kMaxAttributesPerElement) +
                                 " the file is not read. Remove the extra attributes");
                return false;
            }
            i = k;
        }
        return true;
    }

    /// Past a comment, CDATA section, processing instruction or DOCTYPE starting at `i`; for a
    /// tag, just past its '<' (attribute values hold references too).
    std::size_t skipMarkup(std::size_t i) const
    {
        auto past = [&](std::string_view close, std::size_t from)
        {
            const auto end = m_text.find(close, from);
            return end == std::string_view::npos ? m_text.size() : end + close.size();
        };
        const auto rest = m_text.substr(i);
        if (rest.starts_with("<!--"))
            return past("-->", i + 4);
        if (rest.starts_with("<![CDATA["))
            return past("]]>", i + 9);
        if (rest.starts_with("<?"))
            return past("?>", i + 2);
        if (rest.starts_with("<!"))
        {
            // A DOCTYPE may hold an internal subset in [...]; Kompis reads none of it.
            int depth = 0;
            for (auto k = i + 2; k < m_text.size(); ++k)
            {
                if (m_text[k] == '[')
                    ++depth;
                else if (m_text[k] == ']')
                    --depth;
                else if (m_text[k] == '>' && depth <= 0)
                    return k + 1;
            }
            return m_text.size();
        }
        return i + 1;
    }

    std::size_t checkReference(std::size_t i)
    {
        if (i + 1 < m_text.size() && m_text[i + 1] == '#')
            return checkCharacterReference(i);
        auto end = i + 1;
        if (end < m_text.size() && isNameStart(m_text[end]))
            while (end < m_text.size() && isNameChar(m_text[end]) && end - i < 40)
                ++end;
        if (end == i + 1 || end >= m_text.size() || m_text[end] != ';')
        {
            report("xml.bare-ampersand", i,
                   "a bare `&` starts a reference in XML and is not shown as written; write "
                   "&amp; for the character &");
            return i + 1;
        }
        const auto name = m_text.substr(i + 1, end - i - 1);
        if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos")
            return end + 1;
        std::string advice = "type the character itself";
        if (name == "nbsp")
            advice = "type a no-break space (U+00A0) or a plain space";
        for (const auto& [entity, character] : kHtmlEntities)
            if (entity == name)
                advice = "type the character itself (" + std::string(character) + ")";
        report("xml.unknown-entity", i,
               "`&" + std::string(name) +
                   ";` is an HTML entity that XML does not define, so learners would see it "
                   "exactly as written; " +
                   advice + ", or write &amp; for a '&'");
        return end + 1;
    }

    std::size_t checkCharacterReference(std::size_t i)
    {
        const bool isHex = i + 2 < m_text.size() && m_text[i + 2] == 'x';
        const auto digits = i + (isHex ? 3 : 2);
        auto end = digits;
        while (end < m_text.size() && end - digits < 12 &&
               (std::isxdigit(static_cast<unsigned char>(m_text[end])) != 0))
            ++end;
        unsigned long value = 0;
        const auto parsed =
            std::from_chars(m_text.data() + digits, m_text.data() + end, value, isHex ? 16 : 10);
        const auto written = m_text.substr(i, std::min(end + 1, m_text.size()) - i);
        if (end == digits || end >= m_text.size() || m_text[end] != ';' ||
            parsed.ptr != m_text.data() + end || parsed.ec != std::errc())
        {
            report("xml.bad-reference", i,
                   "`" + std::string(written) +
                       "` is not a complete character reference (write &#228; or &#xE4;, with "
                       "the ';'); write &amp; for a '&'");
            return end;
        }
        if (value <= 0x10FFFF && isControl(static_cast<unsigned>(value)))
            report("xml.control-character", i,
                   "`" + std::string(written) + "` is the control character " +
                       hex(static_cast<unsigned>(value)) + ", which is not text; delete it");
        else if (value == 0 || (value >= 0xD800 && value <= 0xDFFF) || value == 0xFFFE ||
                 value == 0xFFFF || value > 0x10FFFF)
            report("xml.bad-reference", i,
                   "`" + std::string(written) +
                       "` is not a character XML allows (zero, a UTF-16 surrogate half or "
                       "beyond Unicode) and would cut or break the text; type the character "
                       "itself");
        return end + 1;
    }

    std::string_view m_text;
    const std::function<SourceLocation(std::size_t)>& m_locate;
    DiagnosticSink& m_sink;
    std::size_t m_count = 0;
};

} // namespace

bool checkXmlCharacters(std::string_view text,
                        const std::function<SourceLocation(std::size_t)>& locate,
                        DiagnosticSink& sink)
{
    return Scanner(text, locate, sink).run();
}

} // namespace kompis::core::loader
