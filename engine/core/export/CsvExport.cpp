#include "core/export/CsvExport.hpp"

#include "core/export/Csv.hpp"
#include "core/review/UtcTime.hpp"

namespace kompis::core::exports
{

std::size_t writeAttemptsCsv(store::ProgressStore& store, std::optional<std::int64_t> learnerId,
                             std::ostream& out, const ExportProgress& progress)
{
    ProgressTicker ticker(progress, store.attemptCount(learnerId));
    CsvWriter csv(out);
    csv.row({"attempt_id", "learner_id", "learner", "course", "course_version", "lesson", "item",
             "response", "outcome", "points", "max_points", "time_ms", "timestamp"});
    store.forEachAttempt(learnerId,
                         [&](const store::AttemptRow& r)
                         {
                             const auto& a = r.attempt;
                             csv.row({std::to_string(r.id), std::to_string(a.learnerId),
                                      csvTypedText(r.learnerName), a.courseId, a.courseVersion,
                                      a.lessonId, a.itemId, csvTypedText(a.response),
                                      store::outcomeName(a.outcome), formatNumber(a.points),
                                      formatNumber(a.maxPoints), std::to_string(a.timeSpentMs),
                                      review::formatIsoUtc(a.timestamp)});
                             ticker.tick();
                         });
    ticker.finish();
    return csv.rows() - 1;
}

std::size_t writeLessonSummaryCsv(store::ProgressStore& store,
                                  std::optional<std::int64_t> learnerId, std::ostream& out,
                                  const ExportProgress& progress)
{
    CsvWriter csv(out);
    csv.row({"learner_id", "learner", "course", "lesson", "status", "best_score", "last_score",
             "resume_step", "attempts", "right_attempts", "time_ms", "updated_at"});
    const auto score = [](const std::optional<double>& s)
    { return s ? formatNumber(*s) : std::string(); };
    const auto rows = store.lessonSummaries(learnerId);
    ProgressTicker ticker(progress, rows.size());
    for (const auto& r : rows)
    {
        const auto& p = r.progress;
        csv.row({std::to_string(r.learnerId), csvTypedText(r.learnerName), p.courseId, p.lessonId,
                 store::lessonStatusName(p.status), score(p.bestScore), score(p.lastScore),
                 std::to_string(p.resumeStep), std::to_string(r.attempts),
                 std::to_string(r.rightAttempts), std::to_string(r.timeSpentMs),
                 review::formatIsoUtc(p.updatedAt)});
        ticker.tick();
    }
    ticker.finish();
    return csv.rows() - 1;
}

} // namespace kompis::core::exports
