#include "core/classroom/SyncRound.hpp"

#include "core/classroom/LearnerReplay.hpp"
#include "core/classroom/ServerSchema.hpp"
#include "core/store/Schema.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <sqlite3.h>

namespace kompis::core::classroom
{
namespace
{
std::string number(double value)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", value);
    return buf;
}

std::string number(std::int64_t value)
{
    return std::to_string(value);
}

// "INSERT … VALUES ($1,…,$n),($n+1,…)" for `rows` rows of `columns` parameters.
std::string valuesList(std::size_t rows, std::size_t columns)
{
    std::string sql;
    std::size_t n = 1;
    for (std::size_t r = 0; r < rows; ++r)
    {
        sql += r ? ",(" : "(";
        for (std::size_t c = 0; c < columns; ++c)
            sql += (c ? ",$" : "$") + std::to_string(n++);
        sql += ')';
    }
    return sql;
}

constexpr const char* kAttemptColumns = "uuid, learner_uuid, pc, course_id, course_version, "
                                        "lesson_id, item_id, response, outcome, points, "
                                        "max_points, time_ms, ts, fast";
constexpr std::size_t kAttemptColumnCount = 14;
constexpr const char* kCompletionColumns = "uuid, learner_uuid, pc, course_id, course_version, "
                                           "lesson_id, score, passed, duration_ms, ts";
constexpr std::size_t kCompletionColumnCount = 10;
} // namespace

SyncRound::SyncRound(store::Connection& local, PgConnection& server, const SyncSettings& settings,
                     const review::Fsrs& fsrs)
    : m_local(local)
    , m_server(server)
    , m_settings(settings)
    , m_fsrs(fsrs)
{
}

SyncCounts SyncRound::run(const std::set<std::string>& followed)
{
    int version = 0;
    try
    {
        const auto v = m_server.exec("SELECT value FROM kompis.meta WHERE key='schema_version'");
        version = v.rows() ? int(v.integer(0, 0)) : 0;
    }
    catch (const PgError& e)
    {
        if (e.sqlState() != "42P01") // undefined table: no Kompis schema on this server
            throw;
    }
    if (const auto mismatch = schemaMismatch(version); !mismatch.empty())
        throw SchemaMismatch(mismatch);

    SyncCounts counts;
    while (const int n = pushAttempts())
        counts.pushedAttempts += n;
    while (const int n = pushCompletions())
        counts.pushedCompletions += n;
    pullLearners();
    const std::set<std::string> everyone{""};
    for (const auto& learner : m_settings.wholeClass ? everyone : followed)
    {
        while (const int n = pullAttempts(learner))
            counts.pulledAttempts += n > 0 ? n : 0;
        while (const int n = pullCompletions(learner))
            counts.pulledCompletions += n > 0 ? n : 0;
    }
    counts.outbox = outboxSize();
    if (m_settings.heartbeat)
        heartbeat(counts.outbox);
    return counts;
}

int SyncRound::outboxSize()
{
    return int(m_local.scalar("SELECT (SELECT count(*) FROM attempts WHERE pushed=0) + "
                              "(SELECT count(*) FROM completions WHERE pushed=0)"));
}

void SyncRound::heartbeat(int outbox)
{
    m_server.exec(
        "INSERT INTO kompis.pcs(name, last_seen, outbox, kompis_schema) "
        "VALUES($1, now(), $2, $3) ON CONFLICT(name) DO UPDATE SET "
        "last_seen=now(), outbox=excluded.outbox, kompis_schema=excluded.kompis_schema",
        {m_settings.pcName, std::to_string(outbox), std::to_string(store::kSchemaVersion)});
}

