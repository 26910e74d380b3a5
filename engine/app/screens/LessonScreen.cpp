#include "app/screens/LessonScreen.hpp"

#include "app/SessionContext.hpp"
#include "app/Shell.hpp"
#include "app/screens/CourseMapScreen.hpp"
#include "app/screens/LibraryScreen.hpp"
#include "app/screens/ResultsScreen.hpp"
#include "core/session/ReviewQueue.hpp"

#include <algorithm>

namespace kompis::app
{

using core::session::LessonSession;

std::unique_ptr<LessonScreen> LessonScreen::forLesson(Shell& shell, CourseEntry& course,
                                                      const core::LessonSlot& slot,
                                                      const std::string& stepId)
{
    const core::Course* model = course.course();
    if (!shell.learner() || !model)
        return nullptr;
    auto session = LessonSession::startLesson(sessionContext(shell, model), course, slot,
                                              shell.variant(*model));
    if (session && !stepId.empty())
        session->goTo(stepId);
    return session ? std::make_unique<LessonScreen>(shell, std::move(*session)) : nullptr;
}

std::unique_ptr<LessonScreen> LessonScreen::forReview(Shell& shell,
                                                      std::vector<core::session::SessionStep> steps)
{
    if (!shell.learner())
        return nullptr;
    const std::string target = core::session::reviewTarget(steps);
    auto session =
        LessonSession::startReview(sessionContext(shell, nullptr), std::move(steps), target);
    return session ? std::make_unique<LessonScreen>(shell, std::move(*session)) : nullptr;
}

std::string LessonScreen::detail() const
{
    return m_run.finished() ? std::string() : m_run.current().step->id;
}

void LessonScreen::open()
{
    showStep();
}

void LessonScreen::showStep()
{
    m_shell.gui().resetScroll();
    focusAnswerField();
}

void LessonScreen::nextStep()
{
    m_shell.audio().stop();
    m_run.next();
    if (!m_run.finished())
    {
        showStep();
        return;
    }
    m_shell.show(std::make_unique<ResultsScreen>(m_shell, std::move(m_run)));
}

void LessonScreen::checkAnswer()
{
    if (!m_run.check())
        return;
    if (m_run.saved())
        m_shell.answerSaved(); // the classroom sends it soon
    m_shell.gui().focus("");
}

void LessonScreen::retry()
{
    m_run.retry();
    focusAnswerField();
}

void LessonScreen::focusAnswerField()
{
    // The first answer field takes the focus so typing starts at once.
    ui::Gui& gui = m_shell.gui();
    gui.focus("");
    if (const core::Item* item = m_run.item())
    {
        if (std::holds_alternative<core::Dictation>(item->body) ||
            std::holds_alternative<core::WriteTask>(item->body))
            gui.focus("answer");
        else if (std::holds_alternative<core::GapFill>(item->body))
            gui.focus("gap-1");
    }
}

void LessonScreen::close()
{
    m_shell.audio().stop();
    if (m_run.isReview() || !m_shell.openCourse())
        m_shell.show(std::make_unique<LibraryScreen>(m_shell));
    else
        m_shell.show(std::make_unique<CourseMapScreen>(m_shell, *m_shell.openCourse()));
}

bool LessonScreen::unsavedMessage() const
{
    const core::Item* item = m_run.item();
    if (!answering() || !item || !std::holds_alternative<core::WriteTask>(item->body))
        return false;
    const auto& texts = m_run.draft().texts;
    return !texts.empty() && texts.front().find_first_not_of(" \t\r\n") != std::string::npos;
}

bool LessonScreen::askBeforeClosing()
{
    if (!m_askingToClose)
        return false;
    ui::Gui& gui = m_shell.gui();
    gui.beginCard(gui.theme().almost);
    gui.text(m_shell.tr("write.unsaved"), ui::styles::body);
    gui.beginRow();
    const bool stay =
        gui.button("keep-writing", m_shell.tr("write.keep-writing"), {ui::Look::Primary}) ||
        gui.keyPressed(sf::Keyboard::Escape);
    const bool leave =
        gui.button("close-anyway", m_shell.tr("write.close-anyway"), {ui::Look::Secondary});
    gui.endRow();
    gui.endCard();
    if (leave)
        close();
    else if (stay)
    {
        m_askingToClose = false;
        gui.focus("answer");
    }
    return true;
}

void LessonScreen::build()
{
    // Finished: the results screen holds the session from now on.
    if (m_run.finished())
        return;
    ui::Gui& gui = m_shell.gui();
    const core::Step& step = *m_run.current().step;
    gui.headerTitle(m_run.isReview() ? m_shell.tr("reviews.title")
                                     : m_shell.instr(m_run.lesson()->title));
    if (askBeforeClosing())
        return;
    if (gui.headerButton("close-lesson", m_shell.tr("lesson.close"), false) ||
        gui.keyPressed(sf::Keyboard::Escape))
    {
        // Escape is also how a learner leaves a text field: a message written but not yet
        // checked would be lost without a word.
        if (unsavedMessage())
        {
            m_askingToClose = true;
            gui.focus("keep-writing");
        }
        else
            close();
        return;
    }
    gui.text(m_shell.tr("lesson.step",
                        {{"n", double(m_run.index() + 1)}, {"count", double(m_run.stepCount())}}),
             ui::styles::fine);
    const bool checked = m_run.phase() == LessonSession::Phase::Feedback;
    gui.progressBar(float(m_run.index() + (checked ? 1 : 0)) / float(m_run.stepCount()), 10);
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
    if (answering())
    {
        const bool ready = m_run.canCheck();
        if (!ready)
            gui.footerText(m_shell.tr("lesson.answer-first"), gui.theme().mutedText);
        if ((gui.footerButton("check", m_shell.tr("lesson.check"),
                              ready ? ui::Look::Primary : ui::Look::Secondary) ||
             enter) &&
            ready)
            checkAnswer();
        return;
    }
    const bool canRetry = m_run.canRetry();
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
