#include "core/session/ReviewQueue.hpp"

#include <algorithm>
#include <set>

namespace kompis::core::session
{
namespace
{

/// The shelf entry of `courseId`, read fully; null when it is not on the shelf or broken.
CourseEntry* openCourse(CourseShelf& shelf, const std::string& courseId)
{
    for (auto& entry : shelf)
        if (!entry->broken() && entry->course()->id == courseId)
        {
            entry->loadFully();
            return entry.get();
        }
    return nullptr;
}

/// How far the due queue is read: reviews are at most a screenful, words a session.
constexpr std::size_t kQueueWindow = 500;

} // namespace

DueItemCounts countDueItems(const std::vector<store::DueCard>& due)
{
    DueItemCounts counts;
    for (const auto& card : due)
        if (card.kind == store::CardKind::Item && card.state.reps > 0)
        {
            ++counts.perCourse[card.courseId];
            ++counts.total;
        }
    return counts;
}

std::vector<SessionStep> dueItemSteps(ProgressPort& progress, std::int64_t learnerId,
                                      std::int64_t now, CourseShelf& shelf, std::size_t limit)
{
    std::vector<SessionStep> steps;
    for (const auto& card : progress.dueQueue(learnerId, now, limit))
    {
        if (card.kind != store::CardKind::Item || card.state.reps == 0)
            continue;
        CourseEntry* entry = openCourse(shelf, card.courseId);
        if (!entry)
            continue;
        if (const auto found = entry->course()->findStep(card.refId); found.step)
            steps.push_back({found.step, found.lesson->id, entry});
    }
    return steps;
}

std::vector<SessionStep> itemSteps(CourseEntry& course, const std::vector<std::string>& itemIds)
{
    std::vector<SessionStep> steps;
    course.loadFully();
    const Course* model = course.course();
    if (!model)
        return steps;
    const std::set<std::string> wanted(itemIds.begin(), itemIds.end());
    for (const auto& slot : model->lessons)
        if (slot.lesson)
            for (const auto& step : slot.lesson->steps)
                if (step.isItem() && wanted.contains(step.id))
                    steps.push_back({&step, slot.id, &course});
    return steps;
}

std::vector<WordCard> dueWords(ProgressPort& progress, std::int64_t learnerId, std::int64_t now,
                               CourseShelf& shelf, std::size_t limit)
{
    std::vector<WordCard> cards;
    for (const auto& due : progress.dueQueue(learnerId, now, kQueueWindow))
    {
        if (cards.size() >= limit)
            break;
        if (due.kind != store::CardKind::Vocabulary)
            continue;
        if (CourseEntry* entry = openCourse(shelf, due.courseId))
            if (const auto* word = entry->course()->findWord(due.refId))
                cards.push_back({entry, word});
    }
    return cards;
}

std::string reviewTarget(const std::vector<SessionStep>& steps)
{
    const Course* course =
        steps.empty() || !steps.back().course ? nullptr : steps.back().course->course();
    return course && !course->targets.empty() ? course->targets.front() : "sv";
}

} // namespace kompis::core::session
