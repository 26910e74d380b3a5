#pragma once

#include "core/classroom/ClassOverview.hpp"
#include "core/classroom/ClassroomConfig.hpp"
#include "core/classroom/ClassroomSync.hpp"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kompis::app
{

/// The player's side of a classroom PC: the background sync of its store with the server, PIN
/// checks against the server, and the teacher's class overview read off the UI thread. Exists
/// only when a classroom is configured; a home PC has none and nothing changes.
class ClassroomLink
{
public:
    ClassroomLink(core::classroom::ClassroomConfig config, const std::filesystem::path& storePath);

    /// A running link when findClassroom() finds a config, else null (`error` says why a config
    /// that exists cannot be used).
    static std::unique_ptr<ClassroomLink> find(const std::filesystem::path& storePath,
                                               std::string& error);

    void follow(const std::string& learnerUuid) { m_sync.follow(learnerUuid); }
    void answerSaved() { m_sync.syncSoon(); }
    [[nodiscard]] core::classroom::SyncStatus status() const { return m_sync.status(); }
    core::store::PinCheck checkPin(const std::string& learnerUuid, const std::string& pin,
                                   std::int64_t now, std::string* error)
    {
        return m_sync.checkPin(learnerUuid, pin, now, error);
    }

    /// The class as the server knows it, or why it could not be read.
    struct Overview
    {
        std::vector<core::classroom::LearnerOverview> learners;
        std::string error;        ///< empty when the read worked
        bool unreachable = false; ///< the server did not answer (rather than refused or failed)
        std::int64_t readAt = 0;  ///< Unix seconds of the read
        std::chrono::steady_clock::time_point readWhen{};
    };
    /// Starts reading the class overview in the background (unless a read is running).
    void refreshOverview();
    /// True while a read runs; the result is in overview() once it is false.
    [[nodiscard]] bool overviewPending();
    [[nodiscard]] const std::optional<Overview>& overview() const { return m_overview; }
    /// Whether a read runs, or none was made, or the last is older than `age`.
    [[nodiscard]] bool overviewDue(std::chrono::seconds age) const
    {
        return m_reading.valid() || !m_overview ||
               std::chrono::steady_clock::now() - m_overview->readWhen >= age;
    }

private:
    core::classroom::ClassroomConfig m_config;
    core::classroom::ClassroomSync m_sync;
    std::future<Overview> m_reading;
    std::optional<Overview> m_overview;
};

} // namespace kompis::app
