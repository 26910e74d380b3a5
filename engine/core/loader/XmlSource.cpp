#include "core/loader/XmlSource.hpp"

#include "core/loader/XmlCharacters.hpp"
#include "core/text/Unicode.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace kompis::core::loader
{

namespace
{

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0u) == 0x80u;
}

constexpr std::size_t kCheckpointBytes = 64;

std::size_t countCharacters(std::string_view text)
{
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return !isContinuationByte(c); }));
}

// tinyxml2 describes errors for programmers; a teacher needs to know what to change.
std::string explainXmlError(const tinyxml2::XMLDocument& document, const std::string& rootHint)
{
    const std::string detail = document.ErrorStr() ? document.ErrorStr() : "";
    std::string name;
    if (const auto at = detail.find("name="); at != std::string::npos)
        name = detail.substr(at + 5);
    switch (document.ErrorID())
    {
    case tinyxml2::XML_ERROR_MISMATCHED_ELEMENT:
        return name.empty() ? "a closing tag does not match the element it closes; check that "
                              "every <x> ends with </x>"
                            : "the element <" + name +
                                  "> is not closed properly; check that it ends with </" + name +
                                  "> and that the elements inside it are closed first";
    case tinyxml2::XML_ERROR_PARSING_ELEMENT:
        return "cannot read this element; look for a missing '>' or '/>', or a tag that is never "
               "closed";
    case tinyxml2::XML_ERROR_PARSING_ATTRIBUTE:
        return "cannot read an attribute" + (name.empty() ? std::string() : " of <" + name + ">") +
               "; write attributes as name=\"value\", each name once";
    case tinyxml2::XML_ERROR_PARSING_TEXT:
        return "cannot read the text here; write &lt; for '<' and &amp; for '&'";
    case tinyxml2::XML_ERROR_PARSING_CDATA:
        return "a CDATA section is not closed; end it with ]]>";
    case tinyxml2::XML_ERROR_PARSING_COMMENT:
        return "a comment is not closed; end it with -->";
    case tinyxml2::XML_ERROR_PARSING_DECLARATION:
        return "the <?xml …?> declaration is broken; use <?xml version=\"1.0\" "
               "encoding=\"UTF-8\"?>";
    case tinyxml2::XML_ERROR_EMPTY_DOCUMENT:
        return "the file holds no XML; it must contain one <" + rootHint + "> element";
    case tinyxml2::XML_ELEMENT_DEPTH_EXCEEDED:
        return "elements are nested too deeply to be a course file";
    default:
        return "the file is not well-formed XML (" + detail + ")";
    }
}

std::string humanSize(std::size_t bytes)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f MiB",
                  static_cast<double>(bytes) / (1024.0 * 1024.0));
    return buffer;
}

} // namespace

SourceLocation locationOfOffset(std::string_view text, std::size_t offset, std::string file)
{
    offset = std::min(offset, text.size());
    const auto before = text.substr(0, offset);
    const auto lineStart = before.rfind('\n');
    const auto lineBegin = lineStart == std::string_view::npos ? 0 : lineStart + 1;
    SourceLocation where;
    where.file = std::move(file);
    where.line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    where.column = 1 + static_cast<int>(countCharacters(before.substr(lineBegin)));
    return where;
}

XmlSource::XmlSource(const PackageFiles& package, const std::string& relative, std::size_t maxBytes,
                     DiagnosticSink& sink)
    : m_relative(relative)
    , m_displayPath(package.displayPath(relative))
    , m_document(std::make_unique<tinyxml2::XMLDocument>(true, tinyxml2::PRESERVE_WHITESPACE))
{
    const SourceLocation file{m_displayPath, 0, 0};
    if (const auto size = package.size(relative); size && *size > maxBytes)
    {
        sink.error("file.too-large", file,
                   "the file is " + humanSize(*size) + "; files over " + humanSize(maxBytes) +
                       " are refused. Split the lesson into smaller lessons");
        return;
    }
    std::string readError;
    auto text = package.read(relative, readError);
    if (!text)
    {
        sink.error("file.unreadable", file, "cannot read the file: " + readError);
        return;
    }
    m_text = std::move(*text);

    std::size_t badByte = 0;
    if (!text::validUtf8(m_text, &badByte))
    {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X",
                      static_cast<unsigned>(static_cast<unsigned char>(m_text[badByte])));
        sink.error("file.invalid-utf8", locationOfOffset(m_text, badByte, m_displayPath),
                   std::string("byte ") + hex + " at offset " + std::to_string(badByte) +
                       " is not UTF-8; save the file as UTF-8 (in most editors: Save as… → "
                       "Encoding: UTF-8)");
        return;
    }

    m_lineStarts.push_back(0);
    m_charCheckpoints.reserve(m_text.size() / kCheckpointBytes + 1);
    std::size_t characters = 0;
    for (std::size_t i = 0; i < m_text.size(); ++i)
    {
        if (i % kCheckpointBytes == 0)
            m_charCheckpoints.push_back(characters);
        if (m_text[i] == '\n')
            m_lineStarts.push_back(i + 1);
        characters += isContinuationByte(m_text[i]) ? 0 : 1;
    }
    m_charCheckpoints.push_back(characters);

    const auto locate = [this](std::size_t offset) { return atOffset(offset); };
    if (!checkXmlCharacters(m_text, locate, sink))
        return;

    const std::string rootHint = relative == "course.xml" ? "course" : "lesson";
    if (m_document->Parse(m_text.data(), m_text.size()) != tinyxml2::XML_SUCCESS)
    {
        SourceLocation where = file;
        where.line = m_document->ErrorLineNum();
        sink.error("xml.malformed", where, explainXmlError(*m_document, rootHint));
        return;
    }
    if (!m_document->RootElement())
    {
        sink.error("xml.malformed", file,
                   "the file holds no element; it must contain one <" + rootHint + "> element");
        return;
    }
    m_ok = true;
}

