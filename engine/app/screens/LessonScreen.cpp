#include "app/screens/LessonScreen.hpp"

#include "app/Shell.hpp"
#include "app/screens/CourseMapScreen.hpp"
#include "app/screens/LibraryScreen.hpp"
#include "app/screens/ResultsScreen.hpp"

#include <algorithm>

namespace kompis::app
{
std::string LessonScreen::detail() const
{
    if (m_run.index >= 0 && m_run.index < int(m_run.steps.size()))
        return m_run.current().step->id;
    return {};
}

void LessonScreen::open()
{
    // A run starts one before the step to show first (the first, or the one to resume).
    nextStep();
}

void LessonScreen::nextStep()
{
    LessonRun& run = m_run;
    m_shell.audio().stop();
    ++run.index;
    if (run.index >= int(run.steps.size()))
    {
        finish();
        return;
    }
    run.phase = LessonRun::Phase::Step;
    run.result.reset();
    run.retried = false;
    run.stepStarted = std::chrono::steady_clock::now();
    const auto& entry = run.current();
    const core::Course* course = entry.course->course();
    if (const core::Item* item = entry.step->item())
        run.draft = AnswerDraft::forItem(*item, core::session::LessonSession::shuffleSeed(entry));
    else
        run.draft = {};
    const auto& learner = m_shell.learner();
    if (!run.review && course && learner)
    {
        auto& store = m_shell.store();
        store.setResumeStep(learner->id, course->id, entry.lessonId, run.index, m_shell.now());
        if (const auto* v = std::get_if<core::VocabularyStep>(&entry.step->body))
            for (const auto& word : v->entries)
                store.meetVocabulary(learner->id, course->id, word.id, m_shell.now());
    }
    ui::Gui& gui = m_shell.gui();
    gui.resetScroll();
    gui.focus("");
    if (const core::Item* item = entry.step->item())
    {
        // The first answer field takes the focus so typing starts at once.
        if (std::holds_alternative<core::Dictation>(item->body))
            gui.focus("answer");
        else if (std::holds_alternative<core::GapFill>(item->body))
            gui.focus("gap-1");
    }
}

void LessonScreen::checkAnswer()
{
    LessonRun& run = m_run;
    const core::Item* item = run.item();
    const auto& learner = m_shell.learner();
    if (run.phase != LessonRun::Phase::Step || !item || !run.draft.ready(*item) || !learner)
        return;
    const auto& entry = run.current();
    const core::Course* course = entry.course->course();
    const core::Response response = run.draft.response();
    core::GradeResult result = core::grade(*item, response);
    const auto spent = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::steady_clock::now() - run.stepStarted)
                           .count();
    core::store::AttemptRecord attempt;
    attempt.learnerId = learner->id;
    attempt.courseId = course->id;
    attempt.courseVersion = course->version;
    attempt.lessonId = entry.lessonId;
    attempt.itemId = entry.step->id;
    attempt.response = core::responseText(*item, response);
    attempt.outcome = result.outcome;
    attempt.points = result.points;
    attempt.maxPoints = result.maxPoints > 0 ? result.maxPoints : item->points;
    attempt.timeSpentMs = spent;
    attempt.timestamp = m_shell.now();
    attempt.fast = spent < 8000;
    // Saved first, shown second: feedback appears only after the store has committed.
    run.saved = m_shell.store().recordAttempt(attempt).saved;
    if (run.saved)
        m_shell.answerSaved();
    run.points[entry.step->id] = result.points;
    if (result.outcome != core::Outcome::Right &&
        std::find(run.mistakes.begin(), run.mistakes.end(), entry.step->id) == run.mistakes.end())
        run.mistakes.push_back(entry.step->id);
    if (result.outcome == core::Outcome::Right)
        std::erase(run.mistakes, entry.step->id);
    run.result = std::move(result);
    run.phase = LessonRun::Phase::Feedback;
    m_shell.gui().focus("");
}

void LessonScreen::retry()
{
    m_run.phase = LessonRun::Phase::Step;
    m_run.retried = true;
    m_run.result.reset();
    m_run.stepStarted = std::chrono::steady_clock::now();
}

void LessonScreen::finish()
{
    LessonRun& run = m_run;
    run.phase = LessonRun::Phase::Finished;
    const auto& learner = m_shell.learner();
    if (!run.review && run.lesson && !run.steps.empty() && learner)
    {
        const core::Course* course = run.steps.front().course->course();
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::steady_clock::now() - run.started)
                            .count();
        m_shell.store().completeLesson(learner->id, course->id, course->version, run.lesson->id,
                                       run.score(), run.score() >= 0.6, ms, m_shell.now());
    }
    m_shell.audio().stop();
    m_shell.show(std::make_unique<ResultsScreen>(m_shell, std::move(m_run)));
}

void LessonScreen::close()
{
    m_shell.audio().stop();
    if (m_run.review || !m_shell.openCourse())
        m_shell.show(std::make_unique<LibraryScreen>(m_shell));
    else
        m_shell.show(std::make_unique<CourseMapScreen>(m_shell, *m_shell.openCourse()));
}

void LessonScreen::build()
{
    ui::Gui& gui = m_shell.gui();
    LessonRun& run = m_run;
    if (run.phase == LessonRun::Phase::Finished || run.index < 0 ||
        run.index >= int(run.steps.size()))
        return;
    const core::Step& step = *run.current().step;
    gui.headerTitle(run.review ? m_shell.tr("reviews.title") : m_shell.instr(run.lesson->title));
    if (gui.headerButton("close-lesson", m_shell.tr("lesson.close"), false) ||
        gui.keyPressed(sf::Keyboard::Escape))
    {
        close();
        return;
    }
    gui.text(m_shell.tr("lesson.step",
                        {{"n", double(run.index + 1)}, {"count", double(run.steps.size())}}),
             ui::styles::fine);
    gui.progressBar(float(run.index + (run.phase == LessonRun::Phase::Feedback ? 1 : 0)) /
                        float(run.steps.size()),
                    10);
    gui.space(6);
    stepContent(step);
    footer(step.item());
}

void LessonScreen::footer(const core::Item* item)
{
    ui::Gui& gui = m_shell.gui();
    const bool enter = gui.keyPressed(sf::Keyboard::Enter);
    if (!item)
    {
        if (gui.footerButton("next", m_shell.tr("lesson.next"), ui::Look::Primary) || enter)
            nextStep();
        return;
    }
    if (m_run.phase == LessonRun::Phase::Step)
    {
        const bool ready = m_run.draft.ready(*item);
        if (!ready)
            gui.footerText(m_shell.tr("lesson.answer-first"), gui.theme().mutedText);
        if ((gui.footerButton("check", m_shell.tr("lesson.check"),
                              ready ? ui::Look::Primary : ui::Look::Secondary) ||
             enter) &&
            ready)
            checkAnswer();
        return;
    }
    const bool canRetry = m_run.result->outcome == core::Outcome::Almost && !m_run.retried;
    const bool next = gui.footerButton("next", m_shell.tr("lesson.next"),
                                       canRetry ? ui::Look::Secondary : ui::Look::Primary);
    const bool again =
        canRetry && gui.footerButton("retry", m_shell.tr("lesson.retry"), ui::Look::Primary);
    if (again || (canRetry && enter))
        retry();
    else if (next || enter)
        nextStep();
}

} // namespace kompis::app
