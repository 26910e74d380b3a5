#include "ui/AudioPlayer.hpp"

#include "core/audio/ClipCache.hpp"
#include "core/audio/TimeStretch.hpp"
#include "ui/AudioDevice.hpp"

#include <SFML/System/Err.hpp>
#include <cstdlib>
#include <sstream>

namespace kompis::ui
{

struct AudioPlayer::Impl
{
    explicit Impl(std::size_t budget)
        : clips(budget)
    {
    }

    std::optional<bool> available;
    // Decoded clips stay within a budget (least recently played go first); SFML holds only the
    // clip playing, so three long clips no longer mean gigabytes for the rest of the session.
    core::ClipCache clips;
    // Made on the first play, after available(): an SFML audio object opens the device, and
    // available() must be the one to see that fail.
    std::unique_ptr<sf::SoundBuffer> buffer;
    std::unique_ptr<sf::Sound> sound;
    std::string current;
    float volume = 100;
};

AudioPlayer::AudioPlayer(std::size_t cacheBytes)
    : m(std::make_unique<Impl>(cacheBytes))
{
}

AudioPlayer::~AudioPlayer()
{
    stop();
}

bool AudioPlayer::available()
{
    if (!m->available)
    {
        // SFML opens the device with its first audio object and complains only on sf::err();
        // keep that off the terminal and ask OpenAL what was opened: nothing, or a silent back
        // end, means the learner hears nothing and the screens must not pretend otherwise.
        std::ostringstream captured;
        std::streambuf* previous = sf::err().rdbuf(captured.rdbuf());
        m->sound = std::make_unique<sf::Sound>();
        sf::err().rdbuf(previous);
        const std::optional<std::string> device = openOutputDevice();
        // Benchmarks time playback on machines without speakers: they may accept the silent one.
        const char* silentOk = std::getenv("KOMPIS_PLAY_SILENT");
        m->available = device && (audible(*device) || (silentOk && *silentOk == '1'));
        if (const char* force = std::getenv("KOMPIS_NO_AUDIO"); force && *force == '1')
            m->available = false;
    }
    return *m->available;
}

std::string AudioPlayer::play(const std::string& key, const std::string& bytes, float speed)
{
    if (!available())
        return "no audio device";
    // "Slower" plays a tempo-changed copy at normal pitch (setPitch would lower the voice too).
    const std::string bufferKey = speed == 1.0f ? key : key + "@" + std::to_string(speed);
    std::string error;
    const auto pcm = m->clips.get(bufferKey,
                                  [&]() -> std::optional<core::PcmAudio>
                                  {
                                      core::DecodeResult decoded = core::decodeAudio(bytes, key);
                                      if (!decoded.audio)
                                      {
                                          error = decoded.error;
                                          return std::nullopt;
                                      }
                                      if (speed != 1.0f)
                                          return core::changeTempo(*decoded.audio, speed);
                                      return decoded.audio;
                                  });
    if (!pcm)
        return error.empty() ? "cannot play " + key : error;
    return start(key, *pcm);
}

std::string AudioPlayer::playPcm(const std::string& key, const core::PcmAudio& pcm)
{
    if (!available())
        return "no audio device";
    return start(key, pcm);
}

std::string AudioPlayer::start(const std::string& key, const core::PcmAudio& pcm)
{
    // One sound for clips and speech alike: whatever starts stops the other, at one volume.
    m->sound->stop();
    if (!m->buffer)
        m->buffer = std::make_unique<sf::SoundBuffer>();
    if (!m->buffer->loadFromSamples(pcm.samples.data(), pcm.samples.size(), pcm.channels,
                                    pcm.sampleRate))
        return "cannot play " + key;
    m->sound->setBuffer(*m->buffer);
    m->sound->setVolume(m->volume);
    m->sound->play();
    m->current = key;
    return {};
}

void AudioPlayer::stop()
{
    // Without a device every OpenAL call fails loudly on stderr; there is nothing to stop anyway.
    if (m->sound && m->available.value_or(false))
        m->sound->stop();
}

bool AudioPlayer::playing(const std::string& key) const
{
    return m->sound && m->available.value_or(false) && m->current == key &&
           m->sound->getStatus() == sf::Sound::Playing;
}

std::size_t AudioPlayer::cachedBytes() const
{
    return m->clips.bytes();
}

bool AudioPlayer::anyPlaying() const
{
    return m->sound && m->available.value_or(false) && m->sound->getStatus() == sf::Sound::Playing;
}

float AudioPlayer::progress() const
{
    if (!m->sound || !m->sound->getBuffer())
        return 0;
    const float total = m->sound->getBuffer()->getDuration().asSeconds();
    return total > 0 ? m->sound->getPlayingOffset().asSeconds() / total : 0;
}

void AudioPlayer::setVolume(float percent)
{
    m->volume = percent;
    if (m->sound && m->available.value_or(false))
        m->sound->setVolume(percent);
}

} // namespace kompis::ui
