#include "core/classroom/LearnerReplay.hpp"

#include "core/review/RatingPolicy.hpp"
#include "core/store/StoreTypes.hpp"
#include "core/util/UtcTime.hpp"

namespace kompis::core::classroom
{
namespace
{
void replayCards(store::Connection& db, std::int64_t learnerId, const review::Fsrs& fsrs,
                 const ReplayScope& scope)
{
    store::Statement forget(db.handle(), "DELETE FROM cards WHERE learner_id=? AND kind=0 AND "
                                         "course_id=? AND ref_id=?");
    store::Statement read(db.handle(), "SELECT outcome, fast, ts FROM attempts WHERE learner_id=? "
                                       "AND course_id=? AND item_id=? ORDER BY ts, uuid");
    store::Statement write(
        db.handle(),
        "INSERT INTO cards(learner_id, course_id, kind, ref_id, stability, difficulty, "
        "last_review, due, reps, lapses, archived) VALUES(?,?,0,?,?,?,?,?,?,?,"
        "coalesce((SELECT archived FROM course_items WHERE course_id=?2 AND item_id=?3), 0))");
    for (const auto& [course, item] : scope.items)
    {
        forget.reset();
        forget.bind(1, learnerId).bind(2, course).bind(3, item).run();
        read.reset();
        read.bind(1, learnerId).bind(2, course).bind(3, item);
        review::CardState card;
        bool any = false;
        while (read.step())
        {
            const auto outcome = static_cast<Outcome>(read.integer(0));
            card =
                fsrs.review(card, review::ratingFor(outcome, read.integer(1) != 0), read.integer(2))
                    .state;
            any = true;
        }
        if (!any)
            continue;
        write.reset();
        write.bind(1, learnerId).bind(2, course).bind(3, item).bind(4, card.stability);
        write.bind(5, card.difficulty).bind(6, card.lastReview).bind(7, card.due);
        write.bind(8, card.reps).bind(9, card.lapses);
        write.run();
    }
}

void replayItems(store::Connection& db, std::int64_t learnerId, const ReplayScope& scope)
{
    store::Statement forget(db.handle(), "DELETE FROM item_progress WHERE learner_id=? AND "
                                         "course_id=? AND item_id=?");
    store::Statement fill(
        db.handle(),
        "INSERT INTO item_progress(learner_id, course_id, item_id, lesson_id, attempts, "
        "last_outcome, best_points, last_ts, archived) "
        "SELECT a.learner_id, a.course_id, a.item_id, "
        "  (SELECT b.lesson_id FROM attempts b WHERE b.learner_id=a.learner_id AND "
        "   b.course_id=a.course_id AND b.item_id=a.item_id ORDER BY b.ts DESC, b.uuid DESC "
        "   LIMIT 1), count(*), "
        "  (SELECT b.outcome FROM attempts b WHERE b.learner_id=a.learner_id AND "
        "   b.course_id=a.course_id AND b.item_id=a.item_id ORDER BY b.ts DESC, b.uuid DESC "
        "   LIMIT 1), max(a.points), max(a.ts), "
        "  coalesce((SELECT ci.archived FROM course_items ci WHERE ci.course_id=a.course_id "
        "   AND ci.item_id=a.item_id), 0) "
        "FROM attempts a WHERE a.learner_id=?1 AND a.course_id=?2 AND a.item_id=?3 "
        "GROUP BY a.course_id, a.item_id");
    for (const auto& [course, item] : scope.items)
    {
        forget.reset();
        forget.bind(1, learnerId).bind(2, course).bind(3, item).run();
        fill.reset();
        fill.bind(1, learnerId).bind(2, course).bind(3, item).run();
    }
}

// The same day cut as ProgressStore::dayOf: UTC shifted by the learner's offset.
std::int64_t dayOf(std::int64_t ts, std::int64_t offset)
{
    const std::int64_t t = ts + offset;
    return t / 86400 - (t % 86400 < 0);
}

void replayDays(store::Connection& db, std::int64_t learnerId, std::int64_t dayOffsetSeconds,
                const ReplayScope& scope)
{
    std::set<std::int64_t> days;
    for (const auto ts : scope.timestamps)
        days.insert(dayOf(ts, dayOffsetSeconds));
    store::Statement forget(db.handle(), "DELETE FROM activity WHERE learner_id=? AND day=?");
    store::Statement fill(db.handle(),
                          "INSERT INTO activity(learner_id, day, attempts, time_ms) "
                          "SELECT learner_id, ?3, count(*), sum(time_ms) FROM attempts "
                          "WHERE learner_id=?1 AND ts >= ?3 * 86400 - ?2 AND "
                          "ts < (?3 + 1) * 86400 - ?2 GROUP BY learner_id");
    for (const auto day : days)
    {
        forget.reset();
        forget.bind(1, learnerId).bind(2, day).run();
        fill.reset();
        fill.bind(1, learnerId).bind(2, dayOffsetSeconds).bind(3, day).run();
    }
}

void replayLessons(store::Connection& db, std::int64_t learnerId, const ReplayScope& scope)
{
    // A lesson with answers is in progress; with a completion it is done, its best score the
    // highest completion and its last score the latest one. The resume step stays this PC's.
    store::Statement lessons(
        db.handle(),
        "INSERT INTO lesson_progress(learner_id, course_id, lesson_id, status, best_score, "
        "last_score, resume_step, updated_at) "
        "SELECT ?1, course_id, lesson_id, max(status), max(score), "
        "  (SELECT c.score FROM completions c WHERE c.learner_id=?1 AND c.course_id=u.course_id "
        "   AND c.lesson_id=u.lesson_id ORDER BY c.ts DESC, c.uuid DESC LIMIT 1), 0, max(ts) "
        "FROM (SELECT course_id, lesson_id, 1 AS status, NULL AS score, ts FROM attempts "
        "      WHERE learner_id=?1 AND course_id=?2 AND lesson_id=?3 "
        "      UNION ALL SELECT course_id, lesson_id, 2, score, ts FROM completions "
        "      WHERE learner_id=?1 AND course_id=?2 AND lesson_id=?3) u "
        "GROUP BY course_id, lesson_id "
        "ON CONFLICT(learner_id, course_id, lesson_id) DO UPDATE SET status=excluded.status, "
        "best_score=excluded.best_score, last_score=excluded.last_score, "
        "updated_at=excluded.updated_at, "
        "resume_step=CASE WHEN excluded.status=2 AND lesson_progress.status<2 THEN 0 "
        "ELSE lesson_progress.resume_step END");
    for (const auto& [course, lesson] : scope.lessons)
    {
        lessons.reset();
        lessons.bind(1, learnerId).bind(2, course).bind(3, lesson).run();
    }
}
} // namespace

void replayLearner(store::Connection& db, std::int64_t learnerId, const review::Fsrs& fsrs,
                   std::int64_t dayOffsetSeconds, const ReplayScope& scope)
{
    replayCards(db, learnerId, fsrs, scope);
    replayItems(db, learnerId, scope);
    replayDays(db, learnerId, dayOffsetSeconds, scope);
    replayLessons(db, learnerId, scope);
    store::Statement seen(db.handle(),
                          "UPDATE learners SET last_seen_at=max(last_seen_at, ?) WHERE id=?");
    seen.bind(1, scope.latestAttempt).bind(2, learnerId).run();
}

} // namespace kompis::core::classroom
