#include "app/App.hpp"

#include <algorithm>
#include <set>

namespace kompis::app
{

void App::startLesson(CourseEntry& entry, const core::LessonSlot& slot)
{
    const core::Course& course = *entry.course();
    LessonRun run;
    run.lesson = slot.lesson.get();
    run.target = course.targets.empty() ? "sv" : course.targets.front();
    if (auto chosen = m_variant.find(course.id); chosen != m_variant.end())
        run.target = chosen->second;
    run.steps = LessonRun::visibleSteps(entry, *slot.lesson, run.target);
    if (run.steps.empty())
        return;
    for (const auto& e : run.steps)
        if (const core::Item* item = e.step->item())
            run.maxPoints[e.step->id] = item->points;
    const auto progress = m_store->lessonProgress(m_learner->id, course.id, slot.id);
    if (progress.status == core::store::LessonStatus::InProgress && progress.resumeStep > 0 &&
        progress.resumeStep < int(run.steps.size()))
    {
        run.index = progress.resumeStep;
        // Scores of the steps already answered in this pass, from the store.
        std::map<std::string, double> latest;
        m_store->forEachAttempt(m_learner->id,
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
    --run.index;
    m_run = std::move(run);
    m_audio.stop();
    go(Screen::Lesson);
    nextStep();
}

void App::startReviews(const std::vector<std::string>& onlyItems)
{
    LessonRun run;
    run.review = true;
    std::set<std::string> wanted(onlyItems.begin(), onlyItems.end());
    std::map<std::pair<std::string, std::string>, int> due; // (course, item) → order
    if (wanted.empty() && m_learner)
    {
        int order = 0;
        for (const auto& card : m_store->dueQueue(m_learner->id, now(), 30))
            if (card.kind == core::store::CardKind::Item && card.state.reps > 0)
                due[{card.courseId, card.refId}] = order++;
    }
    std::vector<std::pair<int, LessonRun::Entry>> found;
    for (auto& entry : m_courses)
    {
        if (entry->broken())
            continue;
        if (!wanted.empty() && entry.get() != m_course)
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
        return;
    run.index = -1;
    m_run = std::move(run);
    go(Screen::Lesson);
    nextStep();
}

void App::nextStep()
{
    if (!m_run)
        return;
    LessonRun& run = *m_run;
    m_audio.stop();
    // Runs start one before the step to show first (the first, or the one to resume).
    ++run.index;
    if (run.index >= int(run.steps.size()))
    {
        finishLesson();
        return;
    }
    run.phase = LessonRun::Phase::Step;
    run.result.reset();
    run.retried = false;
    run.stepStarted = std::chrono::steady_clock::now();
    const auto& entry = run.current();
    const core::Course* course = entry.course->course();
    if (const core::Item* item = entry.step->item())
        run.draft = AnswerDraft::forItem(*item, entry.step->id);
    else
        run.draft = {};
    if (!run.review && course)
    {
        m_store->setResumeStep(m_learner->id, course->id, entry.lessonId, run.index, now());
        if (const auto* v = std::get_if<core::VocabularyStep>(&entry.step->body))
            for (const auto& word : v->entries)
                m_store->meetVocabulary(m_learner->id, course->id, word.id, now());
    }
    m_gui->resetScroll();
    m_gui->focus("");
    if (entry.step->item())
    {
        // The first answer field takes the focus so typing starts at once.
        if (std::holds_alternative<core::Dictation>(entry.step->item()->body))
            m_gui->focus("answer");
        else if (std::holds_alternative<core::GapFill>(entry.step->item()->body))
            m_gui->focus("gap-1");
    }
}

void App::checkAnswer()
{
    if (!m_run || m_run->phase != LessonRun::Phase::Step)
        return;
    LessonRun& run = *m_run;
    const core::Item* item = run.item();
    if (!item || !run.draft.ready(*item))
        return;
    const auto& entry = run.current();
    const core::Course* course = entry.course->course();
    const core::Response response = run.draft.response();
    core::GradeResult result = core::grade(*item, response);
    const auto spent = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::steady_clock::now() - run.stepStarted)
                           .count();
    core::store::AttemptRecord attempt;
    attempt.learnerId = m_learner->id;
    attempt.courseId = course->id;
    attempt.courseVersion = course->version;
    attempt.lessonId = entry.lessonId;
    attempt.itemId = entry.step->id;
    attempt.response = core::responseText(*item, response);
    attempt.outcome = result.outcome;
    attempt.points = result.points;
    attempt.maxPoints = result.maxPoints > 0 ? result.maxPoints : item->points;
    attempt.timeSpentMs = spent;
    attempt.timestamp = now();
    attempt.fast = spent < 8000;
    // Saved first, shown second: feedback appears only after the store has committed.
    run.saved = m_store->recordAttempt(attempt).saved;
    run.points[entry.step->id] = result.points;
    if (result.outcome != core::Outcome::Right &&
        std::find(run.mistakes.begin(), run.mistakes.end(), entry.step->id) == run.mistakes.end())
        run.mistakes.push_back(entry.step->id);
    if (result.outcome == core::Outcome::Right)
        std::erase(run.mistakes, entry.step->id);
    run.result = std::move(result);
    run.phase = LessonRun::Phase::Feedback;
    m_gui->focus("");
}

void App::finishLesson()
{
    LessonRun& run = *m_run;
    run.phase = LessonRun::Phase::Finished;
    if (!run.review && run.lesson && !run.steps.empty())
    {
        const core::Course* course = run.steps.front().course->course();
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::steady_clock::now() - run.started)
                            .count();
        m_store->completeLesson(m_learner->id, course->id, course->version, run.lesson->id,
                                run.score(), run.score() >= 0.6, ms, now());
    }
    m_audio.stop();
    go(Screen::Results);
}

} // namespace kompis::app