std::size_t XmlSource::lineStart(int number) const
{
    if (number < 1)
        return 0;
    if (static_cast<std::size_t>(number) > m_lineStarts.size())
        return m_text.size();
    return m_lineStarts[static_cast<std::size_t>(number - 1)];
}

std::size_t XmlSource::charactersBefore(std::size_t offset) const
{
    offset = std::min(offset, m_text.size());
    const auto block = offset / kCheckpointBytes;
    if (block >= m_charCheckpoints.size())
        return 0;
    const auto from = m_text.begin() + static_cast<std::ptrdiff_t>(block * kCheckpointBytes);
    return m_charCheckpoints[block] +
           static_cast<std::size_t>(
               std::count_if(from, m_text.begin() + static_cast<std::ptrdiff_t>(offset),
                             [](char c) { return !isContinuationByte(c); }));
}

SourceLocation XmlSource::atOffset(std::size_t offset) const
{
    offset = std::min(offset, m_text.size());
    const auto after = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const int number = static_cast<int>(after - m_lineStarts.begin());
    return SourceLocation{
        m_displayPath, number,
        1 + static_cast<int>(charactersBefore(offset) - charactersBefore(lineStart(number)))};
}

void XmlSource::indexNodes() const
{
    m_indexed = true;
    const std::string_view text(m_text);
    std::size_t cursor = 0;
    auto skipPast = [&](std::string_view open, std::string_view close)
    {
        if (const auto at = text.find(open, cursor); at != std::string_view::npos)
        {
            const auto end = text.find(close, at + open.size());
            cursor = end == std::string_view::npos ? text.size() : end + close.size();
        }
    };
    // Document order is source order, so one cursor moving forward finds every node: the whole
    // walk reads the file about once.
    const tinyxml2::XMLNode* node = m_document->FirstChild();
    while (node)
    {
        if (const auto* element = node->ToElement())
        {
            const std::string needle = std::string("<") + element->Name();
            const auto from = std::max(cursor, lineStart(element->GetLineNum()));
            const auto lineEnd = lineStart(element->GetLineNum() + 1);
            for (auto at = text.find(needle, from); at != std::string_view::npos && at < lineEnd;
                 at = text.find(needle, at + 1))
            {
                const auto next = at + needle.size();
                if (next < text.size() &&
                    (text[next] == ':' || text[next] == '-' || text[next] == '_' ||
                     text[next] == '.' || std::isalnum(static_cast<unsigned char>(text[next]))))
                    continue; // a longer name that starts the same
                m_nodeOffsets.emplace(node, at);
                cursor = next;
                break;
            }
        }
        else if (const auto* t = node->ToText(); t && t->CData())
        {
            skipPast("<![CDATA[", "]]>");
        }
        else if (t)
        {
            // Past the tag before the text, then past white space, to its first visible letter.
            auto at = std::max(cursor, lineStart(node->GetLineNum()));
            if (at < text.size() && text[at] == '<')
                at = std::min(text.find('>', at), text.size());
            at = std::min(text.find_first_not_of(" \t\r\n>", at), text.size());
            m_nodeOffsets.emplace(node, at);
            cursor = at;
        }
        else if (node->ToComment())
            skipPast("<!--", "-->");
        else if (node->ToDeclaration())
            skipPast("<?", "?>");
        else if (node->ToUnknown())
            skipPast("<!", ">");

        if (node->FirstChild())
            node = node->FirstChild();
        else
        {
            while (node && !node->NextSibling())
                node = node->Parent();
            node = node ? node->NextSibling() : nullptr;
        }
    }
}

std::optional<std::size_t> XmlSource::offsetOf(const tinyxml2::XMLNode* node) const
{
    if (!m_indexed)
        indexNodes();
    if (const auto found = m_nodeOffsets.find(node); found != m_nodeOffsets.end())
        return found->second;
    return std::nullopt;
}

SourceLocation XmlSource::at(const tinyxml2::XMLNode* node) const
{
    if (const auto offset = offsetOf(node))
        return atOffset(*offset);
    return SourceLocation{m_displayPath, node->GetLineNum(), 0};
}

SourceLocation XmlSource::atAttribute(const tinyxml2::XMLElement* element,
                                      std::string_view name) const
{
    const auto start = offsetOf(element);
    if (!start)
        return at(element);
    // Search the element's own tag only: up to its '>', skipping quoted values.
    const std::string_view text(m_text);
    char quote = 0;
    for (auto at = *start + 1; at < text.size(); ++at)
    {
        const char c = text[at];
        if (quote)
        {
            quote = c == quote ? 0 : quote;
            continue;
        }
        if (c == '"' || c == '\'')
            quote = c;
        else if (c == '>')
            break;
        else if ((text[at - 1] == ' ' || text[at - 1] == '\t' || text[at - 1] == '\n' ||
                  text[at - 1] == '\r') &&
                 text.substr(at, name.size()) == name)
        {
            auto after = at + name.size();
            while (after < text.size() && (text[after] == ' ' || text[after] == '\t'))
                ++after;
            if (after < text.size() && text[after] == '=')
                return atOffset(at);
        }
    }
    return at(element);
}

} // namespace kompis::core::loader
