#pragma once

#include "core/diag/Diagnostic.hpp"
#include "core/package/PackageFiles.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tinyxml2.h>
#include <unordered_map>
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

    /// Where a byte of the file is, as a 1-based line and column in characters.
    [[nodiscard]] SourceLocation atOffset(std::size_t offset) const;

private:
    [[nodiscard]] std::size_t lineStart(int number) const;
    [[nodiscard]] std::size_t charactersBefore(std::size_t offset) const;
    [[nodiscard]] std::optional<std::size_t> offsetOf(const tinyxml2::XMLNode* node) const;
    void indexNodes() const;

    std::string m_relative;
    std::string m_displayPath;
    std::string m_text;
    std::vector<std::size_t> m_lineStarts;
    /// Characters before every 64th byte, so a column costs at most 64 steps however long its
    /// line is (100,000 elements on one line must not cost 100,000 line scans).
    std::vector<std::size_t> m_charCheckpoints;
    /// Where each element and text node starts, found in one walk on first use.
    mutable std::unordered_map<const tinyxml2::XMLNode*, std::size_t> m_nodeOffsets;
    mutable bool m_indexed = false;
    std::unique_ptr<tinyxml2::XMLDocument> m_document;
    bool m_ok = false;
};

/// A 1-based line and column (in characters, not bytes) for a byte offset into `text`.
SourceLocation locationOfOffset(std::string_view text, std::size_t offset, std::string file);

} // namespace kompis::core::loader
