#pragma once

#include "core/audio/AudioClip.hpp"

#include <cstddef>
#include <filesystem>
#include <future>
#include <memory>
#include <string>

namespace kompis::core::speech
{

/// What one synthesis gave: mono 16-bit speech, or why there is none.
struct Speech
{
    std::shared_ptr<const PcmAudio> audio; ///< null when `error` says why
    std::string error;
};

/// The process's one owner of libespeak-ng, which keeps its state in globals: a second owner
/// in the same process is refused (usable() false), never a race; so is a second start after
/// the first owner terminated espeak (espeak-ng 1.51 then hangs on terminating again). Text is
/// synthesised to PCM in memory on a thread of its own, so a frame never waits for a long feedback
/// (espeak needs about 100 ms and more for it); calls are serialised there. espeak starts on the
/// first text (start-up never pays for it) and is terminated in the destructor. The speech of the
/// last few texts is kept, so pressing read-aloud again plays at once.
class SpeechSynth
{
public:
    /// `dataParent` holds `espeak-ng-data` ("" for espeak's own default); when the data is
    /// missing nothing is started and usable() says so.
    explicit SpeechSynth(std::filesystem::path dataParent = {}, std::size_t keptTexts = 8);
    ~SpeechSynth();
    SpeechSynth(const SpeechSynth&) = delete;
    SpeechSynth& operator=(const SpeechSynth&) = delete;

    /// False when espeak-ng's data is missing, it failed to start, or another owner exists.
    [[nodiscard]] bool usable() const;
    /// Why it is not usable ("" while it is), for one line in the log.
    [[nodiscard]] std::string problem() const;
    /// Whether espeak has been started (by a first text): start-up stays free of it.
    [[nodiscard]] bool started() const;

    /// Speech for UTF-8 `text` in espeak voice `voice` (see voiceFor). Returns at once; the
    /// result is ready when the worker has synthesised it (or at once from the kept texts).
    [[nodiscard]] std::shared_future<Speech> synthesize(const std::string& text,
                                                        const std::string& voice);

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

} // namespace kompis::core::speech