void SyncRound::pushLearners(const std::set<std::string>& uuids)
{
    if (uuids.empty())
        return;
    std::vector<PgParam> params;
    store::Statement st(m_local.handle(), "SELECT uuid, display_name, colour, ui_language, "
                                          "created_at FROM learners WHERE uuid=?");
    for (const auto& uuid : uuids)
    {
        st.reset();
        st.bind(1, uuid);
        if (!st.step())
            continue;
        for (int c = 0; c < 4; ++c)
            params.push_back(st.text(c));
        params.push_back(number(st.integer(4)));
    }
    if (params.empty())
        return;
    m_server.exec("INSERT INTO kompis.learners(uuid, display_name, colour, ui_language, "
                  "created_at) VALUES " +
                      valuesList(params.size() / 5, 5) + " ON CONFLICT(uuid) DO NOTHING",
                  params);
}

void SyncRound::markPushed(const std::string& table, const std::vector<std::int64_t>& ids)
{
    inLocalTransaction(m_local,
                       [&]
                       {
                           store::Statement mark(m_local.handle(),
                                                 "UPDATE " + table +
                                                     " SET pushed=1, pc=CASE WHEN pc='' THEN ? "
                                                     "ELSE pc END WHERE id=?");
                           for (const auto id : ids)
                           {
                               mark.reset();
                               mark.bind(1, m_settings.pcName).bind(2, id);
                               mark.run();
                           }
                       });
}

// One outbox table: the SELECT gives the local id, then the server's columns in order (this
// PC's name filled in where the row has none yet); `kinds` says how to send each column:
// t text, i integer, r real, b boolean.
struct Outbox
{
    const char* table;
    const char* select;
    const char* columns;
    std::string_view kinds;
};

namespace
{
constexpr Outbox kAttemptOutbox{
    "attempts",
    "SELECT a.id, a.uuid, l.uuid, CASE WHEN a.pc='' THEN ?2 ELSE a.pc END, a.course_id, "
    "a.course_version, a.lesson_id, a.item_id, a.response, a.outcome, a.points, a.max_points, "
    "a.time_ms, a.ts, a.fast FROM attempts a JOIN learners l ON l.id = a.learner_id "
    "WHERE a.pushed = 0 ORDER BY a.id LIMIT ?1",
    kAttemptColumns, "ttttttttirriib"};

constexpr Outbox kCompletionOutbox{
    "completions",
    "SELECT c.id, c.uuid, l.uuid, CASE WHEN c.pc='' THEN ?2 ELSE c.pc END, c.course_id, "
    "c.course_version, c.lesson_id, c.score, c.passed, c.duration_ms, c.ts FROM completions c "
    "JOIN learners l ON l.id = c.learner_id WHERE c.pushed = 0 ORDER BY c.id LIMIT ?1",
    kCompletionColumns, "ttttttrbii"};
} // namespace

int SyncRound::pushAttempts()
{
    return push(kAttemptOutbox);
}

int SyncRound::pushCompletions()
{
    return push(kCompletionOutbox);
}

int SyncRound::push(const Outbox& outbox)
{
    store::Statement st(m_local.handle(), outbox.select);
    st.bind(1, std::int64_t(m_settings.batch)).bind(2, m_settings.pcName);
    std::vector<std::int64_t> ids;
    std::vector<PgParam> params;
    std::set<std::string> learners;
    while (st.step())
    {
        ids.push_back(st.integer(0));
        learners.insert(st.text(2));
        for (std::size_t c = 0; c < outbox.kinds.size(); ++c)
        {
            const int column = int(c) + 1;
            switch (outbox.kinds[c])
            {
            case 'i':
                params.push_back(number(st.integer(column)));
                break;
            case 'r':
                params.push_back(number(st.real(column)));
                break;
            case 'b':
                params.push_back(std::string(st.integer(column) ? "t" : "f"));
                break;
            default:
                params.push_back(st.text(column));
            }
        }
    }
    st.reset();
    if (ids.empty())
        return 0;
    inTransaction(m_server,
                  [&]
                  {
                      pushLearners(learners);
                      m_server.exec(std::string("INSERT INTO kompis.") + outbox.table + "(" +
                                        outbox.columns + ") VALUES " +
                                        valuesList(ids.size(), outbox.kinds.size()) +
                                        " ON CONFLICT(uuid) DO NOTHING",
                                    params);
                  });
    // Should this PC stop here, the next round pushes the rows again and the server keeps one.
    markPushed(outbox.table, ids);
    return int(ids.size());
}

