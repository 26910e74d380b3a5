#pragma once

#include "core/audio/AudioClip.hpp"

namespace kompis::core
{

/// The same audio played at `speed` (0.5 = half as fast) without changing its pitch, for the
/// player's "Slower" button: slowing a clip down by resampling would also lower the voice,
/// which makes a Swedish vowel harder, not easier, to hear. WSOLA: 40 ms Hann-windowed
/// pieces overlap-added at a fixed output hop, each taken from near where the speed says
/// and shifted by up to 10 ms to line up with the waveform already written.
/// `speed` is clamped to 0.25–4; 1 returns the audio unchanged.
[[nodiscard]] PcmAudio changeTempo(const PcmAudio& audio, double speed);

} // namespace kompis::core
