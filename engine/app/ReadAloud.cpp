#include "app/ReadAloud.hpp"

#include "app/Shell.hpp"
#include "core/speech/SpeechSynth.hpp"
#include "core/speech/Voices.hpp"
#include "core/text/Isolation.hpp"

#include <chrono>
#include <cstdlib>
#include <iostream>

namespace kompis::app
{

using core::speech::SpeechSynth;
using core::speech::voiceFor;

ReadAloud::ReadAloud(ui::AudioPlayer& audio)
    : m_audio(audio)
{
}

ReadAloud::~ReadAloud() = default;

SpeechSynth* ReadAloud::synth()
{
    if (m_off)
        return nullptr;
    if (!m_synth)
    {
        // A folder holding espeak-ng-data other than espeak's own (a PC without it installed
        // system-wide, or a test of a PC where it is missing).
        const char* data = std::getenv("KOMPIS_ESPEAK_DATA");
        m_synth = std::make_unique<SpeechSynth>(data ? data : ""); // a look at the disk only
    }
    if (!m_synth->usable())
    {
        std::cerr << "kompis: read aloud is off: " << m_synth->problem() << "\n";
        m_off = true;
        return nullptr;
    }
    return m_synth.get();
}

bool ReadAloud::canSpeak(const std::string& language)
{
    return voiceFor(language) && synth();
}

void ReadAloud::toggle(const std::string& id, const std::vector<Spoken>& parts)
{
    if (speaking(id))
    {
        m_pending.reset();
        if (m_audio.playing("speech:" + id))
            m_audio.stop();
        return;
    }
    SpeechSynth* speech = synth();
    if (!speech)
        return;
    auto pending = std::make_unique<Pending>();
    pending->id = id;
    for (const Spoken& part : parts)
        if (const auto voice = voiceFor(part.language); voice && !part.text.empty())
        {
            // Isolate marks keep a quote's order on screen; a voice has nothing to do with them.
            pending->parts.push_back(
                speech->synthesize(core::text::withoutIsolates(part.text), *voice));
            if (pending->voices.find(*voice) == std::string::npos)
                pending->voices += (pending->voices.empty() ? "" : "+") + *voice;
        }
    if (pending->parts.empty())
        return;
    m_pending = std::move(pending);
    m_pendingSeen = true;
}

bool ReadAloud::speaking(const std::string& id) const
{
    return (m_pending && m_pending->id == id) || m_audio.playing("speech:" + id);
}

void ReadAloud::seen(const std::string& id)
{
    if (m_pending && m_pending->id == id)
        m_pendingSeen = true;
}

bool ReadAloud::afterBuild()
{
    if (!m_pending)
        return false;
    // The learner went on before the speech was ready: it is not said to the next screen.
    if (!std::exchange(m_pendingSeen, false))
    {
        m_pending.reset();
        return false;
    }
    for (const auto& part : m_pending->parts)
        if (part.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
            return true;
    play();
    return false;
}

void ReadAloud::play()
{
    const Pending pending = std::move(*m_pending);
    m_pending.reset();
    // The parts (an outcome in the interface language, the author's words in theirs) are one
    // recording: espeak gives every voice the same rate.
    core::PcmAudio joined;
    for (const auto& part : pending.parts)
    {
        const core::speech::Speech& speech = part.get();
        if (!speech.audio)
            continue;
        if (joined.samples.empty())
        {
            joined.sampleRate = speech.audio->sampleRate;
            joined.channels = speech.audio->channels;
        }
        if (speech.audio->sampleRate == joined.sampleRate)
            joined.samples.insert(joined.samples.end(), speech.audio->samples.begin(),
                                  speech.audio->samples.end());
    }
    if (joined.samples.empty())
        return;
    if (const std::string why = m_audio.playPcm("speech:" + pending.id, joined); !why.empty())
    {
        std::cerr << "kompis: read aloud is off: " << why << "\n";
        m_off = true;
        return;
    }
    m_playingId = pending.id;
    m_playingVoices = pending.voices;
}

std::string ReadAloud::playing() const
{
    return !m_playingId.empty() && m_audio.playing("speech:" + m_playingId)
               ? "speech/" + m_playingVoices
               : std::string();
}

void readAloudButton(Shell& shell, const std::string& id, std::vector<Spoken> parts)
{
    ReadAloud& reader = shell.readAloud();
    const std::string& ui = shell.messages().language();
    // For a learner who reads in a language espeak cannot speak, a voice in another language
    // would not help: the button is absent.
    if (!reader.canSpeak(ui))
        return;
    for (Spoken& part : parts)
        if (part.language.empty())
            part.language = ui;
    bool any = false;
    for (const Spoken& part : parts)
        any = any || (!part.text.empty() && reader.canSpeak(part.language));
    if (!any)
        return;
    reader.seen(id);
    const bool speaking = reader.speaking(id);
    ui::Gui& gui = shell.gui();
    const std::string label =
        speaking ? shell.tr("audio.stop") : "🔊 " + shell.tr("speech.read-aloud");
    gui.beginRow();
    if (gui.button(id, label,
                   {speaking ? ui::Look::Selected : ui::Look::Quiet, 0, 0, true, {}, -1}))
        reader.toggle(id, parts);
    gui.endRow();
}

} // namespace kompis::app
