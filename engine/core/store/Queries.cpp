#include "core/review/UtcTime.hpp"
#include "core/store/ProgressStore.hpp"

#include <algorithm>
#include <map>

namespace kompis::core::store
{

std::optional<DueCard> ProgressStore::card(std::int64_t learnerId, const std::string& courseId,
                                           CardKind kind, const std::string& refId)
{
    auto& st = m_db.cached("SELECT id, stability, difficulty, last_review, due, reps, lapses FROM "
                           "cards WHERE learner_id=? AND course_id=? AND kind=? AND ref_id=?");
    st.bind(1, learnerId).bind(2, courseId).bind(3, int(kind)).bind(4, refId);
    std::optional<DueCard> out;
    if (st.step())
    {
        DueCard c;
        c.cardId = st.integer(0);
        c.courseId = courseId;
        c.kind = kind;
        c.refId = refId;
        c.state = {st.real(1),    st.real(2),         st.integer(3),
                   st.integer(4), int(st.integer(5)), int(st.integer(6))};
        out = c;
    }
    st.reset();
    return out;
}

std::vector<DueCard> ProgressStore::dueQueue(std::int64_t learnerId, std::int64_t now,
                                             std::size_t limit)
{
    // The (learner_id, archived, due) index makes this a range scan of one learner's due cards;
    // retrievability depends on now, so ordering happens here rather than in SQL.
    auto& st = m_db.cached("SELECT id, course_id, kind, ref_id, stability, difficulty, "
                           "last_review, due, reps, lapses FROM cards "
                           "WHERE learner_id=? AND archived=0 AND due<=?");
    st.bind(1, learnerId).bind(2, now);
    std::vector<DueCard> out;
    while (st.step())
    {
        DueCard c;
        c.cardId = st.integer(0);
        c.courseId = st.text(1);
        c.kind = static_cast<CardKind>(st.integer(2));
        c.refId = st.text(3);
        c.state = {st.real(4),    st.real(5),         st.integer(6),
                   st.integer(7), int(st.integer(8)), int(st.integer(9))};
        c.retrievability = m_fsrs.retrievability(c.state, now);
        out.push_back(std::move(c));
    }
    st.reset();
    const auto order = [](const DueCard& a, const DueCard& b)
    {
        if (a.retrievability != b.retrievability)
            return a.retrievability < b.retrievability;
        return a.state.due < b.state.due;
    };
    if (out.size() > limit)
    {
        std::partial_sort(out.begin(), out.begin() + std::ptrdiff_t(limit), out.end(), order);
        out.resize(limit);
    }
    else
    {
        std::sort(out.begin(), out.end(), order);
    }
    return out;
}

namespace
{
struct Tally
{
    double score = 0.0;
    int seen = 0;
    int total = 0;
};

double masteryOf(const Tally& t)
{
    const int denominator = std::max(t.seen, t.total);
    return denominator > 0 ? t.score / denominator : 0.0;
}

int streakEndingAt(const std::vector<std::int64_t>& daysDescending, std::int64_t today)
{
    // A streak survives until the end of the day after the last active day.
    std::int64_t expected = today;
    if (!daysDescending.empty() && daysDescending.front() == today - 1)
        expected = today - 1;
    int streak = 0;
    for (const auto day : daysDescending)
    {
        if (day > expected)
            continue;
        if (day != expected)
            break;
        ++streak;
        --expected;
    }
    return streak;
}
} // namespace

LearnerStatistics ProgressStore::statistics(std::int64_t learnerId, std::int64_t now,
                                            int windowDays)
{
    LearnerStatistics stats;
    using Key = std::pair<std::string, std::string>;
    std::map<Key, Tally> lessons;
    {
        auto& st = m_db.cached(
            "SELECT course_id, lesson_id, count(*), sum(CASE last_outcome WHEN 2 THEN 1.0 "
            "WHEN 1 THEN 0.5 ELSE 0.0 END) FROM item_progress WHERE learner_id=? AND archived=0 "
            "GROUP BY course_id, lesson_id");
        st.bind(1, learnerId);
        while (st.step())
        {
            auto& t = lessons[{st.text(0), st.text(1)}];
            t.seen = int(st.integer(2));
            t.score = st.real(3);
        }
        st.reset();
    }
    {
        auto& st = m_db.cached(
            "SELECT course_id, lesson_id, count(*) FROM course_items WHERE archived=0 AND "
            "course_id IN (SELECT DISTINCT course_id FROM item_progress WHERE learner_id=?) "
            "GROUP BY course_id, lesson_id");
        st.bind(1, learnerId);
        while (st.step())
            lessons[{st.text(0), st.text(1)}].total = int(st.integer(2));
        st.reset();
    }
    for (const auto& [key, t] : lessons)
        stats.lessons.push_back({key.first, key.second, masteryOf(t), t.seen, t.total});

    std::map<Key, Tally> topics;
    {
        auto& st =
            m_db.cached("SELECT course_id, lesson_id, topic FROM lesson_topics WHERE course_id IN "
                        "(SELECT DISTINCT course_id FROM item_progress WHERE learner_id=?)");
        st.bind(1, learnerId);
        while (st.step())
        {
            const auto it = lessons.find({st.text(0), st.text(1)});
            if (it == lessons.end())
                continue;
            auto& t = topics[{st.text(0), st.text(2)}];
            t.score += it->second.score;
            t.seen += std::max(it->second.seen, it->second.total);
        }
        st.reset();
    }
    for (const auto& [key, t] : topics)
        stats.topics.push_back({key.first, key.second, masteryOf(t)});

    const std::int64_t today = dayOf(now);
    {
        auto& st = m_db.cached("SELECT day, attempts, time_ms FROM activity WHERE learner_id=? "
                               "ORDER BY day DESC");
        st.bind(1, learnerId);
        std::vector<std::int64_t> days;
        while (st.step())
        {
            const auto day = st.integer(0);
            days.push_back(day);
            stats.attempts += int(st.integer(1));
            stats.totalTimeMs += st.integer(2);
            if (day > today - windowDays && day <= today)
                stats.days.push_back(
                    {review::formatIsoDate(day * 86400), int(st.integer(1)), st.integer(2)});
        }
        st.reset();
        std::reverse(stats.days.begin(), stats.days.end());
        stats.streakDays = streakEndingAt(days, today);
    }
    {
        auto& st =
            m_db.cached("SELECT count(*) FROM cards WHERE learner_id=? AND archived=0 AND due<=?");
        st.bind(1, learnerId).bind(2, now);
        st.step();
        stats.dueReviews = int(st.integer(0));
        st.reset();
    }
    return stats;
}

std::size_t ProgressStore::attemptCount(std::optional<std::int64_t> learnerId)
{
    auto& st = m_db.cached(learnerId ? "SELECT count(*) FROM attempts WHERE learner_id=?"
                                     : "SELECT count(*) FROM attempts");
    if (learnerId)
        st.bind(1, *learnerId);
    const auto n = st.step() ? std::size_t(st.integer(0)) : 0;
    st.reset();
    return n;
}

void ProgressStore::forEachAttempt(std::optional<std::int64_t> learnerId,
                                   const std::function<void(const AttemptRow&)>& visit)
{
    std::string sql = "SELECT a.id, a.learner_id, coalesce(l.display_name, ''), a.course_id, "
                      "a.course_version, a.lesson_id, a.item_id, a.response, a.outcome, a.points, "
                      "a.max_points, a.time_ms, a.ts, a.uuid, coalesce(l.uuid, ''), a.pc, a.fast "
                      "FROM attempts a "
                      "LEFT JOIN learners l ON l.id = a.learner_id ";
    sql += learnerId ? "WHERE a.learner_id=? ORDER BY a.learner_id, a.id" : "ORDER BY a.id";
    // A private statement: the visitor may call back into the store.
    Statement st(m_db.handle(), sql);
    if (learnerId)
        st.bind(1, *learnerId);
    AttemptRow row;
    while (st.step())
    {
        row.id = st.integer(0);
        auto& a = row.attempt;
        a.learnerId = st.integer(1);
        row.learnerName = st.text(2);
        a.courseId = st.text(3);
        a.courseVersion = st.text(4);
        a.lessonId = st.text(5);
        a.itemId = st.text(6);
        a.response = st.text(7);
        a.outcome = static_cast<Outcome>(st.integer(8));
        a.points = st.real(9);
        a.maxPoints = st.real(10);
        a.timeSpentMs = st.integer(11);
        a.timestamp = st.integer(12);
        row.uuid = st.text(13);
        row.learnerUuid = st.text(14);
        row.pc = st.text(15);
        a.fast = st.integer(16) != 0;
        visit(row);
    }
}

std::vector<LessonSummaryRow> ProgressStore::lessonSummaries(std::optional<std::int64_t> learnerId)
{
    const std::string filter = learnerId ? "WHERE learner_id=?1 " : "";
    Statement st(m_db.handle(),
                 "SELECT p.learner_id, coalesce(l.display_name, ''), p.course_id, p.lesson_id, "
                 "p.status, p.best_score, p.last_score, p.resume_step, p.updated_at, "
                 "coalesce(s.n, 0), coalesce(s.r, 0), coalesce(s.t, 0) "
                 "FROM (SELECT * FROM lesson_progress " +
                     filter +
                     ") p LEFT JOIN learners l ON l.id = p.learner_id "
                     "LEFT JOIN (SELECT learner_id, course_id, lesson_id, count(*) AS n, "
                     "sum(outcome = 2) AS r, sum(time_ms) AS t FROM attempts " +
                     filter +
                     "GROUP BY learner_id, course_id, lesson_id) s ON s.learner_id = p.learner_id "
                     "AND s.course_id = p.course_id AND s.lesson_id = p.lesson_id "
                     "ORDER BY l.display_name, p.learner_id, p.course_id, p.lesson_id");
    if (learnerId)
        st.bind(1, *learnerId);
    std::vector<LessonSummaryRow> out;
    while (st.step())
    {
        LessonSummaryRow r;
        r.learnerId = st.integer(0);
        r.learnerName = st.text(1);
        r.progress.courseId = st.text(2);
        r.progress.lessonId = st.text(3);
        r.progress.status = static_cast<LessonStatus>(st.integer(4));
        if (!st.isNull(5))
            r.progress.bestScore = st.real(5);
        if (!st.isNull(6))
            r.progress.lastScore = st.real(6);
        r.progress.resumeStep = int(st.integer(7));
        r.progress.updatedAt = st.integer(8);
        r.attempts = int(st.integer(9));
        r.rightAttempts = int(st.integer(10));
        r.timeSpentMs = st.integer(11);
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<LessonCompletion> ProgressStore::completions(std::optional<std::int64_t> learnerId)
{
    Statement st(m_db.handle(),
                 std::string("SELECT c.learner_id, coalesce(l.display_name, ''), c.course_id, "
                             "c.course_version, c.lesson_id, c.score, c.passed, c.duration_ms, "
                             "c.ts, c.uuid, coalesce(l.uuid, '') FROM completions c LEFT JOIN "
                             "learners l ON l.id = c.learner_id ") +
                     (learnerId ? "WHERE c.learner_id=? " : "") + "ORDER BY c.id");
    if (learnerId)
        st.bind(1, *learnerId);
    std::vector<LessonCompletion> out;
    while (st.step())
        out.push_back({st.integer(0), st.text(1), st.text(2), st.text(3), st.text(4), st.real(5),
                       st.integer(6) != 0, st.integer(7), st.integer(8), st.text(9), st.text(10)});
    return out;
}

} // namespace kompis::core::store
