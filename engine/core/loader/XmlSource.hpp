#pragma once

#include "core/diag/Diagnostic.hpp"
#include "core/package/PackageFiles.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <tinyxml2.h>
#include <vector>

namespace kompis::core::loader
{

/// One parsed XML file of a package, with what it takes to point at its elements precisely:
/// tinyxml2 knows lines only, so columns are found by looking at the source line.
class XmlSource
{
public:
    /// Reads, checks size and UTF-8, and parses `relative`. Problems go to `sink` under the
    /// `file.*` and `xml.*` rules; `ok()` says whether there is a document to read.
    XmlSource(const PackageFiles& package, const std::string& relative, std::size_t maxBytes,
              DiagnosticSink& sink);

    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] const tinyxml2::XMLElement* root() const { return m_document->RootElement(); }
    [[nodiscard]] const std::string& displayPath() const { return m_displayPath; }
    [[nodiscard]] const std::string& relativePath() const { return m_relative; }

    /// Where an element starts (`<name`), or an attribute of it (`name=`), or a text node.
    [[nodiscard]] SourceLocation at(const tinyxml2::XMLNode* node) const;
    [[nodiscard]] SourceLocation atAttribute(const tinyxml2::XMLElement* element,
                                             std::string_view name) const;

private:
    [[nodiscard]] std::string_view line(int number) const;
    [[nodiscard]] int columnOf(int lineNumber, std::size_t byteInLine) const;
    [[nodiscard]] SourceLocation locate(int lineNumber, std::string_view needle) const;

    std::string m_relative;
    std::string m_displayPath;
    std::string m_text;
    std::vector<std::size_t> m_lineStarts;
    std::unique_ptr<tinyxml2::XMLDocument> m_document;
    bool m_ok = false;
};

/// A 1-based line and column (in characters, not bytes) for a byte offset into `text`.
SourceLocation locationOfOffset(std::string_view text, std::size_t offset, std::string file);

} // namespace kompis::core::loader
