#pragma once

#include "core/review/Fsrs.hpp"
#include "core/store/Sqlite.hpp"

namespace kompis::core::store
{

/// The schema version this build writes; older stores are migrated on open.
inline constexpr int kSchemaVersion = 5;

/// Brings the schema from its current PRAGMA user_version up to `target`, one version per
/// transaction. Returns the version found. Throws SqliteError, or std::runtime_error when the
/// file was made by a newer Kompis.
int migrateSchema(Connection& db, int target, const review::Fsrs& fsrs);

} // namespace kompis::core::store
