#include "core/loader/XmlSource.hpp"

#include "core/text/Unicode.hpp"

#include <algorithm>
#include <cstdio>

namespace kompis::core::loader
{

namespace
{

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0u) == 0x80u;
}

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
    for (std::size_t i = 0; i < m_text.size(); ++i)
        if (m_text[i] == '\n')
            m_lineStarts.push_back(i + 1);

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

std::string_view XmlSource::line(int number) const
{
    if (number < 1 || static_cast<std::size_t>(number) > m_lineStarts.size())
        return {};
    const auto begin = m_lineStarts[static_cast<std::size_t>(number - 1)];
    const auto end = static_cast<std::size_t>(number) < m_lineStarts.size()
                         ? m_lineStarts[static_cast<std::size_t>(number)]
                         : m_text.size();
    return std::string_view(m_text).substr(begin, end - begin);
}

int XmlSource::columnOf(int lineNumber, std::size_t byteInLine) const
{
    return 1 + static_cast<int>(countCharacters(line(lineNumber).substr(0, byteInLine)));
}

SourceLocation XmlSource::locate(int lineNumber, std::string_view needle) const
{
    SourceLocation where{m_displayPath, lineNumber, 0};
    if (const auto at = line(lineNumber).find(needle); at != std::string_view::npos)
        where.column = columnOf(lineNumber, at);
    return where;
}

SourceLocation XmlSource::at(const tinyxml2::XMLNode* node) const
{
    if (const auto* element = node->ToElement())
        return locate(node->GetLineNum(), std::string("<") + element->Name());
    SourceLocation where{m_displayPath, node->GetLineNum(), 0};
    // A text node's line is where it starts; point at its first visible character.
    const auto text = line(where.line);
    if (const auto at = text.find_first_not_of(" \t\r\n>");
        at != std::string_view::npos && node->ToText())
        where.column = columnOf(where.line, at);
    return where;
}

SourceLocation XmlSource::atAttribute(const tinyxml2::XMLElement* element,
                                      std::string_view name) const
{
    const int first = element->GetLineNum();
    // Attributes may continue on the lines after the element's name; stop at the tag's end.
    for (int number = first; number < first + 50 && number <= static_cast<int>(m_lineStarts.size());
         ++number)
    {
        const auto text = line(number);
        std::size_t from = 0;
        if (number == first)
            from = text.find(std::string("<") + element->Name());
        for (auto at = text.find(name, from == std::string_view::npos ? 0 : from);
             at != std::string_view::npos; at = text.find(name, at + 1))
        {
            const bool startsWord = at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t');
            auto after = at + name.size();
            while (after < text.size() && (text[after] == ' ' || text[after] == '\t'))
                ++after;
            if (startsWord && after < text.size() && text[after] == '=')
                return SourceLocation{m_displayPath, number, columnOf(number, at)};
        }
        if (text.find('>', from == std::string_view::npos ? 0 : from) != std::string_view::npos)
            break;
    }
    return at(element);
}

} // namespace kompis::core::loader
