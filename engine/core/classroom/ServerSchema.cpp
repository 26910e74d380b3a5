#include "core/classroom/ServerSchema.hpp"

#include <stdexcept>

namespace kompis::core::classroom
{
namespace
{
// Attempts and completions are append-only and keyed by the UUID the PC gave them, so a push
// repeated after a lost reply inserts nothing twice. `tx` (the inserting transaction) orders
// the stream PCs pull from: rows of transactions older than every open one can no longer
// appear behind a reader's watermark, which a plain sequence cannot promise.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE kompis.learners(
  uuid uuid PRIMARY KEY,
  display_name text NOT NULL,
  colour text NOT NULL DEFAULT '',
  ui_language text NOT NULL DEFAULT '',
  pin_hash text,
  has_pin boolean GENERATED ALWAYS AS (pin_hash IS NOT NULL) STORED,
  failed_pin_tries integer NOT NULL DEFAULT 0,
  locked_until bigint NOT NULL DEFAULT 0,
  created_at bigint NOT NULL,
  school text NOT NULL DEFAULT '');
CREATE TABLE kompis.attempts(
  uuid uuid PRIMARY KEY,
  learner_uuid uuid NOT NULL REFERENCES kompis.learners ON DELETE CASCADE,
  tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
  seq bigint GENERATED ALWAYS AS IDENTITY,
  pc text NOT NULL,
  course_id text NOT NULL,
  course_version text NOT NULL,
  lesson_id text NOT NULL,
  item_id text NOT NULL,
  response text NOT NULL,
  outcome smallint NOT NULL,
  points double precision NOT NULL,
  max_points double precision NOT NULL,
  time_ms bigint NOT NULL,
  ts bigint NOT NULL,
  fast boolean NOT NULL DEFAULT false,
  received_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX attempts_learner_stream ON kompis.attempts(learner_uuid, tx, seq);
CREATE INDEX attempts_stream ON kompis.attempts(tx, seq);
CREATE TABLE kompis.completions(
  uuid uuid PRIMARY KEY,
  learner_uuid uuid NOT NULL REFERENCES kompis.learners ON DELETE CASCADE,
  tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
  seq bigint GENERATED ALWAYS AS IDENTITY,
  pc text NOT NULL,
  course_id text NOT NULL,
  course_version text NOT NULL,
  lesson_id text NOT NULL,
  score double precision NOT NULL,
  passed boolean NOT NULL,
  duration_ms bigint NOT NULL,
  ts bigint NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX completions_learner_stream ON kompis.completions(learner_uuid, tx, seq);
CREATE INDEX completions_stream ON kompis.completions(tx, seq);
-- Per learner and lesson totals, kept by trigger as attempts arrive (a push that inserts
-- nothing fires nothing), so the teacher's overview never scans the attempt log.
CREATE TABLE kompis.lesson_totals(
  learner_uuid uuid NOT NULL REFERENCES kompis.learners ON DELETE CASCADE,
  course_id text NOT NULL,
  lesson_id text NOT NULL,
  attempts integer NOT NULL,
  right_attempts integer NOT NULL,
  time_ms bigint NOT NULL,
  texts integer NOT NULL,
  last_ts bigint NOT NULL,
  last_pc text NOT NULL,
  PRIMARY KEY (learner_uuid, course_id, lesson_id));
CREATE FUNCTION kompis.count_attempt() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = kompis, pg_temp AS $$
BEGIN
  INSERT INTO kompis.lesson_totals AS t VALUES (
    NEW.learner_uuid, NEW.course_id, NEW.lesson_id, 1, (NEW.outcome = 2)::int, NEW.time_ms,
    (array_length(regexp_split_to_array(btrim(NEW.response), '\s+'), 1) >= 3)::int, NEW.ts,
    NEW.pc)
  ON CONFLICT (learner_uuid, course_id, lesson_id) DO UPDATE SET
    attempts = t.attempts + 1, right_attempts = t.right_attempts + excluded.right_attempts,
    time_ms = t.time_ms + excluded.time_ms, texts = t.texts + excluded.texts,
    last_pc = CASE WHEN excluded.last_ts >= t.last_ts THEN excluded.last_pc ELSE t.last_pc END,
    last_ts = greatest(t.last_ts, excluded.last_ts);
  RETURN NULL;
END $$;
CREATE TRIGGER attempts_count AFTER INSERT ON kompis.attempts
  FOR EACH ROW EXECUTE FUNCTION kompis.count_attempt();
CREATE TABLE kompis.pcs(
  name text PRIMARY KEY,
  last_seen timestamptz NOT NULL,
  outbox integer NOT NULL,
  kompis_schema integer NOT NULL);
CREATE TABLE kompis.teacher(
  id integer PRIMARY KEY CHECK (id = 1),
  pin_hash text,
  failed_pin_tries integer NOT NULL DEFAULT 0,
  locked_until bigint NOT NULL DEFAULT 0);
CREATE TABLE kompis.settings(key text PRIMARY KEY, value text NOT NULL);

-- A PC never reads PIN hashes in bulk: it asks for one learner's hash for one check, and the
-- try is counted before the hash leaves the server, so parallel guesses from many PCs cannot
-- pass five tries per lockout.
CREATE FUNCTION kompis.begin_pin_check(p_learner uuid, p_now bigint)
RETURNS TABLE(hash text, tries_left integer, locked_until bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = kompis, pg_temp AS $$
DECLARE
  r kompis.learners%ROWTYPE;
BEGIN
  SELECT * INTO r FROM kompis.learners l WHERE l.uuid = p_learner FOR UPDATE;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF r.pin_hash IS NULL THEN
    RETURN QUERY SELECT ''::text, 5, 0::bigint;
    RETURN;
  END IF;
  IF r.locked_until > p_now THEN
    RETURN QUERY SELECT NULL::text, 0, r.locked_until;
    RETURN;
  END IF;
  IF r.failed_pin_tries >= 5 THEN
    UPDATE kompis.learners l SET failed_pin_tries = 0, locked_until = p_now + 60
      WHERE l.uuid = p_learner;
    RETURN QUERY SELECT NULL::text, 0, p_now + 60;
    RETURN;
  END IF;
  UPDATE kompis.learners l SET failed_pin_tries = l.failed_pin_tries + 1 WHERE l.uuid = p_learner;
  RETURN QUERY SELECT r.pin_hash, 5 - r.failed_pin_tries - 1, 0::bigint;
END $$;

CREATE FUNCTION kompis.finish_pin_check(p_learner uuid, p_right boolean, p_now bigint)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = kompis, pg_temp AS $$
DECLARE
  until bigint := 0;
BEGIN
  IF p_right THEN
    UPDATE kompis.learners l SET failed_pin_tries = 0, locked_until = 0 WHERE l.uuid = p_learner;
  ELSE
    UPDATE kompis.learners l
      SET locked_until = CASE WHEN l.failed_pin_tries >= 5 THEN p_now + 60 ELSE 0 END,
          failed_pin_tries = CASE WHEN l.failed_pin_tries >= 5 THEN 0 ELSE l.failed_pin_tries END
      WHERE l.uuid = p_learner
      RETURNING l.locked_until INTO until;
  END IF;
  RETURN coalesce(until, 0);
END $$;
)sql";

// The teacher's deletions. A PC that still holds a deleted learner pushes their row and
// answers again with its next round; the server drops those rows instead of bringing the
// learner back (and instead of refusing the PC's whole batch, which would stick its outbox).
constexpr const char* kVersion2 = R"sql(
CREATE TABLE kompis.deleted_learners(
  uuid uuid PRIMARY KEY,
  deleted_at timestamptz NOT NULL DEFAULT now());
-- The argument names the column holding the learner's UUID.
CREATE FUNCTION kompis.skip_deleted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = kompis, pg_temp AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM kompis.deleted_learners d
             WHERE d.uuid = (to_jsonb(NEW) ->> TG_ARGV[0])::uuid) THEN
    RETURN NULL;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER learners_not_deleted BEFORE INSERT ON kompis.learners
  FOR EACH ROW EXECUTE FUNCTION kompis.skip_deleted('uuid');
CREATE TRIGGER attempts_not_deleted BEFORE INSERT ON kompis.attempts
  FOR EACH ROW EXECUTE FUNCTION kompis.skip_deleted('learner_uuid');
CREATE TRIGGER completions_not_deleted BEFORE INSERT ON kompis.completions
  FOR EACH ROW EXECUTE FUNCTION kompis.skip_deleted('learner_uuid');
)sql";

std::string quoted(const std::string& role)
{
    return "\"" + role + "\"";
}

void grant(PgConnection& db, const ClassroomRoles& roles)
{
    const std::string pc = quoted(roles.pcRole);
    const std::string teacher = quoted(roles.teacherRole);
    db.script("GRANT USAGE ON SCHEMA kompis TO " + pc + ", " + teacher +
              ";"
              "REVOKE ALL ON ALL TABLES IN SCHEMA kompis FROM " +
              pc +
              ";"
              "REVOKE ALL ON FUNCTION kompis.begin_pin_check(uuid, bigint) FROM PUBLIC;"
              "REVOKE ALL ON FUNCTION kompis.finish_pin_check(uuid, boolean, bigint) FROM PUBLIC;"
              "GRANT SELECT ON kompis.meta TO " +
              pc +
              ";"
              "GRANT SELECT (uuid, display_name, colour, ui_language, has_pin, created_at, school),"
              " INSERT (uuid, display_name, colour, ui_language, created_at)"
              " ON kompis.learners TO " +
              pc +
              ";"
              "GRANT SELECT, INSERT ON kompis.attempts, kompis.completions TO " +
              pc +
              ";"
              "GRANT SELECT, INSERT, UPDATE ON kompis.pcs TO " +
              pc +
              ";"
              "GRANT SELECT ON kompis.settings, kompis.lesson_totals, kompis.deleted_learners "
              "TO " +
              pc +
              ";"
              "GRANT EXECUTE ON FUNCTION kompis.begin_pin_check(uuid, bigint),"
              " kompis.finish_pin_check(uuid, boolean, bigint) TO " +
              pc + ", " + teacher +
              ";"
              "GRANT ALL ON ALL TABLES IN SCHEMA kompis TO " +
              teacher +
              ";"
              "GRANT ALL ON ALL SEQUENCES IN SCHEMA kompis TO " +
              teacher + ";");
}

void applyVersion(PgConnection& db, int version)
{
    switch (version)
    {
    case 1:
        db.script(kVersion1);
        break;
    case 2:
        db.script(kVersion2);
        break;
    default:
        throw std::logic_error("no server migration to version " + std::to_string(version));
    }
}
} // namespace

