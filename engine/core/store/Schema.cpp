#include "core/store/Schema.hpp"

#include "core/review/RatingPolicy.hpp"
#include "core/store/StoreTypes.hpp"

#include <stdexcept>
#include <string>
#include <string_view>

namespace kompis::core::store
{
namespace
{
// Version 1: learners, raw attempts and per-lesson progress.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE learners(
  id INTEGER PRIMARY KEY,
  display_name TEXT NOT NULL,
  colour TEXT NOT NULL DEFAULT '',
  ui_language TEXT NOT NULL DEFAULT '',
  pin_hash TEXT,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL);
CREATE TABLE attempts(
  id INTEGER PRIMARY KEY,
  learner_id INTEGER NOT NULL,
  course_id TEXT NOT NULL,
  course_version TEXT NOT NULL,
  lesson_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  response TEXT NOT NULL,
  outcome INTEGER NOT NULL,
  points REAL NOT NULL,
  max_points REAL NOT NULL,
  time_ms INTEGER NOT NULL,
  ts INTEGER NOT NULL);
CREATE TABLE lesson_progress(
  learner_id INTEGER NOT NULL,
  course_id TEXT NOT NULL,
  lesson_id TEXT NOT NULL,
  status INTEGER NOT NULL,
  best_score REAL,
  last_score REAL,
  resume_step INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY(learner_id, course_id, lesson_id)) WITHOUT ROWID;
)sql";

// Version 2: PIN lockout, teacher, course outlines with archiving, review cards, per-item
// progress and daily activity (so statistics never scan the attempt log), lesson completions.
constexpr const char* kVersion2 = R"sql(
ALTER TABLE learners ADD COLUMN failed_pin_tries INTEGER NOT NULL DEFAULT 0;
ALTER TABLE learners ADD COLUMN locked_until INTEGER NOT NULL DEFAULT 0;
ALTER TABLE learners ADD COLUMN exported_at INTEGER NOT NULL DEFAULT 0;
CREATE TABLE teacher(
  id INTEGER PRIMARY KEY CHECK(id = 1),
  pin_hash TEXT,
  failed_pin_tries INTEGER NOT NULL DEFAULT 0,
  locked_until INTEGER NOT NULL DEFAULT 0);
CREATE TABLE course_items(
  course_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  lesson_id TEXT NOT NULL,
  course_version TEXT NOT NULL,
  archived INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(course_id, item_id)) WITHOUT ROWID;
CREATE TABLE course_vocabulary(
  course_id TEXT NOT NULL,
  entry_id TEXT NOT NULL,
  course_version TEXT NOT NULL,
  archived INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(course_id, entry_id)) WITHOUT ROWID;
CREATE TABLE lesson_topics(
  course_id TEXT NOT NULL,
  lesson_id TEXT NOT NULL,
  topic TEXT NOT NULL,
  PRIMARY KEY(course_id, lesson_id, topic)) WITHOUT ROWID;
CREATE TABLE item_progress(
  learner_id INTEGER NOT NULL,
  course_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  lesson_id TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  last_outcome INTEGER NOT NULL,
  best_points REAL NOT NULL,
  last_ts INTEGER NOT NULL,
  archived INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(learner_id, course_id, item_id)) WITHOUT ROWID;
CREATE TABLE cards(
  id INTEGER PRIMARY KEY,
  learner_id INTEGER NOT NULL,
  course_id TEXT NOT NULL,
  kind INTEGER NOT NULL,
  ref_id TEXT NOT NULL,
  stability REAL NOT NULL DEFAULT 0,
  difficulty REAL NOT NULL DEFAULT 0,
  last_review INTEGER NOT NULL DEFAULT 0,
  due INTEGER NOT NULL,
  reps INTEGER NOT NULL DEFAULT 0,
  lapses INTEGER NOT NULL DEFAULT 0,
  archived INTEGER NOT NULL DEFAULT 0,
  UNIQUE(learner_id, course_id, kind, ref_id));
