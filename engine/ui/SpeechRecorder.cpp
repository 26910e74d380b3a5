#include "ui/SpeechRecorder.hpp"

#include <SFML/Audio/SoundRecorder.hpp>
#include <mutex>
#include <vector>

namespace kompis::ui
{

/// Collects samples on SFML's capture thread, up to the cap.
class SpeechRecorder::Capture : public sf::SoundRecorder
{
public:
    ~Capture() override { stop(); }

    std::vector<sf::Int16> takeSamples()
    {
        std::lock_guard lock(m_mutex);
        return std::move(m_samples);
    }
    [[nodiscard]] bool full() const
    {
        std::lock_guard lock(m_mutex);
        return m_full;
    }

private:
    bool onStart() override
    {
        std::lock_guard lock(m_mutex);
        m_samples.clear();
        m_full = false;
        return true;
    }

    bool onProcessSamples(const sf::Int16* samples, std::size_t count) override
    {
        std::lock_guard lock(m_mutex);
        const std::size_t cap = std::size_t(kMaxTake.count()) * getSampleRate() * getChannelCount();
        const std::size_t room = cap - std::min(cap, m_samples.size());
        m_samples.insert(m_samples.end(), samples, samples + std::min(count, room));
        m_full = count >= room;
        return !m_full; // false ends the capture
    }

    mutable std::mutex m_mutex;
    std::vector<sf::Int16> m_samples;
    bool m_full = false;
};

SpeechRecorder::SpeechRecorder() = default;

SpeechRecorder::~SpeechRecorder() = default;

bool SpeechRecorder::start()
{
    if (m_recording)
        return true;
    if (!sf::SoundRecorder::isAvailable())
        return false;
    m_capture = std::make_unique<Capture>();
    m_recording = m_capture->start(kSampleRate);
    return m_recording;
}

bool SpeechRecorder::full() const
{
    return m_recording && m_capture->full();
}

std::optional<core::PcmAudio> SpeechRecorder::stop()
{
    if (!m_recording)
        return std::nullopt;
    m_capture->stop();
    m_recording = false;
    core::PcmAudio take;
    take.sampleRate = m_capture->getSampleRate();
    take.channels = m_capture->getChannelCount();
    take.samples = m_capture->takeSamples();
    if (take.samples.empty() || core::analyseAudio(take).silent)
        return std::nullopt;
    return take;
}

} // namespace kompis::ui