int serverSchemaVersion(PgConnection& db)
{
    const auto exists = db.exec("SELECT to_regclass('kompis.meta') IS NOT NULL");
    if (exists.text(0, 0) != "t")
        return 0;
    const auto v = db.exec("SELECT value FROM kompis.meta WHERE key = 'schema_version'");
    return v.rows() ? int(v.integer(0, 0)) : 0;
}

std::string schemaMismatch(int version)
{
    if (version > kServerSchemaVersion)
        return "the classroom server was set up by a newer Kompis (server schema " +
               std::to_string(version) + ", this Kompis knows up to " +
               std::to_string(kServerSchemaVersion) +
               "): update Kompis on this PC. Answers stay saved on this PC until then.";
    if (version < kServerSchemaVersion)
        return "the classroom server is not set up for this Kompis (server schema " +
               std::to_string(version) + ", needs " + std::to_string(kServerSchemaVersion) +
               "): run `kompis-admin classroom init` with the server's admin URL. Answers stay "
               "saved on this PC until then.";
    return {};
}

int migrateServer(PgConnection& db, const ClassroomRoles& roles)
{
    db.script("CREATE SCHEMA IF NOT EXISTS kompis;"
              "CREATE TABLE IF NOT EXISTS kompis.meta(key text PRIMARY KEY, value text NOT NULL);");
    const int found = serverSchemaVersion(db);
    if (found > kServerSchemaVersion)
        throw std::runtime_error(schemaMismatch(found));
    for (int v = found + 1; v <= kServerSchemaVersion; ++v)
    {
        inTransaction(db,
                      [&]
                      {
                          // One admin migrates; another waits here and then finds it done.
                          db.exec("SELECT pg_advisory_xact_lock(74201120)");
                          if (serverSchemaVersion(db) >= v)
                              return;
                          applyVersion(db, v);
                          db.exec(
                              "INSERT INTO kompis.meta(key, value) VALUES('schema_version', $1) "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                              {std::to_string(v)});
                      });
    }
    grant(db, roles);
    return found;
}

} // namespace kompis::core::classroom
