#include "core/classroom/LearnerReplay.hpp"

#include "core/review/RatingPolicy.hpp"
#include "core/store/StoreTypes.hpp"
#include "core/util/UtcTime.hpp"

#include <string>

namespace kompis::core::classroom
{
namespace
{
void replayCards(store::Connection& db, std::int64_t learnerId, const review::Fsrs& fsrs)
{
    store::Statement forget(db.handle(), "DELETE FROM cards WHERE learner_id=? AND kind=0");
    forget.bind(1, learnerId).run();
    store::Statement read(db.handle(), "SELECT course_id, item_id, outcome, fast, ts FROM attempts "
                                       "WHERE learner_id=? ORDER BY course_id, item_id, ts, uuid");
    read.bind(1, learnerId);
    store::Statement write(
        db.handle(),
        "INSERT INTO cards(learner_id, course_id, kind, ref_id, stability, difficulty, "
        "last_review, due, reps, lapses, archived) VALUES(?,?,0,?,?,?,?,?,?,?,"
        "coalesce((SELECT archived FROM course_items WHERE course_id=?2 AND item_id=?3), 0))");
    std::string course, item;
    bool any = false;
    review::CardState card;
    auto flush = [&]
    {
        if (!any)
            return;
        write.reset();
        write.bind(1, learnerId).bind(2, course).bind(3, item).bind(4, card.stability);
        write.bind(5, card.difficulty).bind(6, card.lastReview).bind(7, card.due);
        write.bind(8, card.reps).bind(9, card.lapses);
        write.run();
    };
    while (read.step())
    {
        auto c = read.text(0);
        auto i = read.text(1);
        if (!any || c != course || i != item)
        {
            flush();
            course = std::move(c);
            item = std::move(i);
            card = {};
            any = true;
        }
        const auto outcome = static_cast<Outcome>(read.integer(2));
        card = fsrs.review(card, review::ratingFor(outcome, read.integer(3) != 0), read.integer(4))
                   .state;
    }
    flush();
}

void replaySummaries(store::Connection& db, std::int64_t learnerId, std::int64_t dayOffsetSeconds)
{
    store::Statement items(db.handle(), "DELETE FROM item_progress WHERE learner_id=?");
    items.bind(1, learnerId).run();
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
        "FROM attempts a WHERE a.learner_id=? GROUP BY a.course_id, a.item_id");
    fill.bind(1, learnerId).run();

    store::Statement days(db.handle(), "DELETE FROM activity WHERE learner_id=?");
    days.bind(1, learnerId).run();
    // The same day cut as ProgressStore::dayOf: UTC shifted by the learner's offset.
    store::Statement activity(db.handle(),
                              "INSERT INTO activity(learner_id, day, attempts, time_ms) "
                              "SELECT learner_id, (ts + ?2) / 86400 - ((ts + ?2) % 86400 < 0), "
                              "count(*), sum(time_ms) FROM attempts WHERE learner_id=?1 "
                              "GROUP BY 2");
    activity.bind(1, learnerId).bind(2, dayOffsetSeconds).run();

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
        "      WHERE learner_id=?1 "
        "      UNION ALL SELECT course_id, lesson_id, 2, score, ts FROM completions "
        "      WHERE learner_id=?1) u GROUP BY course_id, lesson_id "
        "ON CONFLICT(learner_id, course_id, lesson_id) DO UPDATE SET status=excluded.status, "
        "best_score=excluded.best_score, last_score=excluded.last_score, "
        "updated_at=excluded.updated_at, "
        "resume_step=CASE WHEN excluded.status=2 AND lesson_progress.status<2 THEN 0 "
        "ELSE lesson_progress.resume_step END");
    lessons.bind(1, learnerId).run();

    store::Statement seen(db.handle(),
                          "UPDATE learners SET last_seen_at=max(last_seen_at, coalesce((SELECT "
                          "max(ts) FROM attempts WHERE learner_id=?1), 0)) WHERE id=?1");
    seen.bind(1, learnerId).run();
}
} // namespace

void replayLearner(store::Connection& db, std::int64_t learnerId, const review::Fsrs& fsrs,
                   std::int64_t dayOffsetSeconds)
{
    replayCards(db, learnerId, fsrs);
    replaySummaries(db, learnerId, dayOffsetSeconds);
}

} // namespace kompis::core::classroom