void SyncRound::pullLearners()
{
    const auto rows = m_server.exec("SELECT uuid, display_name, colour, ui_language, has_pin, "
                                    "created_at FROM kompis.learners");
    // Most rounds change nobody: then no write transaction competes with the player's answers.
    std::map<std::string, std::pair<std::string, bool>> here;
    {
        store::Statement st(m_local.handle(), "SELECT uuid, display_name, pin_hash IS NOT NULL "
                                              "FROM learners");
        while (st.step())
            here[st.text(0)] = {st.text(1), st.integer(2) != 0};
    }
    std::vector<int> changed;
    for (int r = 0; r < rows.rows(); ++r)
    {
        const auto found = here.find(rows.text(r, 0));
        if (found == here.end() || found->second.first != rows.text(r, 1) ||
            (rows.text(r, 4) == "t" && !found->second.second))
            changed.push_back(r);
    }
    if (changed.empty())
        return;
    inLocalTransaction(
        m_local,
        [&]
        {
            // A learner with a PIN on the server gets a placeholder here that no PIN matches:
            // the PC checks PINs against the server and never holds another learner's hash.
            store::Statement up(
                m_local.handle(),
                "INSERT INTO learners(uuid, display_name, colour, ui_language, pin_hash, "
                "created_at, last_seen_at) VALUES(?,?,?,?,?,?,?) ON CONFLICT(uuid) DO UPDATE SET "
                "display_name=excluded.display_name, "
                "pin_hash=coalesce(learners.pin_hash, excluded.pin_hash)");
            for (const int r : changed)
            {
                up.reset();
                up.bind(1, rows.text(r, 0)).bind(2, rows.text(r, 1)).bind(3, rows.text(r, 2));
                up.bind(4, rows.text(r, 3));
                if (rows.text(r, 4) == "t")
                    up.bind(5, std::string_view("classroom"));
                else
                    up.bindNull(5);
                up.bind(6, rows.integer(r, 5)).bind(7, rows.integer(r, 5));
                up.run();
            }
        });
}

std::string SyncRound::watermark(const std::string& key)
{
    store::Statement st(m_local.handle(), "SELECT value FROM sync_state WHERE key=?");
    st.bind(1, key);
    return st.step() ? st.text(0) : std::string("0:0");
}

namespace
{
// Rows of the server stream after `mark` ("tx:seq"), only from transactions older than every
// open one, so nothing can later appear behind the new mark.
std::string streamQuery(const std::string& table, const std::string& columns, bool oneLearner)
{
    return "SELECT " + columns + ", tx::text, seq FROM kompis." + table + " WHERE " +
           (oneLearner ? "learner_uuid = $4::uuid AND " : "") +
           "(tx, seq) > ($1::xid8, $2::bigint) AND tx < pg_snapshot_xmin(pg_current_snapshot()) "
           "ORDER BY tx, seq LIMIT $3";
}

std::vector<PgParam> streamParams(const std::string& mark, std::size_t batch,
                                  const std::string& learner)
{
    const auto colon = mark.find(':');
    std::vector<PgParam> p{mark.substr(0, colon), mark.substr(colon + 1), std::to_string(batch)};
    if (!learner.empty())
        p.push_back(learner);
    return p;
}
} // namespace

