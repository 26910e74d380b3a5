#include "core/classroom/ClassroomSync.hpp"

#include "core/classroom/ServerPins.hpp"
#include "core/store/Schema.hpp"

#include <ctime>
#include <random>
#include <sqlite3.h>

namespace kompis::core::classroom
{

const char* syncStateName(SyncState state)
{
    switch (state)
    {
    case SyncState::Starting:
        return "starting";
    case SyncState::Online:
        return "online";
    case SyncState::Offline:
        return "offline";
    case SyncState::Refused:
        return "refused";
    case SyncState::Incompatible:
        return "incompatible";
    case SyncState::LocalOnly:
        return "local-only";
    }
    return "?";
}

ClassroomSync::ClassroomSync(SyncOptions options)
    : m_options(std::move(options))
    , m_fsrs(m_options.fsrs)
{
}

ClassroomSync::~ClassroomSync()
{
    stop();
}

void ClassroomSync::start()
{
    if (m_thread.joinable())
        return;
    m_thread = std::jthread([this](std::stop_token stop) { loop(stop); });
}

void ClassroomSync::stop()
{
    if (!m_thread.joinable())
        return;
    m_thread.request_stop();
    m_wake.notify_all();
    m_thread.join();
    m_thread = {};
}

void ClassroomSync::follow(const std::string& learnerUuid)
{
    {
        std::lock_guard lock(m_mutex);
        m_followed.insert(learnerUuid);
        m_wakeRequested = true;
    }
    m_wake.notify_all();
}

void ClassroomSync::syncSoon()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_status.state != SyncState::Online && m_status.state != SyncState::Starting)
            return; // backoff decides when to try an absent server again
        m_wakeRequested = true;
    }
    m_wake.notify_all();
}

SyncStatus ClassroomSync::status() const
{
    std::lock_guard lock(m_mutex);
    return m_status;
}

SyncStatus ClassroomSync::runOnce()
{
    round();
    m_server.reset(); // a tool's single round leaves no connection behind
    return status();
}

void ClassroomSync::fail(SyncState state, const std::string& message)
{
    std::lock_guard lock(m_mutex);
    m_status.state = state;
    m_status.message = message;
}

bool ClassroomSync::round()
{
    try
    {
        if (!m_local.isOpen())
        {
            m_local = store::Connection::open(m_options.storePath.string(), false);
            sqlite3_busy_timeout(m_local.handle(), 5000);
            // The server holds every row this connection writes: losing its last commits in a
            // power cut only means pulling them again, so it need not wait for the disk.
            m_local.exec("PRAGMA synchronous=NORMAL");
            if (m_local.scalar("PRAGMA user_version") < 3)
            {
                m_local.close();
                fail(SyncState::LocalOnly, "this PC's progress file is from an older Kompis: "
                                           "open it with the player once, then sync");
                return false;
            }
        }
    }
    catch (const store::SqliteError& e)
    {
        m_local.close();
        fail(SyncState::LocalOnly, std::string("the progress file cannot be read for the "
                                               "classroom sync: ") +
                                       e.what());
        return false;
    }
    const std::string server = redactedUrl(m_options.classroom.url);
    try
    {
        if (!m_server || !m_server->ok())
        {
            m_server.reset();
            m_server.emplace(m_options.classroom.url, m_options.classroom.password);
        }
        SyncSettings settings;
        settings.pcName = m_options.classroom.pcName;
        settings.wholeClass = m_options.wholeClass;
        settings.heartbeat = !m_options.wholeClass;
        settings.dayOffsetSeconds = m_options.dayOffsetSeconds;
        std::set<std::string> followed;
        {
            std::lock_guard lock(m_mutex);
            followed = m_followed;
        }
        const SyncCounts counts = SyncRound(m_local, *m_server, settings, m_fsrs).run(followed);
        std::lock_guard lock(m_mutex);
        m_status.state = SyncState::Online;
        m_status.message.clear();
        m_status.lastSyncedAt = std::int64_t(std::time(nullptr));
        m_status.outbox = counts.outbox;
        ++m_status.rounds;
        m_status.totals.pushedAttempts += counts.pushedAttempts;
        m_status.totals.pushedCompletions += counts.pushedCompletions;
        m_status.totals.pulledAttempts += counts.pulledAttempts;
        m_status.totals.pulledCompletions += counts.pulledCompletions;
        return true;
    }
    catch (const PgError& e)
    {
        m_server.reset();
        if (e.failure() == PgFailure::WrongPassword)
            fail(SyncState::Refused,
                 "the classroom server " + server + " refused this PC (" + e.what() +
                     "). Answers are saved on this PC; ask IT to check the classroom password "
                     "file (" +
                     m_options.classroom.source + ").");
        else if (e.failure() == PgFailure::Query)
            fail(SyncState::Offline, "the classroom server " + server + " did not take this " +
                                         "PC's update (" + e.what() + "). Answers are saved on " +
                                         "this PC and are sent again later.");
        else
            fail(SyncState::Offline, "the classroom server " + server + " cannot be reached (" +
                                         e.what() +
                                         "). Answers are saved on this PC and are "
                                         "sent when it is back.");
    }
    catch (const SchemaMismatch& e)
    {
        m_server.reset();
        fail(SyncState::Incompatible, e.what());
    }
    catch (const store::SqliteError& e)
    {
        // Busy beyond the timeout or a full disk: the answers are safe, try again later.
        fail(SyncState::Offline, std::string("the classroom sync could not use the progress "
                                             "file this time: ") +
                                     e.what());
    }
    {
        std::lock_guard lock(m_mutex);
        try
        {
            if (m_local.isOpen())
                m_status.outbox =
                    int(m_local.scalar("SELECT (SELECT count(*) FROM attempts WHERE pushed=0) + "
                                       "(SELECT count(*) FROM completions WHERE pushed=0)"));
        }
        catch (const store::SqliteError&)
        {
            // The count is only for status lines.
        }
    }
    return false;
}

void ClassroomSync::loop(std::stop_token stop)
{
    std::minstd_rand jitter(std::random_device{}());
    auto backoff = m_options.firstBackoff;
    while (!stop.stop_requested())
    {
        const bool good = round();
        std::chrono::milliseconds wait = m_options.interval;
        if (good)
            backoff = m_options.firstBackoff;
        else
        {
            // ±25 % so thirty PCs coming back after an outage do not knock all at once.
            wait = backoff * int(75 + jitter() % 51) / 100;
            backoff = std::min(backoff * 2, m_options.maxBackoff);
        }
        std::unique_lock lock(m_mutex);
        if (good)
        {
            // Answers a second apart share one round: a busy class costs the PC one small
            // write a second at most, however fast its learners answer.
            const auto gap = std::min(wait, m_options.minGap);
            m_wake.wait_for(lock, stop, gap, [] { return false; });
            wait -= gap;
        }
        m_wake.wait_for(lock, stop, wait, [this] { return m_wakeRequested; });
        m_wakeRequested = false;
    }
    m_server.reset();
    m_local.close();
}

store::PinCheck ClassroomSync::checkPin(const std::string& learnerUuid, const std::string& pin,
                                        std::int64_t now, std::string* error)
{
    try
    {
        PgConnection db(m_options.classroom.url, m_options.classroom.password);
        return checkServerPin(db, learnerUuid, pin, now);
    }
    catch (const PgError& e)
    {
        if (error)
            *error = std::string("the PIN cannot be checked now: the classroom server did not "
                                 "answer (") +
                     e.what() + ")";
        return {};
    }
}

} // namespace kompis::core::classroom
