#include "store/BigStore.hpp"

#include <random>
#include <string>

namespace kompis::bench
{
namespace
{

using Size = BigStoreSize;
namespace store = core::store;
constexpr std::int64_t kDay = 86400;

std::string itemId(int course, int index)
{
    return "c" + std::to_string(course) + "-i" + std::to_string(index);
}

} // namespace

void populateBigStore(store::ProgressStore& s)
{
    auto& db = s.connection();
    db.exec("PRAGMA synchronous=OFF");
    db.exec("BEGIN");
    std::mt19937 rng(42);
    for (int c = 0; c < Size::courses; ++c)
    {
        store::CourseOutline outline{"course" + std::to_string(c), "1.0.0", {}};
        for (int l = 0; l < Size::lessonsPerCourse; ++l)
        {
            store::CourseOutline::Lesson lesson{
                "l" + std::to_string(l), {"topic" + std::to_string(l % 5)}, {}, {}};
            for (int i = 0; i < Size::itemsPerLesson; ++i)
                lesson.itemIds.push_back(itemId(c, l * Size::itemsPerLesson + i));
            outline.lessons.push_back(lesson);
        }
        db.exec("COMMIT");
        s.syncCourse(outline);
        db.exec("BEGIN");
    }
    store::Statement learner(db.handle(), "INSERT INTO learners(id, display_name, created_at, "
                                          "last_seen_at) VALUES(?, ?, ?, ?)");
    store::Statement attempt(db.handle(),
                             "INSERT INTO attempts(learner_id, course_id, course_version, "
                             "lesson_id, item_id, response, outcome, points, max_points, time_ms, "
                             "ts) VALUES(?,?,'1.0.0',?,?,'ett svar, \"citat\"',?,?,1,?,?)");
    store::Statement progress(
        db.handle(), "INSERT OR REPLACE INTO item_progress(learner_id, course_id, item_id, "
                     "lesson_id, attempts, last_outcome, best_points, last_ts) "
                     "VALUES(?,?,?,?,?,?,1,?)");
    store::Statement card(
        db.handle(), "INSERT INTO cards(learner_id, course_id, kind, ref_id, stability, "
                     "difficulty, last_review, due, reps, lapses) VALUES(?,?,0,?,?,?,?,?,?,0)");
    store::Statement day(db.handle(), "INSERT OR REPLACE INTO activity(learner_id, day, attempts, "
                                      "time_ms) VALUES(?,?,?,?)");
    const int itemsPerLearner = Size::cards / Size::learners; // 333 cards each
    const int attemptsPerItem = Size::attempts / Size::cards; // 10 answers per card
    const int itemsPerCourse = Size::lessonsPerCourse * Size::itemsPerLesson;
    std::uniform_real_distribution<double> stability(0.5, 60.0);
    std::uniform_int_distribution<int> outcome(0, 2);
    for (int id = 1; id <= Size::learners; ++id)
    {
        learner.reset();
        learner.bind(1, id)
            .bind(2, "Learner " + std::to_string(id))
            .bind(3, kBigStoreNow)
            .bind(4, kBigStoreNow);
        learner.run();
        for (int k = 0; k < itemsPerLearner + (id <= Size::cards % Size::learners ? 1 : 0); ++k)
        {
            const int course = k % Size::courses;
            const int index = (k / Size::courses + id * 7) % itemsPerCourse;
            const std::string courseId = "course" + std::to_string(course);
            const std::string lessonId = "l" + std::to_string(index / Size::itemsPerLesson);
            const std::string item = itemId(course, index);
            int last = 0;
            for (int n = 0; n < attemptsPerItem; ++n)
            {
                last = outcome(rng);
                const std::int64_t ts = kBigStoreNow - (200 - n * 20) * kDay + k * 60;
                attempt.reset();
                attempt.bind(1, id).bind(2, courseId).bind(3, lessonId).bind(4, item);
                attempt.bind(5, last).bind(6, last == 2 ? 1.0 : 0.0).bind(7, 3000).bind(8, ts);
                attempt.run();
            }
            progress.reset();
            progress.bind(1, id).bind(2, courseId).bind(3, item).bind(4, lessonId);
            progress.bind(5, attemptsPerItem).bind(6, last).bind(7, kBigStoreNow);
            progress.run();
            const double s = stability(rng);
            const std::int64_t lastReview = kBigStoreNow - std::int64_t(rng() % 60) * kDay;
            card.reset();
            card.bind(1, id).bind(2, courseId).bind(3, item).bind(4, s).bind(5, 5.0);
            card.bind(6, lastReview).bind(7, lastReview + std::int64_t(s) * kDay);
            card.bind(8, attemptsPerItem);
            card.run();
        }
        for (int d = 0; d < 200; d += 2)
        {
            day.reset();
            day.bind(1, id).bind(2, kBigStoreNow / kDay - d).bind(3, 50).bind(4, 150000);
            day.run();
        }
    }
    db.exec("COMMIT");
    db.exec("PRAGMA synchronous=FULL");
    db.exec("ANALYZE");
}

} // namespace kompis::bench
