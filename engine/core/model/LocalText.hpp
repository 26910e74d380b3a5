#pragma once

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kompis::core
{

/// A language tag as used in packages: `sv`, `nb`, `nn`, `en`, `fi`, …
using LangTag = std::string;

/// Text given in one or more languages (`<t lang="…">` children, or plain text in the
/// language the context implies). Variants keep document order.
struct LocalText
{
    std::vector<std::pair<LangTag, std::string>> variants;

    [[nodiscard]] bool empty() const { return variants.empty(); }
    [[nodiscard]] bool has(std::string_view lang) const { return find(lang) != nullptr; }
    /// The text in exactly this language, or nullptr.
    [[nodiscard]] const std::string* find(std::string_view lang) const;
    /// The first of `preferred` that exists, else the first variant, else "".
    [[nodiscard]] const std::string& pick(std::span<const LangTag> preferred) const;
    [[nodiscard]] const std::string& pick(std::string_view lang) const;

    static LocalText single(LangTag lang, std::string text);
};

} // namespace kompis::core
