#include "core/speech/Voices.hpp"

#include <array>
#include <utility>

namespace kompis::core::speech
{

std::optional<std::string> voiceFor(std::string_view languageTag)
{
    const std::string_view language = languageTag.substr(0, languageTag.find_first_of("-_"));
    // Only voices checked on Debian 12's espeak-ng-data; espeak's Tigrinya and Somali are absent,
    // and a wrong voice reading a script it does not know says nothing useful to a learner.
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kVoices{{
        {"sv", "sv"},
        {"nb", "nb"},
        {"no", "nb"},
        {"fi", "fi"},
        {"en", "en"},
        {"ar", "ar"},
        {"fa", "fa"},
        {"uk", "uk"},
    }};
    for (const auto& [tag, voice] : kVoices)
        if (tag == language)
            return std::string(voice);
    return std::nullopt;
}

} // namespace kompis::core::speech
