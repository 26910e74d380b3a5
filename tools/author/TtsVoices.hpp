#pragma once

#include "core/diag/Diagnostic.hpp"
#include "core/model/Course.hpp"

#include <map>
#include <optional>
#include <string>

namespace kompis::author
{

/// How `tts` would voice one clip, or why it refuses to.
struct PlannedClip
{
    core::AudioRef ref;
    std::string voice; ///< espeak-ng voice, e.g. `sv+f3`
    int speed = 150;   ///< words per minute
    std::optional<core::Diagnostic> problem;

    /// What synthesis reads: `say` when the author gave one, else the transcript.
    [[nodiscard]] const std::string& text() const
    {
        return ref.say.empty() ? ref.transcript : ref.say;
    }
};

/// Every clip of the course by `src`, each with a voice from the speaker lists: a speaker keeps
/// one voice everywhere, two speakers of one dialogue never share one, and a clip whose speaker
/// is not listed is refused rather than guessed (`tts.unknown-speaker`, `tts.shared-voice`).
/// Clips nobody speaks (a word, a listening item) get the language's plain voice.
std::map<std::string, PlannedClip> planVoices(const core::Course& course, int defaultSpeed);

} // namespace kompis::author
