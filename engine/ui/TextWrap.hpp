#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace kompis::ui
{

/// Width of a run of UTF-8 text in pixels, as the renderer would draw it.
using MeasureText = std::function<float(std::string_view)>;

/// Splits NFC UTF-8 text into lines no wider than `maxWidth`, breaking only where ICU's line
/// breaker for `locale` allows. A single word wider than the line is the one exception: it is cut
/// between letters (graphemes) so it still fits. Hard line breaks (`\n`) are kept.
std::vector<std::string> wrapText(std::string_view utf8, float maxWidth, const MeasureText& measure,
                                  const std::string& locale);

} // namespace kompis::ui
