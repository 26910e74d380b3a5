#include "app/LessonStart.hpp"

#include "app/Shell.hpp"

#include <algorithm>
#include <set>

namespace kompis::app
{

std::optional<LessonRun> startLesson(Shell& shell, CourseEntry& entry, const core::LessonSlot& slot)
{
    const core::Course& course = *entry.course();
    const auto& learner = shell.learner();
    if (!learner || !slot.lesson)
        return std::nullopt;
    LessonRun run;
    run.lesson = slot.lesson.get();
    run.target = shell.variant(course);
    run.steps = LessonRun::visibleSteps(entry, *slot.lesson, run.target);
    if (run.steps.empty())
        return std::nullopt;
    for (const auto& e : run.steps)
        if (const core::Item* item = e.step->item())
            run.maxPoints[e.step->id] = item->points;
    auto& store = shell.store();
    const auto progress = store.lessonProgress(learner->id, course.id, slot.id);
    if (progress.status == core::store::LessonStatus::InProgress && progress.resumeStep > 0 &&
        progress.resumeStep < int(run.steps.size()))
    {
        run.index = progress.resumeStep;
        // Scores of the steps already answered in this pass, from the store.
        std::map<std::string, double> latest;
        store.forEachAttempt(learner->id,
                             [&](const core::store::AttemptRow& row)
                             {
                                 if (row.attempt.courseId == course.id &&
                                     row.attempt.lessonId == slot.id &&
                                     row.attempt.timestamp >= progress.updatedAt - 24 * 3600)
                                     latest[row.attempt.itemId] = row.attempt.points;
                             });
        for (int i = 0; i < run.index; ++i)
        {
            const std::string& id = run.steps[std::size_t(i)].step->id;
            if (auto f = latest.find(id); f != latest.end())
                run.points[id] = f->second;
        }
    }
    // Runs start one before the step to show first; the lesson screen steps onto it.
    --run.index;
    return run;
}

std::optional<LessonRun> startReviews(Shell& shell, const std::vector<std::string>& onlyItems)
{
    LessonRun run;
    run.review = true;
    const auto& learner = shell.learner();
    std::set<std::string> wanted(onlyItems.begin(), onlyItems.end());
    std::map<std::pair<std::string, std::string>, int> due; // (course, item) → order
    if (wanted.empty() && learner)
    {
        int order = 0;
        for (const auto& card : shell.store().dueQueue(learner->id, shell.now(), 30))
            if (card.kind == core::store::CardKind::Item && card.state.reps > 0)
                due[{card.courseId, card.refId}] = order++;
    }
    std::vector<std::pair<int, LessonRun::Entry>> found;
    for (auto& entry : shell.courses())
    {
        if (entry->broken())
            continue;
        if (!wanted.empty() && entry.get() != shell.openCourse())
            continue;
        const std::string courseId = entry->course()->id;
        if (wanted.empty() &&
            std::none_of(due.begin(), due.end(),
                         [&](const auto& d) { return d.first.first == courseId; }))
            continue;
        entry->loadFully();
        const core::Course* course = entry->course();
        for (const auto& slot : course->lessons)
            if (slot.lesson)
                for (const auto& step : slot.lesson->steps)
                {
                    if (!step.isItem())
                        continue;
                    const bool pick = wanted.empty() ? due.count({courseId, step.id}) > 0
                                                     : wanted.count(step.id) > 0;
                    if (pick)
                        found.push_back({wanted.empty() ? due[{courseId, step.id}] : 0,
                                         {&step, slot.id, entry.get()}});
                }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [order, e] : found)
    {
        run.steps.push_back(e);
        run.maxPoints[e.step->id] = e.step->item()->points;
        const auto* c = e.course->course();
        run.target = c && !c->targets.empty() ? c->targets.front() : "sv";
    }
    if (run.steps.empty())
        return std::nullopt;
    run.index = -1;
    return run;
}

} // namespace kompis::app
