#include "core/loader/ElementReader.hpp"

#include "core/model/InputLimits.hpp"
#include "core/text/Unicode.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace kompis::core::loader
{

namespace
{

bool isBlank(std::string_view text)
{
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

bool contains(const std::vector<LangTag>& tags, std::string_view tag)
{
    return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

// Element and attribute names are ASCII by the format's definition, so counting bytes is
// counting letters here.
std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i)
        d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j)
        d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i)
        for (std::size_t j = 1; j <= b.size(); ++j)
        {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.size()][b.size()];
}

std::string languagesList(const std::vector<LangTag>& tags)
{
    return tags.empty() ? std::string("none") : joinWords(tags);
}

} // namespace

bool isOneOf(std::string_view name, Names names)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

std::string closestName(std::string_view word, Names candidates)
{
    if (word.size() > 64)
        return {};
    std::string best;
    std::size_t bestDistance = 3;
    for (const auto candidate : candidates)
    {
        const auto distance = editDistance(word, candidate);
        const std::size_t allowed = candidate.size() <= 3 ? 1 : 2;
        if (distance <= allowed && distance < bestDistance)
        {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

std::string collapseSpace(std::string_view text)
{
    std::string result;
    result.reserve(text.size());
    bool pendingSpace = false;
    for (const char c : text)
    {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        {
            pendingSpace = !result.empty();
            continue;
        }
        if (pendingSpace)
            result += ' ';
        pendingSpace = false;
        result += c;
    }
    return result;
}

std::string listElements(Names names)
{
    std::string result;
    std::size_t index = 0;
    for (const auto name : names)
    {
        if (index > 0)
            result += index + 1 == names.size() ? " or " : ", ";
        result += "<" + std::string(name) + ">";
        ++index;
    }
    return result;
}

std::string joinWords(const std::vector<std::string>& words, std::string_view separator)
{
    std::string result;
    for (const auto& word : words)
    {
        if (!result.empty())
            result += separator;
        result += word;
    }
    return result;
}

ElementReader::ElementReader(const XmlSource& source, DiagnosticSink& sink, std::string area,
                             Languages languages)
    : m_source(source)
    , m_sink(sink)
    , m_area(std::move(area))
    , m_languages(std::move(languages))
{
}

void ElementReader::error(std::string_view name, SourceLocation where, std::string message) const
{
    m_sink.error(name.find('.') == std::string_view::npos ? rule(name) : std::string(name),
                 std::move(where), std::move(message));
}

void ElementReader::warning(std::string_view name, SourceLocation where, std::string message) const
{
    m_sink.warning(name.find('.') == std::string_view::npos ? rule(name) : std::string(name),
                   std::move(where), std::move(message));
}

void ElementReader::checkAttributes(const tinyxml2::XMLElement* element, Names allowed) const
{
    // Each report searches the tag for its attribute; past a few, one line says the rest.
    constexpr std::size_t kReported = 20;
    std::size_t reported = 0;
    for (const auto* attribute = element->FirstAttribute(); attribute;
         attribute = attribute->Next())
    {
        const std::string_view name = attribute->Name();
        // Schema hints for editors are welcome on any element.
        if (name.starts_with("xmlns") || name.starts_with("xsi:"))
            continue;
        if (std::find(allowed.begin(), allowed.end(), name) != allowed.end())
            continue;
        std::string message =
            "unknown attribute `" + std::string(name) + "` on <" + element->Name() + ">";
        if (const auto guess = closestName(name, allowed); !guess.empty())
            message += "; did you mean `" + guess + "`?";
        else if (allowed.size() == 0)
            message += "; this element takes no attributes";
        else
        {
            std::vector<std::string> names(allowed.begin(), allowed.end());
            message += "; allowed here: " + joinWords(names, ", ");
        }
        if (++reported > kReported)
        {
            error("unknown-attribute", at(element),
                  "<" + std::string(element->Name()) + "> has more than " +
                      std::to_string(kReported) + " unknown attributes; remove them");
            return;
        }
        error("unknown-attribute", atAttribute(element, name), std::move(message));
    }
}

std::optional<std::string> ElementReader::optional(const tinyxml2::XMLElement* element,
                                                   std::string_view name) const
{
    if (const char* value = element->Attribute(std::string(name).c_str()))
        return text::nfc(collapseSpace(value));
    return std::nullopt;
}

std::optional<std::string> ElementReader::required(const tinyxml2::XMLElement* element,
                                                   std::string_view name) const
{
    auto value = optional(element, name);
    if (!value)
        error("missing-attribute", at(element),
              "<" + std::string(element->Name()) + "> needs the attribute `" + std::string(name) +
                  "`");
    else if (value->empty())
    {
        error("bad-value", atAttribute(element, name),
              "`" + std::string(name) + "` on <" + element->Name() + "> is empty; give it a value");
        return std::nullopt;
    }
    return value;
}

bool ElementReader::boolean(const tinyxml2::XMLElement* element, std::string_view name,
                            bool fallback) const
{
    const auto value = choice(element, name, {"true", "false"});
    return value ? *value == "true" : fallback;
}

std::optional<std::string> ElementReader::choice(const tinyxml2::XMLElement* element,
                                                 std::string_view name, Names values) const
{
    auto value = optional(element, name);
    if (!value)
        return std::nullopt;
    if (std::find(values.begin(), values.end(), *value) != values.end())
        return value;
    std::vector<std::string> names;
    for (const auto v : values)
        names.push_back("`" + std::string(v) + "`");
    std::string message = "`" + std::string(name) + "=\"" + *value + "\"` is not allowed; use " +
                          joinWords(names, " or ");
    if (const auto guess = closestName(*value, values); !guess.empty())
        message += " (did you mean `" + guess + "`?)";
    error("bad-value", atAttribute(element, name), std::move(message));
    return std::nullopt;
}

std::optional<int> ElementReader::integer(const tinyxml2::XMLElement* element,
                                          std::string_view name, int low, int high) const
{
    const auto value = optional(element, name);
    if (!value)
        return std::nullopt;
    int parsed = 0;
    const auto [end, status] =
        std::from_chars(value->data(), value->data() + value->size(), parsed);
    if (status != std::errc() || end != value->data() + value->size() || parsed < low ||
        parsed > high)
    {
        error("bad-value", atAttribute(element, name),
              "`" + std::string(name) + "=\"" + *value + "\"` must be a whole number from " +
                  std::to_string(low) + " to " + std::to_string(high));
        return std::nullopt;
    }
    return parsed;
}

std::optional<double> ElementReader::number(const tinyxml2::XMLElement* element,
                                            std::string_view name, double low, double high) const
{
    const auto value = optional(element, name);
    if (!value)
        return std::nullopt;
    double parsed = 0;
    const auto [end, status] =
        std::from_chars(value->data(), value->data() + value->size(), parsed);
    if (status != std::errc() || end != value->data() + value->size() || !std::isfinite(parsed) ||
        parsed < low || parsed > high)
    {
        auto show = [](double v)
        {
            auto s = std::to_string(v);
            s.erase(s.find_last_not_of('0') + 1);
            if (!s.empty() && s.back() == '.')
                s.pop_back();
            return s;
        };
        error("bad-value", atAttribute(element, name),
              "`" + std::string(name) + "=\"" + *value + "\"` must be a number from " + show(low) +
                  " to " + show(high) + " (use a dot for decimals: 0.5)");
        return std::nullopt;
    }
    return parsed;
}

void ElementReader::unknownElement(const tinyxml2::XMLElement* element, Names expected) const
{
    std::string message = "unknown element <" + std::string(element->Name()) + ">";
    if (const auto guess = closestName(element->Name(), expected); !guess.empty())
        message += "; did you mean <" + guess + ">?";
    else if (expected.size() > 0)
        message += " here; expected " + listElements(expected);
    error("unknown-element", at(element), std::move(message));
}

void ElementReader::checkNoText(const tinyxml2::XMLElement* element) const
{
    for (const auto* node = element->FirstChild(); node; node = node->NextSibling())
        if (const auto* text = node->ToText(); text && !isBlank(text->Value()))
        {
            error("unexpected-text", at(node),
                  "text \"" + collapseSpace(text->Value()).substr(0, 40) + "\" directly inside <" +
                      element->Name() +
                      "> is not shown anywhere; put it in one of its child elements");
            return;
        }
}

const tinyxml2::XMLElement* ElementReader::child(const tinyxml2::XMLElement* element,
                                                 std::string_view name, bool mandatory) const
{
    const std::string key(name);
    const auto* found = element->FirstChildElement(key.c_str());
    bool misspelt = false;
    for (const auto* other = element->FirstChildElement(); other && !found;
         other = other->NextSiblingElement())
        misspelt = misspelt || !closestName(other->Name(), {name}).empty();
    // A misspelt child is already reported as unknown, with this name as the suggestion.
    if (!found && mandatory && !misspelt)
        error("missing-element", at(element),
              "<" + std::string(element->Name()) + "> needs a <" + key + "> element");
    if (found)
        if (const auto* extra = found->NextSiblingElement(key.c_str()))
            error("duplicate-element", at(extra),
                  "<" + std::string(element->Name()) + "> takes one <" + key +
                      ">; merge or remove this one");
    return found;
}

std::string ElementReader::plainText(const tinyxml2::XMLElement* element, Names skip) const
{
    std::string text;
    for (const auto* node = element->FirstChild(); node; node = node->NextSibling())
    {
        if (const auto* t = node->ToText())
            text += t->Value();
        else if (const auto* inner = node->ToElement(); inner && !isOneOf(inner->Name(), skip))
            unknownElement(inner, skip);
    }
    return text::nfc(collapseSpace(text));
}

LocalText ElementReader::localText(const tinyxml2::XMLElement* element, TextRole role,
                                   const LangTag& plainLang, Names skip) const
{
    LocalText result;
    const bool hasVariants = element->FirstChildElement("t") != nullptr;
    if (!hasVariants)
    {
        auto text = plainText(element, skip);
        if (!text.empty())
            result.variants.emplace_back(plainLang, std::move(text));
        return result;
    }
    checkNoText(element);
    // Every instruction text may also be given in an overview language: a team that has the
    // prompts in Tigrinya too should not have to declare Tigrinya for the whole course.
    const auto readable = [this](std::string_view lang)
    { return contains(m_languages.instruction, lang) || contains(m_languages.overview, lang); };
    std::string readableList = languagesList(m_languages.instruction);
    if (!m_languages.overview.empty())
        readableList += "; overview: " + languagesList(m_languages.overview);
    for (const auto* t = element->FirstChildElement(); t; t = t->NextSiblingElement())
    {
        if (isOneOf(t->Name(), skip))
            continue;
        if (std::string_view(t->Name()) != "t")
        {
            unknownElement(t, {"t"});
            continue;
        }
        checkAttributes(t, {"lang"});
        const auto lang = required(t, "lang");
        if (!lang)
            continue;
        const bool trusted = m_languages.instructionTrusted || role == TextRole::Target;
        const bool target = role != TextRole::Instruction && role != TextRole::Overview;
        const bool instruction = role != TextRole::Target;
        const bool known = !trusted || (target && contains(m_languages.targets, *lang)) ||
                           (instruction && readable(*lang));
        if (!known)
        {
            std::string expected =
                role == TextRole::Target
                    ? "a target language of the course (" + languagesList(m_languages.targets) + ")"
                    : "an instruction language of the course (" + readableList + ")";
            if (role == TextRole::Either)
                expected = "a target or instruction language of the course (" +
                           languagesList(m_languages.targets) + " / " + readableList + ")";
            error("unknown-lang", atAttribute(t, "lang"),
                  "lang=\"" + *lang + "\" is not " + expected +
                      "; fix the tag or add the language to course.xml");
            continue;
        }
        if (result.has(*lang))
        {
            error("duplicate-lang", at(t),
                  "<" + std::string(element->Name()) + "> already has a <t lang=\"" + *lang +
                      "\">; keep one text per language");
            continue;
        }
        auto text = plainText(t);
        if (text.empty())
        {
            error("empty-text", at(t),
                  "<t lang=\"" + *lang + "\"> is empty; write the text or remove the element");
            continue;
        }
        result.variants.emplace_back(*lang, std::move(text));
    }
    return result;
}

LocalText ElementReader::requiredText(const tinyxml2::XMLElement* element, TextRole role,
                                      const LangTag& plainLang, Names skip) const
{
    auto text = localText(element, role, plainLang, skip);
    if (text.empty() && element->FirstChildElement("t") == nullptr)
        error("empty-text", at(element),
              "<" + std::string(element->Name()) + "> is empty; write its text");
    if ((role == TextRole::Instruction || role == TextRole::Overview) && !text.empty())
        checkTranslations(text, element, role);
    return text;
}

void ElementReader::checkTranslations(const LocalText& text, const tinyxml2::XMLElement* element,
                                      TextRole role) const
{
    if (!m_languages.instructionTrusted)
        return;
    std::vector<std::string> missing;
    for (const auto& lang : m_languages.instruction)
        if (!text.has(lang))
            missing.push_back(lang);
    // Overview languages are promised only for titles, descriptions and goals.
    if (role == TextRole::Overview)
        for (const auto& lang : m_languages.overview)
            if (!text.has(lang))
                missing.push_back(lang);
    if (missing.empty())
        return;
    std::string additions;
    for (const auto& lang : missing)
        additions += "<t lang=\"" + lang + "\">…</t>";
    warning("missing-translation", at(element),
            "<" + std::string(element->Name()) + "> has no " + joinWords(missing, ", ") +
                " text; learners reading those languages will see another language. Add " +
                additions);
}

void ElementReader::limitTitle(LocalText& title, const tinyxml2::XMLElement* element) const
{
    for (auto& [lang, text] : title.variants)
    {
        // Count code points; cut before the first one past the cap (never inside one).
        std::size_t characters = 0;
        std::size_t cut = text.size();
        for (std::size_t i = 0; i < text.size(); ++i)
            if ((static_cast<unsigned char>(text[i]) & 0xC0u) != 0x80u &&
                ++characters > limits::kMaxTitleCharacters)
            {
                cut = i;
                break;
            }
        if (cut == text.size())
            continue;
        error("title-too-long", at(element),
              "the " + lang + " title is longer than " +
                  std::to_string(limits::kMaxTitleCharacters) +
                  " characters; it is cut there. Keep titles short (a title is one line on "
                  "every screen) and put the rest in the description or the first step");
        text = text.substr(0, cut) + "…";
    }
}

} // namespace kompis::core::loader
