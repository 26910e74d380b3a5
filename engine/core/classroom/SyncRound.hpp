#pragma once

#include "core/classroom/PgConnection.hpp"
#include "core/review/Fsrs.hpp"
#include "core/store/Sqlite.hpp"

#include <cstddef>
#include <cstdint>
#include <set>
#include <stdexcept>
#include <string>

namespace kompis::core::classroom
{

/// The server's schema does not match this build; the message says what to do.
class SchemaMismatch : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct Outbox; // one outbox table's shape, in SyncRound.cpp

/// What one sync round does with a PC's store.
struct SyncSettings
{
    std::string pcName;      ///< recorded with every answer this PC pushes
    bool wholeClass = false; ///< pull every learner's history (the teacher's mirror)
    bool heartbeat = true;   ///< record this PC in the server's list of PCs
    std::size_t batch = 500; ///< rows per push or pull statement
    std::int64_t dayOffsetSeconds = 0;
};

/// What a round moved.
struct SyncCounts
{
    int pushedAttempts = 0;
    int pushedCompletions = 0;
    int pulledAttempts = 0; ///< new to this PC
    int pulledCompletions = 0;
    int outbox = 0; ///< answers still waiting on this PC after the round
};

/// One push-then-pull exchange between a PC's SQLite store (already migrated) and the server.
/// Pushes are idempotent (ON CONFLICT DO NOTHING on the row's UUID); pulled rows are inserted
/// once (unique UUIDs) and the learner's derived progress is replayed from the attempts, so
/// repeating a round after any failure is always safe.
class SyncRound
{
public:
    SyncRound(store::Connection& local, PgConnection& server, const SyncSettings& settings,
              const review::Fsrs& fsrs);

    /// Runs a round for the followed learners (UUIDs). Throws PgError, SchemaMismatch or
    /// store::SqliteError; whatever happened before the throw is consistent.
    SyncCounts run(const std::set<std::string>& followed);

private:
    int pushAttempts();
    int push(const Outbox& outbox);
    int pushCompletions();
    void pushLearners(const std::set<std::string>& uuids);
    void pullLearners();
    int pullAttempts(const std::string& learnerUuid);
    int pullCompletions(const std::string& learnerUuid);
    int pullStream(const std::string& table, const char* columns, std::size_t columnCount,
                   const std::string& insertSql, const std::string& learnerUuid);
    void markPushed(const std::string& table, const std::vector<std::int64_t>& ids);
    [[nodiscard]] std::string watermark(const std::string& key);
    [[nodiscard]] int outboxSize();
    void heartbeat(int outbox);

    store::Connection& m_local;
    PgConnection& m_server;
    SyncSettings m_settings;
    const review::Fsrs& m_fsrs;
};

/// Runs `body` in a local BEGIN IMMEDIATE … COMMIT (ROLLBACK when it throws).
template <typename F> void inLocalTransaction(store::Connection& db, F&& body)
{
    db.exec("BEGIN IMMEDIATE");
    try
    {
        body();
        db.exec("COMMIT");
    }
    catch (...)
    {
        try
        {
            db.exec("ROLLBACK");
        }
        catch (const store::SqliteError&)
        {
            // The failed statement already ended the transaction.
        }
        throw;
    }
}

} // namespace kompis::core::classroom
