#pragma once

#include "core/audio/AudioClip.hpp"

#include <chrono>
#include <memory>
#include <optional>

namespace kompis::ui
{

/// Records the learner's voice from the default microphone. SFML says a capture device is
/// available even when there is none, so a start that fails, or a take with nothing above the
/// silence threshold, is how "no microphone" shows. A take ends by itself at `kMaxTake`: a
/// device that delivers faster than real time, or a learner who walks away while recording,
/// must not fill memory and disk.
class SpeechRecorder
{
public:
    static constexpr std::chrono::seconds kMaxTake{90};
    static constexpr unsigned kSampleRate = 16000; ///< plenty for a voice; keeps takes small

    SpeechRecorder();
    ~SpeechRecorder();
    SpeechRecorder(const SpeechRecorder&) = delete;
    SpeechRecorder& operator=(const SpeechRecorder&) = delete;

    /// Starts a take; false when no capture device could be opened.
    bool start();
    /// Ends the take: the samples, or nothing when it was silent or empty.
    std::optional<core::PcmAudio> stop();
    [[nodiscard]] bool recording() const { return m_recording; }
    /// True once the take has reached `kMaxTake`; `stop()` then returns it.
    [[nodiscard]] bool full() const;

private:
    class Capture;
    std::unique_ptr<Capture> m_capture;
    bool m_recording = false;
};

} // namespace kompis::ui
