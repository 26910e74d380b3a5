#include "core/model/LocalText.hpp"

namespace kompis::core
{

namespace
{
const std::string kEmpty;
}

const std::string* LocalText::find(std::string_view lang) const
{
    for (const auto& [tag, text] : variants)
        if (tag == lang)
            return &text;
    return nullptr;
}

const std::string& LocalText::pick(std::span<const LangTag> preferred) const
{
    for (const auto& lang : preferred)
        if (const auto* text = find(lang))
            return *text;
    return variants.empty() ? kEmpty : variants.front().second;
}

const std::string& LocalText::pick(std::string_view lang) const
{
    if (const auto* text = find(lang))
        return *text;
    return variants.empty() ? kEmpty : variants.front().second;
}

LocalText LocalText::single(LangTag lang, std::string text)
{
    LocalText result;
    result.variants.emplace_back(std::move(lang), std::move(text));
    return result;
}

} // namespace kompis::core
