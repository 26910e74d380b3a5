#pragma once

// Files Kompis creates hold learners' answers and PIN hashes: they are readable by their owner
// only, or also by the group when they live in a class's shared (group-writable) folder.
// Nothing is ever created readable by other accounts.

#include <filesystem>
#include <fstream>
#include <string>

namespace kompis::core::store
{

/// 0600, or 0660 when `folder` is group-writable (a classroom folder with its own group).
[[nodiscard]] std::filesystem::perms privatePermsFor(const std::filesystem::path& folder);

/// Creates `folder` and its missing parents; the folders it creates get the owner-only 0700
/// (0770 under a group-writable parent). An empty string on success, else why not.
[[nodiscard]] std::string createPrivateFolders(const std::filesystem::path& folder);

/// Creates `file` empty with privatePermsFor(its folder) unless it exists; an existing file is
/// left as it is. An empty string on success, else why not.
[[nodiscard]] std::string createPrivateFile(const std::filesystem::path& file);

/// The temporary name a file is written under before it is renamed into place.
[[nodiscard]] std::filesystem::path partNameFor(const std::filesystem::path& target);

/// Writes a file so that its final name only ever holds a complete file: the bytes go to
/// `<target>.part` (private permissions, a leftover from a killed run is replaced), are synced,
/// and commit() renames it over the target. Without commit() the part file is removed.
class AtomicFile
{
public:
    explicit AtomicFile(std::filesystem::path target);
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    ~AtomicFile();

    /// Empty when the part file is open for writing, else why it is not.
    [[nodiscard]] const std::string& error() const { return m_error; }
    [[nodiscard]] std::ostream& stream() { return m_out; }
    /// Flushes, syncs and renames; an empty string on success, else why it failed.
    [[nodiscard]] std::string commit();

private:
    std::filesystem::path m_target;
    std::filesystem::path m_part;
    std::ofstream m_out;
    std::string m_error;
    bool m_done = false;
};

} // namespace kompis::core::store