CREATE INDEX cards_due ON cards(learner_id, archived, due);
CREATE TABLE activity(
  learner_id INTEGER NOT NULL,
  day INTEGER NOT NULL,
  attempts INTEGER NOT NULL,
  time_ms INTEGER NOT NULL,
  PRIMARY KEY(learner_id, day)) WITHOUT ROWID;
CREATE TABLE completions(
  id INTEGER PRIMARY KEY,
  learner_id INTEGER NOT NULL,
  course_id TEXT NOT NULL,
  course_version TEXT NOT NULL,
  lesson_id TEXT NOT NULL,
  score REAL NOT NULL,
  passed INTEGER NOT NULL,
  duration_ms INTEGER NOT NULL,
  ts INTEGER NOT NULL);
CREATE INDEX completions_learner ON completions(learner_id, ts);
CREATE INDEX attempts_learner ON attempts(learner_id, id);
CREATE INDEX attempts_item ON attempts(learner_id, course_id, item_id, ts);
INSERT INTO item_progress(learner_id, course_id, item_id, lesson_id, attempts, last_outcome,
                          best_points, last_ts)
  SELECT a.learner_id, a.course_id, a.item_id, a.lesson_id, count(*),
         (SELECT b.outcome FROM attempts b WHERE b.learner_id = a.learner_id
            AND b.course_id = a.course_id AND b.item_id = a.item_id ORDER BY b.ts DESC, b.id DESC
            LIMIT 1),
         max(a.points), max(a.ts)
  FROM attempts a GROUP BY a.learner_id, a.course_id, a.item_id;
)sql";

// Days in version 1 data are UTC days; the offset is a display setting applied from now on.
constexpr const char* kVersion2Activity = R"sql(
INSERT INTO activity(learner_id, day, attempts, time_ms)
  SELECT learner_id, ts / 86400, count(*), sum(time_ms) FROM attempts
  GROUP BY learner_id, ts / 86400;
)sql";

// Version 3: identity for a classroom. Learners, attempts and completions get random (version
// 4) UUIDs, so two PCs never give two people or two answers the same id; attempts remember the
// PC that took them and whether the answer was quick; `pushed` makes the attempt and completion
// tables the classroom outbox. Triggers give new rows a UUID, so every insert keeps working.
constexpr std::string_view kNewUuid =
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1) || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))";
constexpr std::string_view kVersion3 = R"sql(
ALTER TABLE learners ADD COLUMN uuid TEXT;
ALTER TABLE attempts ADD COLUMN uuid TEXT;
ALTER TABLE attempts ADD COLUMN fast INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attempts ADD COLUMN pc TEXT NOT NULL DEFAULT '';
ALTER TABLE attempts ADD COLUMN pushed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE completions ADD COLUMN uuid TEXT;
ALTER TABLE completions ADD COLUMN pc TEXT NOT NULL DEFAULT '';
ALTER TABLE completions ADD COLUMN pushed INTEGER NOT NULL DEFAULT 0;
UPDATE learners SET uuid = @UUID@;
UPDATE attempts SET uuid = @UUID@;
UPDATE completions SET uuid = @UUID@;
CREATE UNIQUE INDEX learners_uuid ON learners(uuid);
CREATE UNIQUE INDEX attempts_uuid ON attempts(uuid);
CREATE UNIQUE INDEX completions_uuid ON completions(uuid);
CREATE INDEX attempts_outbox ON attempts(id) WHERE pushed = 0;
CREATE INDEX completions_outbox ON completions(id) WHERE pushed = 0;
CREATE TRIGGER learners_new_uuid AFTER INSERT ON learners WHEN NEW.uuid IS NULL BEGIN
  UPDATE learners SET uuid = @UUID@ WHERE id = NEW.id; END;
CREATE TRIGGER attempts_new_uuid AFTER INSERT ON attempts WHEN NEW.uuid IS NULL BEGIN
  UPDATE attempts SET uuid = @UUID@ WHERE id = NEW.id; END;
CREATE TRIGGER completions_new_uuid AFTER INSERT ON completions WHEN NEW.uuid IS NULL BEGIN
  UPDATE completions SET uuid = @UUID@ WHERE id = NEW.id; END;
CREATE TABLE sync_state(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
)sql";

