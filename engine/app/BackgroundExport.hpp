#pragma once

#include "core/export/ExportFile.hpp"

#include <atomic>
#include <cstddef>
#include <filesystem>
#include <thread>

namespace kompis::app
{

/// An export of the store running on its own thread with its own connection to the store file,
/// so the window stays responsive over a million answers: progress for a bar, and cancel. The
/// file appears under its name only when complete (exportToFile writes a part file first).
class BackgroundExport
{
public:
    BackgroundExport(std::filesystem::path storePath, core::exports::ExportRequest request,
                     std::filesystem::path target);
    /// Cancels an export still running and waits for it to stop.
    ~BackgroundExport();
    BackgroundExport(const BackgroundExport&) = delete;
    BackgroundExport& operator=(const BackgroundExport&) = delete;

    void cancel() { m_cancel = true; }
    [[nodiscard]] bool finished() const { return m_finished; }
    [[nodiscard]] std::size_t done() const { return m_done; }
    [[nodiscard]] std::size_t total() const { return m_total; }
    /// 0–1 through the rows.
    [[nodiscard]] float fraction() const;
    /// What came of it; only once finished().
    [[nodiscard]] const core::exports::ExportOutcome& outcome() const { return m_outcome; }
    [[nodiscard]] const std::filesystem::path& target() const { return m_target; }

private:
    void run(std::filesystem::path storePath, core::exports::ExportRequest request);

    std::filesystem::path m_target;
    std::atomic<std::size_t> m_done{0};
    std::atomic<std::size_t> m_total{0};
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_finished{false};
    core::exports::ExportOutcome m_outcome; // written by the thread before m_finished
    std::jthread m_thread;
};

} // namespace kompis::app
