#include "core/classroom/ClassOverview.hpp"

#include <map>

namespace kompis::core::classroom
{

std::vector<LearnerOverview> classOverview(PgConnection& db)
{
    // One pass over the attempts grouped by learner and lesson; the learner totals are sums of
    // those groups, so the attempt table is read once.
    const auto lessons = db.exec(R"sql(
WITH a AS (
  SELECT learner_uuid, course_id, lesson_id, count(*) AS n,
         count(*) FILTER (WHERE outcome = 2) AS right_n, sum(time_ms) AS time_ms,
         count(*) FILTER (WHERE position(' ' IN btrim(response)) > 0) AS texts, max(ts) AS last_ts
  FROM kompis.attempts GROUP BY 1, 2, 3),
c AS (
  SELECT learner_uuid, course_id, lesson_id, max(score) AS best, count(*) AS done
  FROM kompis.completions GROUP BY 1, 2, 3)
SELECT coalesce(a.learner_uuid, c.learner_uuid)::text, coalesce(a.course_id, c.course_id),
       coalesce(a.lesson_id, c.lesson_id), coalesce(a.n, 0), coalesce(a.right_n, 0),
       coalesce(a.time_ms, 0), coalesce(a.texts, 0), coalesce(a.last_ts, 0), c.best,
       coalesce(c.done, 0)
FROM a FULL JOIN c USING (learner_uuid, course_id, lesson_id)
ORDER BY 2, 3)sql");
    const auto learners = db.exec(R"sql(
SELECT l.uuid::text, l.display_name,
       (SELECT a.pc FROM kompis.attempts a WHERE a.learner_uuid = l.uuid
        ORDER BY a.ts DESC, a.seq DESC LIMIT 1)
FROM kompis.learners l ORDER BY l.display_name, l.uuid)sql");

    std::vector<LearnerOverview> out;
    std::map<std::string, std::size_t> index;
    for (int r = 0; r < learners.rows(); ++r)
    {
        LearnerOverview l;
        l.uuid = learners.text(r, 0);
        l.name = learners.text(r, 1);
        l.lastPc = learners.text(r, 2);
        index[l.uuid] = out.size();
        out.push_back(std::move(l));
    }
    for (int r = 0; r < lessons.rows(); ++r)
    {
        const auto found = index.find(lessons.text(r, 0));
        if (found == index.end())
            continue;
        auto& l = out[found->second];
        LessonOverview lesson;
        lesson.courseId = lessons.text(r, 1);
        lesson.lessonId = lessons.text(r, 2);
        lesson.attempts = int(lessons.integer(r, 3));
        lesson.rightAttempts = int(lessons.integer(r, 4));
        lesson.timeMs = lessons.integer(r, 5);
        if (!lessons.isNull(r, 8))
            lesson.bestScore = lessons.real(r, 8);
        lesson.completions = int(lessons.integer(r, 9));
        l.attempts += lesson.attempts;
        l.rightAttempts += lesson.rightAttempts;
        l.timeMs += lesson.timeMs;
        l.textsWritten += int(lessons.integer(r, 6));
        l.lessonsDone += lesson.completions > 0 ? 1 : 0;
        l.lastSeenAt = std::max(l.lastSeenAt, lessons.integer(r, 7));
        l.lessons.push_back(std::move(lesson));
    }
    return out;
}

} // namespace kompis::core::classroom
