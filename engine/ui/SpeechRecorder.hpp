#pragma once

#include "core/audio/AudioClip.hpp"

#include <memory>
#include <optional>

namespace sf
{
class SoundBufferRecorder;
}

namespace kompis::ui
{

/// Records the learner's voice from the default microphone. SFML says a capture device is
/// available even when there is none, so a start that fails, or a take with nothing above the
/// silence threshold, is how "no microphone" shows.
class SpeechRecorder
{
public:
    SpeechRecorder();
    ~SpeechRecorder();
    SpeechRecorder(const SpeechRecorder&) = delete;
    SpeechRecorder& operator=(const SpeechRecorder&) = delete;

    /// Starts a take; false when no capture device could be opened.
    bool start();
    /// Ends the take: the samples, or nothing when it was silent or empty.
    std::optional<core::PcmAudio> stop();
    [[nodiscard]] bool recording() const { return m_recording; }

private:
    std::unique_ptr<sf::SoundBufferRecorder> m_recorder;
    bool m_recording = false;
};

} // namespace kompis::ui