int SyncRound::pullStream(const std::string& table, const char* columns, std::size_t columnCount,
                          const std::string& insertSql, const std::string& learnerUuid)
{
    const std::string key = table + ":" + (learnerUuid.empty() ? "*" : learnerUuid);
    const auto rows = m_server.exec(streamQuery(table, columns, !learnerUuid.empty()),
                                    streamParams(watermark(key), m_settings.batch, learnerUuid));
    if (rows.rows() == 0)
        return 0;
    // Every row's learner must be here first; one created since pullLearners() is fetched now.
    std::map<std::string, std::int64_t> learnerIds;
    for (int pass = 0; pass < 2; ++pass)
    {
        bool missing = false;
        store::Statement who(m_local.handle(), "SELECT id FROM learners WHERE uuid=?");
        for (int r = 0; r < rows.rows(); ++r)
        {
            const std::string uuid = rows.text(r, 1);
            if (learnerIds.count(uuid))
                continue;
            who.reset();
            who.bind(1, uuid);
            if (who.step())
                learnerIds[uuid] = who.integer(0);
            else
                missing = true;
        }
        if (!missing)
            break;
        if (pass == 0)
            pullLearners();
    }
    int added = 0;
    inLocalTransaction(
        m_local,
        [&]
        {
            // The columns a row touches: attempts (course 3, lesson 5, item 6, ts 12) and
            // completions (course 3, lesson 5) share the first six.
            const bool attempts = table == "attempts";
            std::map<std::int64_t, ReplayScope> touched;
            store::Statement ins(m_local.handle(), insertSql);
            for (int r = 0; r < rows.rows(); ++r)
            {
                const auto learner = learnerIds.find(rows.text(r, 1));
                if (learner == learnerIds.end())
                    continue; // deleted on the server since: its history goes with it
                ins.reset();
                ins.bind(2, learner->second);
                for (std::size_t c = 0; c < columnCount; ++c)
                    if (c != 1)
                        ins.bind(int(c) + 1, rows.text(r, int(c)));
                ins.run();
                if (sqlite3_changes(m_local.handle()) == 0)
                    continue;
                ++added;
                auto& scope = touched[learner->second];
                scope.lessons.emplace(rows.text(r, 3), rows.text(r, 5));
                if (!attempts)
                    continue;
                scope.items.emplace(rows.text(r, 3), rows.text(r, 6));
                const auto ts = rows.integer(r, 12);
                scope.timestamps.insert(ts);
                scope.latestAttempt = std::max(scope.latestAttempt, ts);
            }
            for (const auto& [learnerId, scope] : touched)
                replayLearner(m_local, learnerId, m_fsrs, m_settings.dayOffsetSeconds, scope);
            const int last = rows.rows() - 1;
            store::Statement mark(m_local.handle(),
                                  "INSERT OR REPLACE INTO sync_state(key, value) VALUES(?,?)");
            mark.bind(1, key).bind(2, rows.text(last, int(columnCount)) + ":" +
                                          rows.text(last, int(columnCount) + 1));
            mark.run();
        });
    // Rows already here (this PC's own, or pulled before) add nothing but move the mark on.
    return added > 0 ? added : -1;
}

int SyncRound::pullAttempts(const std::string& learnerUuid)
{
    // SQLite turns the text of numbers into numbers by the columns' affinity; `fast` is 't'/'f'.
    return pullStream("attempts", kAttemptColumns, kAttemptColumnCount,
                      "INSERT OR IGNORE INTO attempts(uuid, learner_id, pc, course_id, "
                      "course_version, lesson_id, item_id, response, outcome, points, "
                      "max_points, time_ms, ts, fast, pushed) "
                      "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?14='t',1)",
                      learnerUuid);
}

int SyncRound::pullCompletions(const std::string& learnerUuid)
{
    return pullStream("completions", kCompletionColumns, kCompletionColumnCount,
                      "INSERT OR IGNORE INTO completions(uuid, learner_id, pc, course_id, "
                      "course_version, lesson_id, score, passed, duration_ms, ts, pushed) "
                      "VALUES(?,?,?,?,?,?,?,?8='t',?,?,1)",
                      learnerUuid);
}

} // namespace kompis::core::classroom
