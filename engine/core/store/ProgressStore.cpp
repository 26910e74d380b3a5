#include "core/store/ProgressStore.hpp"

#include "core/review/RatingPolicy.hpp"
#include "core/store/Backup.hpp"
#include "core/store/PrivateFile.hpp"
#include "core/store/StoreWrite.hpp"
#include "core/util/DataPaths.hpp"
#include "core/util/UtcTime.hpp"

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <sqlite3.h>

namespace kompis::core::store
{
namespace fs = std::filesystem;

std::filesystem::path resolveStorePath(const std::filesystem::path& option)
{
    if (!option.empty())
        return option;
    return util::defaultStorePath();
}

ProgressStore::ProgressStore(StoreOptions options)
    : m_options(std::move(options))
    , m_fsrs(m_options.fsrs)
{
    m_report.path = resolveStorePath(m_options.path);
    try
    {
        openFile();
    }
    catch (const std::exception& e)
    {
        openInMemory(e.what());
        return;
    }
    if (!m_report.saving)
        return;
    removeLeftovers();
    // A store just started fresh after damage has nothing worth a backup yet.
    if (m_options.autoBackup && !m_report.movedAside)
        autoBackup(std::time(nullptr)); // a failed automatic backup must not stop the learner
}

void ProgressStore::openFile()
{
    const fs::path& path = m_report.path;
    std::error_code ec;
    if (auto problem = createPrivateFolders(path.parent_path()); !problem.empty())
        throw std::runtime_error(problem);
    const bool existed = fs::exists(path, ec) && fs::file_size(path, ec) > 0;
    auto open = [&]
    {
        // Created by us first, so SQLite (and its -wal/-shm, which copy the file's mode) never
        // makes it readable by other accounts.
        if (auto problem = createPrivateFile(path); !problem.empty())
            throw std::runtime_error(problem);
        m_db = Connection::open(path.string(), true);
        sqlite3_busy_timeout(m_db.handle(), int(m_options.busyTimeout.count()));
    };
    open();
    if (existed && looksDamaged())
    {
        m_db.close();
        if (!m_options.moveDamagedAside)
        {
            m_report.restoreFrom = newestGoodBackup();
            adviseRestore("The progress file " + path.string() + " is damaged. ");
            throw std::runtime_error("it is damaged");
        }
        moveAside();
        open();
        m_report.createdFresh = true;
    }
    else
    {
        m_report.createdFresh = !existed;
    }
    configure(true);
    m_report.migratedFrom = migrateSchema(m_db, m_options.migrateTo, m_fsrs);
    if (m_db.readOnly())
    {
        m_report.saving = false;
        m_report.message =
            "The progress file " + path.string() + " is read-only: progress is not being saved.";
    }
    else
    {
        m_report.saving = true;
    }
}

void ProgressStore::removeLeftovers()
{
    // A backup killed half-way leaves its temporary file; nothing else ever finishes it.
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(backupDir(), ec))
    {
        const auto name = entry.path().filename().string();
        if (name.starts_with("progress-") && name.ends_with(".sqlite.part"))
            fs::remove(entry.path(), ec);
    }
}

bool ProgressStore::looksDamaged()
{
    try
    {
        (void)m_db.scalar("SELECT count(*) FROM sqlite_master");
        (void)m_db.scalar("PRAGMA user_version");
        // Every file, whatever its size (about 2 ms per MB here: 0.3 s for 182 MB): damage found
        // later surfaces as an exception in the middle of a lesson.
        Statement check(m_db.handle(), "PRAGMA quick_check(1)");
        if (check.step() && check.text(0) != "ok")
            return true;
        // A file that claims a schema but lacks its first tables (another program's database,
        // a table dropped by hand) passes the check and fails at its first query instead.
        return m_db.scalar("PRAGMA user_version") > 0 &&
               m_db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                           "('learners', 'attempts', 'lesson_progress')") != 3;
    }
    catch (const SqliteError& e)
    {
        const int code = e.code() & 0xff;
        return code == SQLITE_NOTADB || code == SQLITE_CORRUPT;
    }
}

void ProgressStore::moveAside()
{
    const fs::path target = keptAsideName(m_report.path, "damaged");
    moveStoreFiles(m_report.path, target); // throws when impossible: then we cannot open it at all
    m_report.movedAside = target;
    keepNewestGoodBackup();
    adviseRestore("The progress file was damaged. It was kept as " + target.string() +
                  " and a new, empty one was started. ");
    m_report.message = m_report.recovery;
}

void ProgressStore::adviseRestore(const std::string& happened)
{
    m_report.recovery = happened;
    if (m_report.restoreFrom)
        m_report.recovery += "To get the saved progress back, close Kompis and run: "
                             "kompis-admin restore '" +
                             m_report.restoreFrom->string() + "'";
    else
        m_report.recovery += "No backup was found that passes a check; keep the damaged file "
                             "for a technician.";
}

