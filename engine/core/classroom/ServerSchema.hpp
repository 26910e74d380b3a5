#pragma once

#include "core/classroom/PgConnection.hpp"

#include <string>

namespace kompis::core::classroom
{

/// The server schema version this build reads and writes.
inline constexpr int kServerSchemaVersion = 2;

/// The two roles `classroom init` creates: PCs insert answers and read the class; the teacher
/// may do everything with the data.
struct ClassroomRoles
{
    std::string pcRole = "kompis_pc";
    std::string teacherRole = "kompis_teacher";
};

/// The schema version found on the server (0: no Kompis schema yet). Throws PgError.
[[nodiscard]] int serverSchemaVersion(PgConnection& db);

/// Brings the server schema up to kServerSchemaVersion, one version per transaction, under an
/// advisory lock (two admins at once wait for each other), and grants the roles what they need.
/// Returns the version found. Throws PgError, or std::runtime_error for a newer server.
int migrateServer(PgConnection& db, const ClassroomRoles& roles);

/// Why this build may not write to a server at `version`, for people; empty when it may.
[[nodiscard]] std::string schemaMismatch(int version);

} // namespace kompis::core::classroom
