#pragma once

#include "core/loader/XmlSource.hpp"
#include "core/model/LocalText.hpp"

#include <array>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kompis::core::loader
{

/// A list of element, attribute or value names: written inline as `{"a", "b"}` at a call, or
/// a named `constexpr std::array` for lists used in several places.
class Names
{
public:
    Names(std::initializer_list<std::string_view> names)
        : m_names(names.begin(), names.size())
    {
    }
    template <std::size_t N>
    constexpr Names(const std::array<std::string_view, N>& names)
        : m_names(names)
    {
    }

    [[nodiscard]] auto begin() const { return m_names.begin(); }
    [[nodiscard]] auto end() const { return m_names.end(); }
    [[nodiscard]] std::size_t size() const { return m_names.size(); }

private:
    std::span<const std::string_view> m_names;
};

/// What a text element is written in, which decides its default language and which languages
/// it should have.
enum class TextRole
{
    Instruction, ///< prompts, feedback: should exist in every instruction language
    /// Course and lesson titles, the description, goals: instruction text that should also
    /// exist in every overview language (course.xml `overview=`).
    Overview,
    Target, ///< what the learner reads in the language being learned
    Either, ///< options and pair sides: target words or instruction-language meanings
};

/// The languages a file's texts may use, from course.xml.
struct Languages
{
    std::vector<LangTag> targets;
    std::vector<LangTag> instruction;
    /// Languages only the overview texts (TextRole::Overview) are given in; a `<t lang>` in one
    /// is welcome in any instruction text.
    std::vector<LangTag> overview;
    /// False when course.xml's own list is broken (already reported): checking every text
    /// against it would bury that one error under hundreds of copies.
    bool instructionTrusted = true;
};

/// Reads elements of one file and reports problems under the file's rule area
/// (`course.*` or `lesson.*`), so every part of the loader words them the same way.
class ElementReader
{
public:
    ElementReader(const XmlSource& source, DiagnosticSink& sink, std::string area,
                  Languages languages);

    [[nodiscard]] const XmlSource& source() const { return m_source; }
    [[nodiscard]] const Languages& languages() const { return m_languages; }
    [[nodiscard]] DiagnosticSink& sink() const { return m_sink; }
    [[nodiscard]] SourceLocation at(const tinyxml2::XMLNode* node) const
    {
        return m_source.at(node);
    }
    [[nodiscard]] SourceLocation atAttribute(const tinyxml2::XMLElement* e,
                                             std::string_view name) const
    {
        return m_source.atAttribute(e, name);
    }

    void error(std::string_view rule, SourceLocation where, std::string message) const;
    void warning(std::string_view rule, SourceLocation where, std::string message) const;

    /// Reports attributes not in `allowed` (with a did-you-mean) as `<area>.unknown-attribute`.
    void checkAttributes(const tinyxml2::XMLElement* element, Names allowed) const;
    /// The attribute's value, or nullopt after reporting `<area>.missing-attribute`.
    [[nodiscard]] std::optional<std::string> required(const tinyxml2::XMLElement* element,
                                                      std::string_view name) const;
    [[nodiscard]] std::optional<std::string> optional(const tinyxml2::XMLElement* element,
                                                      std::string_view name) const;
    [[nodiscard]] bool boolean(const tinyxml2::XMLElement* element, std::string_view name,
                               bool fallback) const;
    [[nodiscard]] std::optional<int> integer(const tinyxml2::XMLElement* element,
                                             std::string_view name, int low, int high) const;
    [[nodiscard]] std::optional<double> number(const tinyxml2::XMLElement* element,
                                               std::string_view name, double low,
                                               double high) const;
    /// One of `values`, or nullopt after reporting `<area>.bad-value`.
    [[nodiscard]] std::optional<std::string> choice(const tinyxml2::XMLElement* element,
                                                    std::string_view name, Names values) const;

    /// Reports an element that does not belong here, suggesting the closest of `expected`.
    void unknownElement(const tinyxml2::XMLElement* element, Names expected) const;
    /// Reports non-blank text directly inside `element` (`<area>.unexpected-text`).
    void checkNoText(const tinyxml2::XMLElement* element) const;
    /// The single child named `name`; reports a missing one when `mandatory`, and extra ones.
    [[nodiscard]] const tinyxml2::XMLElement* child(const tinyxml2::XMLElement* element,
                                                    std::string_view name, bool mandatory) const;

    /// Text given as plain content or as `<t lang>` children (see FORMAT.md), NFC and with white
    /// space collapsed. `plainLang` is the language plain text is taken to be in.
    /// Child elements named in `skip` are left for the caller to read.
    [[nodiscard]] LocalText localText(const tinyxml2::XMLElement* element, TextRole role,
                                      const LangTag& plainLang, Names skip = {}) const;
    /// The same for an attribute-free element that must not be empty (`<area>.empty-text`).
    [[nodiscard]] LocalText requiredText(const tinyxml2::XMLElement* element, TextRole role,
                                         const LangTag& plainLang, Names skip = {}) const;
    /// Plain text only (no `<t>`), collapsed and NFC; for `<accept>`, `<token>`, `<form>`.
    [[nodiscard]] std::string plainText(const tinyxml2::XMLElement* element, Names skip = {}) const;

    /// Cuts each variant of a title longer than limits::kMaxTitleCharacters to that length
    /// with "…", reporting `<area>.title-too-long`: a title is one line on every screen.
    void limitTitle(LocalText& title, const tinyxml2::XMLElement* element) const;

    /// Instruction texts should exist in every instruction language, overview texts also in
    /// every overview language; a gap is a warning.
    void checkTranslations(const LocalText& text, const tinyxml2::XMLElement* element,
                           TextRole role) const;

private:
    std::string rule(std::string_view name) const { return m_area + "." + std::string(name); }

    const XmlSource& m_source;
    DiagnosticSink& m_sink;
    std::string m_area;
    Languages m_languages;
};

bool isOneOf(std::string_view name, Names names);
/// The closest of `candidates` to `word` if it is a plausible misspelling, else "".
std::string closestName(std::string_view word, Names candidates);
/// Collapses runs of white space to one space and trims both ends.
std::string collapseSpace(std::string_view text);
/// `a`, `b` and `c` → "<a>, <b> or <c>".
std::string listElements(Names names);
std::string joinWords(const std::vector<std::string>& words, std::string_view separator = " ");

} // namespace kompis::core::loader
