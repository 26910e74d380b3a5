#pragma once

// Backups and restoring them; ProgressStore::backupTo/autoBackup make them.

#include "core/store/ProgressStore.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace kompis::core::store
{

/// True when the file opens as SQLite, passes `PRAGMA quick_check` and has a Kompis schema.
[[nodiscard]] bool passesIntegrityCheck(const std::filesystem::path& file);

/// `<file>.<why>-<UTC time>`, with a number added when that name is taken.
[[nodiscard]] std::filesystem::path keptAsideName(const std::filesystem::path& file,
                                                  const std::string& why);

/// Renames a store file and its -wal/-shm; throws when the main file cannot move.
void moveStoreFiles(const std::filesystem::path& from, const std::filesystem::path& to);

struct RestoreResult
{
    bool restored = false;
    /// Where the store that was in place went (never deleted).
    std::optional<std::filesystem::path> previousKeptAs;
    std::string error; ///< for people
};

/// Puts a copy of `backup` in place of the store named by `options.path` (close the player
/// first). The copy is checked and opened (migrating an older schema) before anything moves;
/// `allow` may refuse by returning a reason, e.g. a wrong teacher PIN for the copy. The store
/// that was there is moved aside, never deleted.
RestoreResult restoreStore(const std::filesystem::path& backup, const StoreOptions& options,
                           const std::function<std::string(ProgressStore&)>& allow = {});

} // namespace kompis::core::store
