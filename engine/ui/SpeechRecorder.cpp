#include "ui/SpeechRecorder.hpp"

#include <SFML/Audio/SoundBufferRecorder.hpp>

namespace kompis::ui
{

SpeechRecorder::SpeechRecorder() = default;

SpeechRecorder::~SpeechRecorder()
{
    if (m_recording)
        m_recorder->stop();
}

bool SpeechRecorder::start()
{
    if (m_recording)
        return true;
    if (!sf::SoundRecorder::isAvailable())
        return false;
    m_recorder = std::make_unique<sf::SoundBufferRecorder>();
    // 16 kHz mono is plenty for a voice and keeps the saved takes small.
    m_recording = m_recorder->start(16000);
    return m_recording;
}

std::optional<core::PcmAudio> SpeechRecorder::stop()
{
    if (!m_recording)
        return std::nullopt;
    m_recorder->stop();
    m_recording = false;
    const sf::SoundBuffer& buffer = m_recorder->getBuffer();
    core::PcmAudio take;
    take.sampleRate = buffer.getSampleRate();
    take.channels = buffer.getChannelCount();
    take.samples.assign(buffer.getSamples(), buffer.getSamples() + buffer.getSampleCount());
    if (take.samples.empty() || core::analyseAudio(take).silent)
        return std::nullopt;
    return take;
}

} // namespace kompis::ui
