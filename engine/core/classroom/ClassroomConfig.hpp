#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace kompis::core::classroom
{

/// How a PC (or the teacher's tools) reaches the classroom server.
struct ClassroomConfig
{
    std::string url;      ///< postgresql://role@host:port/db?sslmode=… (passed to libpq as is)
    std::string password; ///< read from password_file; empty: libpq's own ways (~/.pgpass, …)
    std::string pcName;   ///< this PC's name in the class overview; default: the host name
    std::string source;   ///< where the settings came from, for messages
};

/// The result of looking for a classroom: none configured, a config, or a message for people.
struct ClassroomLookup
{
    std::optional<ClassroomConfig> config;
    std::string error; ///< set when a config exists but cannot be used
};

/// Where a PC's classroom config lives unless $KOMPIS_CLASSROOM_CONF names another file.
inline constexpr const char* kDefaultClassroomConf = "/etc/kompis/classroom.conf";

/// Finds the classroom: $KOMPIS_CLASSROOM (a URL; password from $KOMPIS_CLASSROOM_PASSWORD_FILE
/// if set), else the config file ($KOMPIS_CLASSROOM_CONF or /etc/kompis/classroom.conf) with
/// `url = …`, `password_file = …` and optional `pc_name = …` lines. No config: a home PC.
[[nodiscard]] ClassroomLookup findClassroom();

/// Reads one config file (`key = value` lines, `#` comments).
[[nodiscard]] ClassroomLookup readClassroomConf(const std::filesystem::path& file);

/// The URL with any password in it replaced by ***, for printing.
[[nodiscard]] std::string redactedUrl(const std::string& url);

} // namespace kompis::core::classroom
