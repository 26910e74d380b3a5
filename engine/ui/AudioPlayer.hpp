#pragma once

#include "core/audio/AudioClip.hpp"

#include <SFML/Audio/Sound.hpp>
#include <SFML/Audio/SoundBuffer.hpp>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace kompis::ui
{

/// Plays course clips: decoded by the core (libsndfile, every format) and handed to SFML as PCM.
/// Nothing is decoded before the learner presses play. When there is no audio device the player
/// says so once (available() is false) and the screens show the transcript instead.
class AudioPlayer
{
public:
    AudioPlayer();
    ~AudioPlayer();
    AudioPlayer(const AudioPlayer&) = delete;
    AudioPlayer& operator=(const AudioPlayer&) = delete;

    /// Whether an audio device could be opened (checked on the first play).
    [[nodiscard]] bool available();
    /// Plays `key` from `bytes` (decoded and cached on first use); "" or why it cannot play.
    /// `speed` below 1 plays it slower at the same pitch (a tempo-changed copy, cached too).
    std::string play(const std::string& key, const std::string& bytes, float speed = 1.0f);
    void stop();
    [[nodiscard]] bool playing(const std::string& key) const;
    /// 0–1 through the clip now playing.
    [[nodiscard]] float progress() const;
    [[nodiscard]] bool anyPlaying() const;
    void setVolume(float percent);

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

} // namespace kompis::ui
