#pragma once

#include "core/classroom/ClassroomConfig.hpp"
#include "core/classroom/PgConnection.hpp"
#include "core/classroom/SyncRound.hpp"
#include "core/review/Fsrs.hpp"
#include "core/store/Sqlite.hpp"
#include "core/store/StoreTypes.hpp"

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <optional>
#include <set>
#include <stop_token>
#include <string>
#include <thread>

namespace kompis::core::classroom
{

/// Where a PC stands with the classroom server.
enum class SyncState
{
    Starting,     ///< no round finished yet
    Online,       ///< the last round reached the server
    Offline,      ///< the server cannot be reached: answers wait on this PC
    Refused,      ///< the server refused the role or password: answers wait on this PC
    Incompatible, ///< the server's schema is newer (or older) than this Kompis knows
    LocalOnly,    ///< this PC's store cannot take part (not saving, or too old)
};

[[nodiscard]] const char* syncStateName(SyncState state);

/// What the player may show: one line for people, and figures for the teacher.
struct SyncStatus
{
    SyncState state = SyncState::Starting;
    std::string message;           ///< for people; empty when online
    std::int64_t lastSyncedAt = 0; ///< Unix seconds of the last good round, 0: never
    int outbox = -1;               ///< answers waiting on this PC (-1: not known yet)
    int rounds = 0;                ///< good rounds so far
    SyncCounts totals;             ///< everything moved since start
};

struct SyncOptions
{
    ClassroomConfig classroom;
    std::filesystem::path storePath; ///< the PC's progress store (already opened by the player)
    std::chrono::milliseconds interval{2000};    ///< between rounds while online
    std::chrono::milliseconds minGap{1000};      ///< at least this between good rounds
    std::chrono::milliseconds firstBackoff{500}; ///< after a failure; doubles each time
    std::chrono::milliseconds maxBackoff{30000};
    bool wholeClass = false; ///< the teacher's mirror: pull every learner
    std::int64_t dayOffsetSeconds = 0;
    review::FsrsParameters fsrs{};
};

/// The background sync of a classroom PC. The player commits every answer to its own store as
/// before; this thread pushes the store's outbox to the server and pulls the followed
/// learners' history, with backoff while the server is away. Nothing here is ever on an
/// answer's path: a dead network only changes status().
class ClassroomSync
{
public:
    explicit ClassroomSync(SyncOptions options);
    ~ClassroomSync();
    ClassroomSync(const ClassroomSync&) = delete;
    ClassroomSync& operator=(const ClassroomSync&) = delete;

    /// Starts the background thread (a no-op when it runs).
    void start();
    /// Stops it, finishing the round in progress.
    void stop();
    /// Pulls this learner's history from now on (call when a learner signs in); syncs soon.
    void follow(const std::string& learnerUuid);
    /// Asks for a round soon (after an answer), unless the server is in backoff.
    void syncSoon();
    [[nodiscard]] SyncStatus status() const;
    /// One round on the calling thread, for tools and tests; not while the thread runs.
    SyncStatus runOnce();
    /// Checks a learner's PIN against the server (hash and lockout live there). Opens its own
    /// connection, so it may take up to the connect timeout when the server is away: then the
    /// check says Invalid and `error` explains.
    store::PinCheck checkPin(const std::string& learnerUuid, const std::string& pin,
                             std::int64_t now, std::string* error = nullptr);

private:
    void loop(std::stop_token stop);
    bool round();
    void fail(SyncState state, const std::string& message);

    SyncOptions m_options;
    review::Fsrs m_fsrs;
    store::Connection m_local;            // used only by the thread running rounds
    std::optional<PgConnection> m_server; // likewise
    mutable std::mutex m_mutex;           // guards everything below
    std::condition_variable_any m_wake;
    bool m_wakeRequested = false;
    std::set<std::string> m_followed;
    SyncStatus m_status;
    std::jthread m_thread;
};

} // namespace kompis::core::classroom
