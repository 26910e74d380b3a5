#pragma once

#include "core/loader/ElementReader.hpp"
#include "core/model/Course.hpp"

#include <string_view>
#include <vector>

namespace kompis::core::loader
{

/// The voices a `<speaker voice="…">` may ask for: a kind, or one espeak-ng variant.
constexpr auto kSpeakerVoices =
    std::to_array<std::string_view>({"female", "male", "f1", "f2", "f3", "f4", "f5", "m1", "m2",
                                     "m3", "m4", "m5", "m6", "m7", "m8"});

/// Reads `<speakers>` into `speakers`. Ids must be unique, also against `outer` (the course's
/// list when reading a lesson's): `<area>.duplicate-speaker`; voices come from kSpeakerVoices
/// (`<area>.bad-voice`).
void readSpeakers(const ElementReader& reader, const tinyxml2::XMLElement* list,
                  const std::vector<Speaker>& outer, std::vector<Speaker>& speakers);

/// The speaker with this id in `speakers`, or nullptr.
const Speaker* findSpeaker(const std::vector<Speaker>& speakers, std::string_view id);

/// Reports `lesson.unknown-speaker` at `attribute` of `element` for an id not in `speakers`,
/// suggesting the listed one it most likely means. Returns the speaker when found.
const Speaker* resolveSpeaker(const ElementReader& reader, const tinyxml2::XMLElement* element,
                              std::string_view attribute, const std::string& id,
                              const std::vector<Speaker>& speakers);

} // namespace kompis::core::loader
