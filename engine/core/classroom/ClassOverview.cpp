#include "core/classroom/ClassOverview.hpp"

#include <map>

namespace kompis::core::classroom
{

std::vector<LearnerOverview> classOverview(PgConnection& db)
{
    // The per-lesson totals the server keeps as answers arrive; learner totals are their sums.
    const auto lessons = db.exec(R"sql(
WITH c AS (
  SELECT learner_uuid, course_id, lesson_id, max(score) AS best, count(*) AS done,
         bool_or(passed) AS passed
  FROM kompis.completions GROUP BY 1, 2, 3)
SELECT coalesce(t.learner_uuid, c.learner_uuid)::text, coalesce(t.course_id, c.course_id),
       coalesce(t.lesson_id, c.lesson_id), coalesce(t.attempts, 0),
       coalesce(t.right_attempts, 0), coalesce(t.time_ms, 0), coalesce(t.texts, 0),
       coalesce(t.last_ts, 0), c.best, coalesce(c.done, 0), coalesce(t.last_pc, ''),
       coalesce(c.passed, false)
FROM kompis.lesson_totals t FULL JOIN c USING (learner_uuid, course_id, lesson_id)
ORDER BY 2, 3)sql");
    const auto learners =
        db.exec("SELECT uuid::text, display_name FROM kompis.learners ORDER BY display_name, uuid");

    std::vector<LearnerOverview> out;
    std::map<std::string, std::size_t> index;
    for (int r = 0; r < learners.rows(); ++r)
    {
        LearnerOverview l;
        l.uuid = learners.text(r, 0);
        l.name = learners.text(r, 1);
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
        lesson.passed = lessons.text(r, 11) == "t";
        l.attempts += lesson.attempts;
        l.rightAttempts += lesson.rightAttempts;
        l.timeMs += lesson.timeMs;
        l.textsWritten += int(lessons.integer(r, 6));
        l.lessonsDone += lesson.passed ? 1 : 0;
        if (lessons.integer(r, 7) > l.lastSeenAt)
        {
            l.lastSeenAt = lessons.integer(r, 7);
            l.lastPc = lessons.text(r, 10);
        }
        l.lessons.push_back(std::move(lesson));
    }
    return out;
}

} // namespace kompis::core::classroom
