#pragma once

#include "ui/AudioPlayer.hpp"

#include <future>
#include <memory>
#include <string>
#include <vector>

namespace kompis::core::speech
{
class SpeechSynth;
struct Speech;
} // namespace kompis::core::speech

namespace kompis::app
{

class Shell;

/// A piece of text as shown, and the language it is written in (which picks the voice; ""
/// for the interface language).
struct Spoken
{
    std::string text;
    std::string language;
};

/// Instructions, feedback and language names read aloud with espeak-ng, for learners who read
/// little. Speech plays through the player's one sound, so a clip starting stops it and the
/// volume setting holds. Where no voice exists, or espeak-ng or a sound device is missing, the
/// buttons are not there (one line in the log says why), never broken.
class ReadAloud
{
public:
    explicit ReadAloud(ui::AudioPlayer& audio);
    ~ReadAloud();
    ReadAloud(const ReadAloud&) = delete;
    ReadAloud& operator=(const ReadAloud&) = delete;

    /// Whether text in `language` can be spoken here. Starts no synthesis.
    [[nodiscard]] bool canSpeak(const std::string& language);
    /// Starts saying `parts` under button `id`, or stops when `id` is already speaking. Parts
    /// in a language without a voice are left out.
    void toggle(const std::string& id, const std::vector<Spoken>& parts);
    /// Whether button `id` is synthesising or playing.
    [[nodiscard]] bool speaking(const std::string& id) const;
    /// Called by the buttons each build: the speech of a button no longer shown is dropped.
    void seen(const std::string& id);
    /// After each build: plays speech that is ready; true while some is still being made.
    bool afterBuild();
    /// "speech/VOICE" (voices joined by '+') while speech plays, else "" (expect-playing).
    [[nodiscard]] std::string playing() const;

private:
    core::speech::SpeechSynth* synth();
    void play();

    struct Pending
    {
        std::string id;
        std::vector<std::shared_future<core::speech::Speech>> parts;
        std::string voices;
    };

    ui::AudioPlayer& m_audio;
    std::unique_ptr<core::speech::SpeechSynth> m_synth; ///< made on the first button
    bool m_off = false;                                 ///< logged once; no more buttons
    std::unique_ptr<Pending> m_pending;
    bool m_pendingSeen = false;
    std::string m_playingId;
    std::string m_playingVoices;
};

/// The small speaker button (🔊 and its label from the catalogs; Stop while speaking) that
/// reads `parts` aloud; nothing is drawn when the learner's interface language has no voice
/// (Tigrinya, Somali) or nothing in `parts` can be spoken.
void readAloudButton(Shell& shell, const std::string& id, std::vector<Spoken> parts);

} // namespace kompis::app
