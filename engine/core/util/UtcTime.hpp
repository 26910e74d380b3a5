#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kompis::core::util
{

/// Parses an ISO 8601 UTC timestamp: `YYYY-MM-DDTHH:MM:SS[.fff]Z` (or `+00:00`, or a bare date).
[[nodiscard]] std::optional<std::int64_t> parseIsoUtc(std::string_view text);

/// Formats Unix seconds as `YYYY-MM-DDTHH:MM:SSZ`.
[[nodiscard]] std::string formatIsoUtc(std::int64_t unixSeconds);

/// Formats Unix seconds as `YYYY-MM-DD` (UTC).
[[nodiscard]] std::string formatIsoDate(std::int64_t unixSeconds);

/// Days since 1970-01-01 of the UTC calendar day holding `unixSeconds` (floor, also before 1970).
[[nodiscard]] std::int64_t utcDayNumber(std::int64_t unixSeconds);

/// Unix seconds at 00:00 UTC of the given civil date.
[[nodiscard]] std::int64_t unixFromCivil(int year, unsigned month, unsigned day);

} // namespace kompis::core::util
