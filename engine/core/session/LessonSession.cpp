#include "core/session/LessonSession.hpp"

#include "core/session/ChoiceShuffle.hpp"
#include "core/session/LessonScore.hpp"

#include <algorithm>
#include <chrono>

namespace kompis::core::session
{

std::vector<SessionStep> visibleSteps(CourseEntry& course, const Lesson& lesson,
                                      const std::string& target)
{
    std::vector<SessionStep> out;
    for (const Step& s : lesson.steps)
        if (s.lang.empty() || s.lang == target)
            out.push_back({&s, lesson.id, &course});
    return out;
}

LessonSession::LessonSession(const SessionContext& context, std::vector<SessionStep> steps,
                             std::string target, const Lesson* lesson)
    : m_context(context)
    , m_steps(std::move(steps))
    , m_target(std::move(target))
    , m_lesson(lesson)
    , m_startedMs(context.clock->steadyMs())
{
    for (const auto& s : m_steps)
        if (const Item* item = s.item())
            m_maxPoints[s.step->id] = item->points;
}

std::optional<LessonSession> LessonSession::startLesson(const SessionContext& context,
                                                        CourseEntry& course, const LessonSlot& slot,
                                                        const std::string& target)
{
    const Course* model = course.course();
    if (!slot.lesson || !model)
        return std::nullopt;
    LessonSession session(context, visibleSteps(course, *slot.lesson, target), target,
                          slot.lesson.get());
    if (session.m_steps.empty())
        return std::nullopt;
    const auto progress = context.progress->lessonProgress(context.learnerId, model->id, slot.id);
    // A lesson once finished starts a fresh pass; only one left part-way resumes.
    if (progress.status == store::LessonStatus::InProgress)
    {
        if (progress.resumeStep > 0 && progress.resumeStep < session.stepCount())
            session.m_index = progress.resumeStep;
        session.restorePass(context.progress->lessonAttempts(
            context.learnerId, model->id, slot.id,
            progress.updatedAt - context.policy.resumeWindow.count()));
    }
    session.enterStep();
    return session;
}

void LessonSession::restorePass(const std::vector<store::AttemptRecord>& attempts)
{
    std::map<std::string, int> given; // item id → answers seen
    for (const auto& attempt : attempts)
    {
        const std::string& id = attempt.itemId;
        if (!m_maxPoints.contains(id))
            continue;
        const int n = ++given[id];
        EarlierAnswer& earlier = m_earlier[id];
        // The first graded answer counts; a second one only as the retry after "almost".
        if (n == 2 && earlier.outcome == Outcome::Almost)
            earlier.retried = true;
        else if (n != 1)
            continue;
        earlier.response = attempt.response;
        earlier.outcome = attempt.outcome;
        m_points[id] = attempt.points;
        m_earlierMs += std::max<std::int64_t>(0, attempt.timeSpentMs);
    }
    for (const auto& step : m_steps)
        if (const auto found = m_earlier.find(step.step->id);
            found != m_earlier.end() && found->second.outcome != Outcome::Right)
            m_mistakes.push_back(step.step->id);
}

bool LessonSession::showEarlierAnswer(const Item& item, const EarlierAnswer& earlier)
{
    std::string error;
    const auto response = parseResponse(item, earlier.response, error);
    if (!response)
        return false;
    m_draft.restore(*response);
    // Grading is a pure function: the same answer gives the feedback it gave then.
    m_result = grade(item, *response, m_context.policy.grading());
    m_retried = earlier.retried;
    m_phase = Phase::Feedback;
    return true;
}

std::optional<LessonSession> LessonSession::startReview(const SessionContext& context,
                                                        std::vector<SessionStep> steps,
                                                        const std::string& target)
{
    std::erase_if(steps, [](const SessionStep& s) { return s.item() == nullptr; });
    if (steps.empty())
        return std::nullopt;
    LessonSession session(context, std::move(steps), target, nullptr);
    session.enterStep();
    return session;
}

const Item* LessonSession::item() const
{
    return finished() ? nullptr : current().item();
}

std::string LessonSession::shuffleSeed(const SessionStep& step) const
{
    return session::shuffleSeed(learnerKey(m_context.learnerUuid, m_context.learnerId),
                                step.step ? step.step->id : std::string());
}

void LessonSession::enterStep()
{
    m_phase = Phase::Step;
    m_result.reset();
    m_retried = false;
    m_skipped = false;
    m_stepStartedMs = m_context.clock->steadyMs();
    const SessionStep& step = current();
    m_draft = step.item() ? AnswerDraft::forItem(*step.item(), shuffleSeed(step)) : AnswerDraft{};
    if (const auto earlier = m_earlier.find(step.step->id); earlier != m_earlier.end())
        showEarlierAnswer(*step.item(), earlier->second);
    const Course* course = step.course ? step.course->course() : nullptr;
    if (isReview() || !course)
        return;
    const auto now = m_context.clock->unixSeconds();
    m_context.progress->setResumeStep(m_context.learnerId, course->id, step.lessonId, m_index, now);
    if (const auto* words = std::get_if<VocabularyStep>(&step.step->body))
        for (const auto& word : words->entries)
            m_context.progress->meetVocabulary(m_context.learnerId, course->id, word.id, now);
}

bool LessonSession::canCheck() const
{
    const Item* shown = item();
    return m_phase == Phase::Step && shown && m_draft.ready(*shown);
}

bool LessonSession::check()
{
    if (!canCheck())
        return false;
    const SessionStep& step = current();
    const Item& shown = *step.item();
    const Course* course = step.course ? step.course->course() : nullptr;
    const Response response = m_draft.response();
    GradeResult result = grade(shown, response, m_context.policy.grading());
    const std::int64_t spentMs = m_context.clock->steadyMs() - m_stepStartedMs;

    store::AttemptRecord attempt;
    attempt.learnerId = m_context.learnerId;
    attempt.courseId = course ? course->id : std::string();
    attempt.courseVersion = course ? course->version : std::string();
    attempt.lessonId = step.lessonId;
    attempt.itemId = step.step->id;
    attempt.response = responseText(shown, response);
    attempt.checklist = checklistText(response);
    attempt.outcome = result.outcome;
    attempt.points = result.points;
    attempt.maxPoints = result.maxPoints > 0 ? result.maxPoints : shown.points;
    attempt.timeSpentMs = spentMs;
    attempt.timestamp = m_context.clock->unixSeconds();
    attempt.fast = m_context.policy.fast(spentMs);
    // Saved first, shown second: feedback appears only after the store has answered.
    m_saved = m_context.progress->recordAttempt(attempt).saved;

    const std::string& id = step.step->id;
    m_points[id] = result.points;
    if (result.outcome == Outcome::Right || result.outcome == Outcome::Done)
        std::erase(m_mistakes, id);
    else if (std::find(m_mistakes.begin(), m_mistakes.end(), id) == m_mistakes.end())
        m_mistakes.push_back(id);
    m_result = std::move(result);
    m_phase = Phase::Feedback;
    return true;
}

bool LessonSession::canRetry() const
{
    return m_phase == Phase::Feedback && m_result && m_result->outcome == Outcome::Almost &&
           !m_retried;
}

void LessonSession::retry()
{
    if (!canRetry())
        return;
    m_phase = Phase::Step;
    m_retried = true;
    m_result.reset();
    m_stepStartedMs = m_context.clock->steadyMs();
}

bool LessonSession::skip()
{
    if (m_phase != Phase::Step || !item())
        return false;
    // Not an attempt: the store keeps nothing, so the item stays new (or due) for another time.
    const std::string& id = current().step->id;
    m_points.erase(id);
    m_maxPoints.erase(id);
    m_result.reset();
    m_skipped = true;
    m_phase = Phase::Feedback;
    return true;
}

void LessonSession::next()
{
    if (finished())
        return;
    // An item is left only after it was checked; content steps move on at once.
    if (m_phase == Phase::Step && item())
        return;
    ++m_index;
    if (m_index >= stepCount())
        finish();
    else
        enterStep();
}

bool LessonSession::goTo(const std::string& stepId)
{
    const auto at = std::find_if(m_steps.begin(), m_steps.end(),
                                 [&](const SessionStep& s) { return s.step->id == stepId; });
    if (at == m_steps.end())
        return false;
    m_index = int(at - m_steps.begin());
    enterStep();
    return true;
}

void LessonSession::finish()
{
    m_index = stepCount();
    m_phase = Phase::Finished;
    m_finishedMs = m_context.clock->steadyMs();
    m_result.reset();
    const Course* course = m_steps.front().course ? m_steps.front().course->course() : nullptr;
    if (isReview() || !course)
        return;
    store::LessonCompletion completion;
    completion.learnerId = m_context.learnerId;
    completion.courseId = course->id;
    completion.courseVersion = course->version;
    completion.lessonId = m_lesson->id;
    completion.score = score();
    completion.passed = passed();
    completion.durationMs = elapsedMs();
    completion.timestamp = m_context.clock->unixSeconds();
    m_saved = m_context.progress->completeLesson(completion).saved;
}

double LessonSession::score() const
{
    return lessonScore(m_points, m_maxPoints);
}

std::int64_t LessonSession::elapsedMs() const
{
    return m_earlierMs + m_finishedMs.value_or(m_context.clock->steadyMs()) - m_startedMs;
}

} // namespace kompis::core::session
