#pragma once

#include <string>
#include <string_view>

namespace kompis::core::util
{

/// A JSON string literal (with quotes). Control characters are escaped; invalid UTF-8 bytes
/// become U+FFFD so the output is always valid JSON.
[[nodiscard]] std::string jsonString(std::string_view utf8);

/// Percent-encodes everything but RFC 3986 unreserved characters, for IRI path segments.
[[nodiscard]] std::string iriSegment(std::string_view id);

/// An ISO 8601 duration such as "PT1M2.35S" (centisecond precision, as xAPI keeps).
[[nodiscard]] std::string isoDuration(long long milliseconds);

} // namespace kompis::core::util
