#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <string>

namespace kompis::app
{

/// Watches a course folder and its subfolders (inotify) for a teacher's saves, for
/// `kompis-author preview`. An editor's save is several events (write, rename, attributes):
/// they are taken together. A file still being written (modified, not yet closed) settles after
/// `quiet`; once the last event finished a file (closed after writing, renamed into place,
/// deleted) only `settled` more is waited, so the edit shows well within a second of the save.
class PreviewWatcher
{
public:
    using Clock = std::chrono::steady_clock;

    explicit PreviewWatcher(std::filesystem::path folder,
                            std::chrono::milliseconds quiet = std::chrono::milliseconds(300),
                            std::chrono::milliseconds settled = std::chrono::milliseconds(40));
    ~PreviewWatcher();
    PreviewWatcher(const PreviewWatcher&) = delete;
    PreviewWatcher& operator=(const PreviewWatcher&) = delete;

    /// Empty when watching; else why the folder cannot be watched.
    [[nodiscard]] const std::string& error() const { return m_error; }
    /// Reads what happened; true once per settled change.
    bool poll(Clock::time_point now = Clock::now());

private:
    void watchTree(const std::filesystem::path& folder);

    std::filesystem::path m_folder;
    std::chrono::milliseconds m_quiet;
    std::chrono::milliseconds m_settled;
    int m_fd = -1;
    std::map<int, std::filesystem::path> m_watches; ///< watch descriptor → folder
    bool m_pending = false;
    Clock::time_point m_reportAt;
    std::string m_error;
};

} // namespace kompis::app