void ProgressStore::configure(bool file)
{
    if (file)
    {
        Statement mode(m_db.handle(), "PRAGMA journal_mode=WAL");
        mode.step();
    }
    // FULL: a commit is on disk before the player shows the answer as saved.
    m_db.exec(m_options.durable ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=OFF");
}

void ProgressStore::openInMemory(const std::string& why)
{
    m_db.close();
    m_db = Connection::open(":memory:", true);
    configure(false);
    migrateSchema(m_db, m_options.migrateTo, m_fsrs);
    m_report.saving = false;
    m_report.message = "Progress is not being saved: the progress file " + m_report.path.string() +
                       " could not be opened (" + why + ").";
}

int ProgressStore::schemaVersion()
{
    return int(m_db.scalar("PRAGMA user_version"));
}

SaveResult ProgressStore::failed(const std::string& what)
{
    SaveResult r;
    r.error = what;
    return r;
}

std::int64_t ProgressStore::dayOf(std::int64_t unixSeconds) const
{
    return util::utcDayNumber(unixSeconds + m_options.dayOffsetSeconds);
}

void ProgressStore::updateCard(std::int64_t learnerId, const std::string& courseId, CardKind kind,
                               const std::string& refId, review::Rating rating, std::int64_t now)
{
    review::CardState state;
    auto& read = m_db.cached("SELECT stability, difficulty, last_review, due, reps, lapses FROM "
                             "cards WHERE learner_id=? AND course_id=? AND kind=? AND ref_id=?");
    read.bind(1, learnerId).bind(2, courseId).bind(3, int(kind)).bind(4, refId);
    if (read.step())
        state = {read.real(0),    read.real(1),         read.integer(2),
                 read.integer(3), int(read.integer(4)), int(read.integer(5))};
    read.reset();
    const auto next = m_fsrs.review(state, rating, now).state;
    auto& up =
        m_db.cached("INSERT INTO cards(learner_id, course_id, kind, ref_id, stability, difficulty, "
                    "last_review, due, reps, lapses) VALUES(?,?,?,?,?,?,?,?,?,?) "
                    "ON CONFLICT(learner_id, course_id, kind, ref_id) DO UPDATE SET "
                    "stability=excluded.stability, difficulty=excluded.difficulty, "
                    "last_review=excluded.last_review, due=excluded.due, reps=excluded.reps, "
                    "lapses=excluded.lapses");
    up.bind(1, learnerId).bind(2, courseId).bind(3, int(kind)).bind(4, refId);
    up.bind(5, next.stability).bind(6, next.difficulty).bind(7, next.lastReview);
    up.bind(8, next.due).bind(9, next.reps).bind(10, next.lapses);
    up.run();
}

SaveResult ProgressStore::recordAttempt(const AttemptRecord& a)
{
    return write(
        [&]
        {
            auto& known = m_db.cached("SELECT 1 FROM learners WHERE id=?");
            known.bind(1, a.learnerId);
            const bool exists = known.step();
            known.reset();
            if (!exists)
                return failed("unknown learner " + std::to_string(a.learnerId));
            auto& ins = m_db.cached(
                "INSERT INTO attempts(learner_id, course_id, course_version, lesson_id, item_id, "
                "response, outcome, points, max_points, time_ms, ts, fast) "
                "VALUES(?,?,?,?,?,?,?,?,?,?,?,?)");
            ins.bind(1, a.learnerId).bind(2, a.courseId).bind(3, a.courseVersion);
            ins.bind(4, a.lessonId).bind(5, a.itemId).bind(6, a.response);
            ins.bind(7, int(a.outcome)).bind(8, a.points).bind(9, a.maxPoints);
            ins.bind(10, a.timeSpentMs).bind(11, a.timestamp).bind(12, a.fast ? 1 : 0);
            ins.run();
            SaveResult result;
            result.saved = true;
            result.id = m_db.lastInsertId();
            if (!a.checklist.empty())
            {
                auto& ticks = m_db.cached("INSERT INTO attempt_checklist(attempt_id, learner_id, "
                                          "ticked) VALUES(?,?,?)");
                ticks.bind(1, result.id).bind(2, a.learnerId).bind(3, a.checklist);
                ticks.run();
            }

            auto& item = m_db.cached(
                "INSERT INTO item_progress(learner_id, course_id, item_id, lesson_id, attempts, "
                "last_outcome, best_points, last_ts) VALUES(?,?,?,?,1,?,?,?) "
                "ON CONFLICT(learner_id, course_id, item_id) DO UPDATE SET "
                "attempts=attempts+1, last_outcome=excluded.last_outcome, "
                "best_points=max(best_points, excluded.best_points), last_ts=excluded.last_ts, "
                "lesson_id=excluded.lesson_id");
            item.bind(1, a.learnerId).bind(2, a.courseId).bind(3, a.itemId).bind(4, a.lessonId);
            item.bind(5, int(a.outcome)).bind(6, a.points).bind(7, a.timestamp);
            item.run();

            updateCard(a.learnerId, a.courseId, CardKind::Item, a.itemId,
                       review::ratingFor(a.outcome, a.fast), a.timestamp);

            auto& day = m_db.cached(
                "INSERT INTO activity(learner_id, day, attempts, time_ms) VALUES(?,?,1,?) "
                "ON CONFLICT(learner_id, day) DO UPDATE SET attempts=attempts+1, "
                "time_ms=time_ms+excluded.time_ms");
            day.bind(1, a.learnerId).bind(2, dayOf(a.timestamp)).bind(3, a.timeSpentMs);
            day.run();

            auto& lesson = m_db.cached(
                "INSERT INTO lesson_progress(learner_id, course_id, lesson_id, status, "
                "updated_at) VALUES(?,?,?,1,?) ON CONFLICT(learner_id, course_id, lesson_id) DO "
                "UPDATE SET status=max(status, 1), updated_at=excluded.updated_at");
            lesson.bind(1, a.learnerId).bind(2, a.courseId).bind(3, a.lessonId);
            lesson.bind(4, a.timestamp);
            lesson.run();

            auto& seen =
                m_db.cached("UPDATE learners SET last_seen_at=max(last_seen_at, ?) WHERE id=?");
            seen.bind(1, a.timestamp).bind(2, a.learnerId);
            seen.run();
            return result;
        });
}

SaveResult ProgressStore::setResumeStep(std::int64_t learnerId, const std::string& courseId,
                                        const std::string& lessonId, int step, std::int64_t now)
{
    return write(
        [&]
        {
            auto& st =
                m_db.cached("INSERT INTO lesson_progress(learner_id, course_id, lesson_id, status, "
                            "resume_step, updated_at) VALUES(?,?,?,1,?,?) "
                            "ON CONFLICT(learner_id, course_id, lesson_id) DO UPDATE SET "
                            "status=max(status, 1), resume_step=excluded.resume_step, "
                            "updated_at=excluded.updated_at");
            st.bind(1, learnerId).bind(2, courseId).bind(3, lessonId).bind(4, step).bind(5, now);
            st.run();
            return SaveResult{true, 0, {}};
        });
}

SaveResult ProgressStore::completeLesson(std::int64_t learnerId, const std::string& courseId,
                                         const std::string& courseVersion,
                                         const std::string& lessonId, double score, bool passed,
                                         std::int64_t durationMs, std::int64_t now)
{
    return write(
        [&]
        {
            auto& st = m_db.cached(
                "INSERT INTO lesson_progress(learner_id, course_id, lesson_id, status, "
                "best_score, last_score, resume_step, updated_at) VALUES(?,?,?,2,?,?,0,?) "
                "ON CONFLICT(learner_id, course_id, lesson_id) DO UPDATE SET status=2, "
                "best_score=max(coalesce(best_score, 0), excluded.best_score), "
                "last_score=excluded.last_score, resume_step=0, updated_at=excluded.updated_at");
            st.bind(1, learnerId).bind(2, courseId).bind(3, lessonId).bind(4, score);
            st.bind(5, score).bind(6, now);
            st.run();
            auto& done = m_db.cached(
                "INSERT INTO completions(learner_id, course_id, course_version, lesson_id, score, "
                "passed, duration_ms, ts) VALUES(?,?,?,?,?,?,?,?)");
            done.bind(1, learnerId).bind(2, courseId).bind(3, courseVersion).bind(4, lessonId);
            done.bind(5, score).bind(6, passed ? 1 : 0).bind(7, durationMs).bind(8, now);
            done.run();
            return SaveResult{true, m_db.lastInsertId(), {}};
        });
}

namespace
{
LessonProgress readProgress(Statement& st)
{
    LessonProgress p;
    p.courseId = st.text(0);
    p.lessonId = st.text(1);
    p.status = static_cast<LessonStatus>(st.integer(2));
    if (!st.isNull(3))
        p.bestScore = st.real(3);
    if (!st.isNull(4))
        p.lastScore = st.real(4);
    p.resumeStep = int(st.integer(5));
    p.updatedAt = st.integer(6);
    return p;
}

constexpr const char* kProgressColumns =
    "SELECT course_id, lesson_id, status, best_score, last_score, resume_step, updated_at "
    "FROM lesson_progress ";
} // namespace

LessonProgress ProgressStore::lessonProgress(std::int64_t learnerId, const std::string& courseId,
                                             const std::string& lessonId)
{
    auto& st = m_db.cached(std::string(kProgressColumns) +
                           "WHERE learner_id=? AND course_id=? AND lesson_id=?");
    st.bind(1, learnerId).bind(2, courseId).bind(3, lessonId);
    LessonProgress p;
    p.courseId = courseId;
    p.lessonId = lessonId;
    if (st.step())
        p = readProgress(st);
    st.reset();
    return p;
}

std::vector<LessonProgress> ProgressStore::courseProgress(std::int64_t learnerId,
                                                          const std::string& courseId)
{
    auto& st = m_db.cached(std::string(kProgressColumns) + "WHERE learner_id=? AND course_id=?");
    st.bind(1, learnerId).bind(2, courseId);
    std::vector<LessonProgress> out;
    while (st.step())
        out.push_back(readProgress(st));
    st.reset();
    return out;
}

SaveResult ProgressStore::syncCourse(const CourseOutline& outline)
{
    return write(
        [&]
        {
            // Everything is archived first and what this version still has comes back below:
            // removed items keep their rows (never deleted), even when the version string
            // did not change.
            for (const char* table : {"course_items", "course_vocabulary"})
            {
                auto& all = m_db.cached(std::string("UPDATE ") + table +
                                        " SET archived=1 WHERE course_id=?");
                all.bind(1, outline.courseId);
                all.run();
            }
            auto& item = m_db.cached(
                "INSERT INTO course_items(course_id, item_id, lesson_id, course_version, archived) "
                "VALUES(?,?,?,?,0) ON CONFLICT(course_id, item_id) DO UPDATE SET "
                "lesson_id=excluded.lesson_id, course_version=excluded.course_version, "
                "archived=0");
            auto& vocab = m_db.cached(
                "INSERT INTO course_vocabulary(course_id, entry_id, course_version, archived) "
                "VALUES(?,?,?,0) ON CONFLICT(course_id, entry_id) DO UPDATE SET "
                "course_version=excluded.course_version, archived=0");
            auto& forget = m_db.cached("DELETE FROM lesson_topics WHERE course_id=?");
            forget.bind(1, outline.courseId);
            forget.run();
            auto& topic = m_db.cached(
                "INSERT OR IGNORE INTO lesson_topics(course_id, lesson_id, topic) VALUES(?,?,?)");
            for (const auto& lesson : outline.lessons)
            {
                for (const auto& id : lesson.itemIds)
                {
                    item.reset();
                    item.bind(1, outline.courseId).bind(2, id).bind(3, lesson.id);
                    item.bind(4, outline.version);
                    item.run();
                }
                for (const auto& id : lesson.vocabularyIds)
                {
                    vocab.reset();
                    vocab.bind(1, outline.courseId).bind(2, id).bind(3, outline.version);
                    vocab.run();
                }
                for (const auto& t : lesson.topics)
                {
                    topic.reset();
                    topic.bind(1, outline.courseId).bind(2, lesson.id).bind(3, t);
                    topic.run();
                }
            }
            const std::string current = "coalesce((SELECT 1-ci.archived FROM course_items ci "
                                        "WHERE ci.course_id=t.course_id AND ci.item_id=t.";
            auto& items = m_db.cached("UPDATE item_progress AS t SET archived = 1-" + current +
                                      "item_id), 0) WHERE course_id=?");
            items.bind(1, outline.courseId);
            items.run();
            auto& cards = m_db.cached("UPDATE cards AS t SET archived = 1-" + current +
                                      "ref_id), 0) WHERE course_id=? AND kind=0");
            cards.bind(1, outline.courseId);
            cards.run();
            auto& words = m_db.cached(
                "UPDATE cards AS t SET archived = 1-coalesce((SELECT 1-cv.archived FROM "
                "course_vocabulary cv WHERE cv.course_id=t.course_id AND cv.entry_id=t.ref_id), 0) "
                "WHERE course_id=? AND kind=1");
            words.bind(1, outline.courseId);
            words.run();
            return SaveResult{true, 0, {}};
        });
}

SaveResult ProgressStore::meetVocabulary(std::int64_t learnerId, const std::string& courseId,
                                         const std::string& entryId, std::int64_t now)
{
    return write(
        [&]
        {
            auto& st = m_db.cached("INSERT OR IGNORE INTO cards(learner_id, course_id, kind, "
                                   "ref_id, due) VALUES(?,?,1,?,?)");
            st.bind(1, learnerId).bind(2, courseId).bind(3, entryId).bind(4, now);
            st.run();
            return SaveResult{true, 0, {}};
        });
}

SaveResult ProgressStore::reviewCard(std::int64_t learnerId, const std::string& courseId,
                                     CardKind kind, const std::string& refId, review::Rating rating,
                                     std::int64_t now)
{
    return write(
        [&]
        {
            updateCard(learnerId, courseId, kind, refId, rating, now);
            return SaveResult{true, 0, {}};
        });
}

} // namespace kompis::core::store