// Version 4: the checklist points a learner ticked for a written answer (`write` items), kept
// beside the attempt whose response holds the text. Local only: the classroom sync sends texts.
constexpr const char* kVersion4 = R"sql(
CREATE TABLE attempt_checklist(
  attempt_id INTEGER PRIMARY KEY,
  learner_id INTEGER NOT NULL,
  ticked TEXT NOT NULL
);
CREATE INDEX attempt_checklist_learner ON attempt_checklist(learner_id);
)sql";

// Version 5: the learner's second reading language, for courses that do not explain in the
// interface language ('' = none chosen). Local only for now: the classroom server keeps none.
constexpr const char* kVersion5 = R"sql(
ALTER TABLE learners ADD COLUMN second_language TEXT NOT NULL DEFAULT '';
)sql";

std::string withUuids(std::string_view sql)
{
    std::string out(sql);
    const std::string_view token = "@UUID@";
    for (auto at = out.find(token); at != std::string::npos; at = out.find(token, at))
    {
        out.replace(at, token.size(), kNewUuid);
        at += kNewUuid.size();
    }
    return out;
}

// Replays the attempt log through FSRS so cards reflect every answer given before version 2.
void backfillCards(Connection& db, const review::Fsrs& fsrs)
{
    Statement read(db.handle(), "SELECT learner_id, course_id, item_id, outcome, ts FROM attempts "
                                "ORDER BY learner_id, course_id, item_id, ts, id");
    Statement write(db.handle(),
                    "INSERT INTO cards(learner_id, course_id, kind, ref_id, stability, difficulty, "
                    "last_review, due, reps, lapses) VALUES(?,?,0,?,?,?,?,?,?,?)");
    std::int64_t learner = -1;
    std::string course, item;
    review::CardState card;
    auto flush = [&]
    {
        if (learner < 0)
            return;
        write.reset();
        write.bind(1, learner).bind(2, course).bind(3, item).bind(4, card.stability);
        write.bind(5, card.difficulty).bind(6, card.lastReview).bind(7, card.due);
        write.bind(8, card.reps).bind(9, card.lapses);
        write.run();
    };
    while (read.step())
    {
        const auto l = read.integer(0);
        auto c = read.text(1);
        auto i = read.text(2);
        if (l != learner || c != course || i != item)
        {
            flush();
            learner = l;
            course = std::move(c);
            item = std::move(i);
            card = {};
        }
        const auto outcome = static_cast<Outcome>(read.integer(3));
        card = fsrs.review(card, review::ratingFor(outcome, false), read.integer(4)).state;
    }
    flush();
}

void applyVersion(Connection& db, int version, const review::Fsrs& fsrs)
{
    switch (version)
    {
    case 1:
        db.exec(kVersion1);
        break;
    case 2:
        db.exec(kVersion2);
        db.exec(kVersion2Activity);
        backfillCards(db, fsrs);
        break;
    case 3:
        db.exec(withUuids(kVersion3));
        break;
    case 4:
        db.exec(kVersion4);
        break;
    case 5:
        db.exec(kVersion5);
        break;
    default:
        throw std::logic_error("no migration to schema version " + std::to_string(version));
    }
}
} // namespace

int migrateSchema(Connection& db, int target, const review::Fsrs& fsrs)
{
    const int found = int(db.scalar("PRAGMA user_version"));
    if (found > kSchemaVersion)
        throw std::runtime_error(
            "the progress file was made by a newer version of Kompis (schema " +
            std::to_string(found) + ")");
    for (int v = found + 1; v <= target; ++v)
    {
        db.exec("BEGIN IMMEDIATE");
        try
        {
            // Another process may have migrated while we waited for the lock.
            if (db.scalar("PRAGMA user_version") >= v)
            {
                db.exec("COMMIT");
                continue;
            }
            applyVersion(db, v, fsrs);
            db.exec("PRAGMA user_version = " + std::to_string(v));
            db.exec("COMMIT");
        }
        catch (...)
        {
            try
            {
                db.exec("ROLLBACK");
            }
            catch (const SqliteError&)
            {
                // The failed statement may already have ended the transaction.
            }
            throw;
        }
    }
    return found;
}

} // namespace kompis::core::store
