#pragma once

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>
#include <string>

namespace kompis::core::speech
{

/// The espeak-ng functions Kompis calls, found in libespeak-ng.so.1 when speech is first asked
/// for: linked, espeak-ng and its audio libraries (pcaudio, PulseAudio) were loaded at every
/// start of the player, read aloud or not.
struct LibEspeak
{
    decltype(&::espeak_ng_InitializePath) initializePath;
    decltype(&::espeak_Info) info;
    decltype(&::espeak_Initialize) initialize;
    decltype(&::espeak_SetSynthCallback) setSynthCallback;
    decltype(&::espeak_SetParameter) setParameter;
    decltype(&::espeak_SetVoiceByName) setVoiceByName;
    decltype(&::espeak_Synth) synth;
    decltype(&::espeak_Terminate) terminate;
};

/// espeak-ng, opened on the first call; null when it cannot be, with the reason in `why`.
const LibEspeak* libEspeak(std::string* why);

} // namespace kompis::core::speech
