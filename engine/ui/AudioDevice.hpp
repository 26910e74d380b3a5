#pragma once

#include <optional>
#include <string>

namespace kompis::ui
{

/// The name OpenAL gives the output device SFML opened, or nullopt when none is open. Call it
/// after the first SFML audio object exists (that opens the device).
[[nodiscard]] std::optional<std::string> openOutputDevice();

/// Whether an output device with this name makes sound a learner can hear. OpenAL Soft's null
/// back end ("No Output", chosen by ALSOFT_DRIVERS=null or an alsoft.conf on a muted PC)
/// accepts every clip and plays it to nobody.
[[nodiscard]] bool audible(const std::string& deviceName);

} // namespace kompis::ui
