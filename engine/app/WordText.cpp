#include "app/WordText.hpp"

namespace kompis::app
{
std::string formsLine(const core::VocabularyEntry& word)
{
    std::string line;
    for (const auto& form : word.forms)
        line += (line.empty() ? "" : " · ") + form.text;
    return line;
}

const char* articleText(core::Article a)
{
    switch (a)
    {
    case core::Article::En:
        return "en ";
    case core::Article::Ett:
        return "ett ";
    case core::Article::Ei:
        return "ei ";
    case core::Article::Et:
        return "et ";
    case core::Article::None:
        break;
    }
    return "";
}

} // namespace kompis::app
