#pragma once

namespace kompis::ui
{

/// Padding inside buttons, fields and cards, and around the column (pixels).
inline constexpr float kPad = 14;

} // namespace kompis::ui
