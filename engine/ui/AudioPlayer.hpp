#pragma once

#include "core/audio/AudioClip.hpp"

#include <SFML/Audio/Sound.hpp>
#include <SFML/Audio/SoundBuffer.hpp>
#include <cstddef>
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
    /// About 25 minutes of mono speech at 44.1 kHz: a lesson's clips and their slow copies.
    static constexpr std::size_t kDefaultCacheBytes = 128u << 20;

    /// Decoded clips kept for replay within `cacheBytes` (least recently played dropped first).
    explicit AudioPlayer(std::size_t cacheBytes = kDefaultCacheBytes);
    ~AudioPlayer();
    AudioPlayer(const AudioPlayer&) = delete;
    AudioPlayer& operator=(const AudioPlayer&) = delete;

    /// Whether an audio device could be opened (checked on the first play).
    [[nodiscard]] bool available();
    /// Plays `key` from `bytes` (decoded and cached on first use); "" or why it cannot play.
    /// `speed` below 1 plays it slower at the same pitch (a tempo-changed copy, cached too).
    std::string play(const std::string& key, const std::string& bytes, float speed = 1.0f);
    /// Plays audio already in memory (speech read aloud) through the same sound as the clips.
    std::string playPcm(const std::string& key, const core::PcmAudio& pcm);
    void stop();
    [[nodiscard]] bool playing(const std::string& key) const;
    /// 0–1 through the clip now playing.
    [[nodiscard]] float progress() const;
    [[nodiscard]] bool anyPlaying() const;
    /// Bytes of decoded audio kept for replay (never above the budget).
    [[nodiscard]] std::size_t cachedBytes() const;
    void setVolume(float percent);

private:
    std::string start(const std::string& key, const core::PcmAudio& pcm);

    struct Impl;
    std::unique_ptr<Impl> m;
};

} // namespace kompis::ui
