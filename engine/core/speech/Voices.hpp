#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kompis::core::speech
{

/// The espeak-ng voice that reads an interface language aloud, or nullopt where Debian's
/// espeak-ng has none (Tigrinya, Somali): there the read-aloud button is absent, not broken.
/// Tags are matched on their language subtag: `fa-AF` (Dari) is read by the Persian voice.
[[nodiscard]] std::optional<std::string> voiceFor(std::string_view languageTag);

} // namespace kompis::core::speech
