#include "app/screens/ClassView.hpp"

#include "app/ClassroomLink.hpp"
#include "app/Shell.hpp"
#include "core/session/LessonScore.hpp"
#include "core/session/SessionPolicy.hpp"

namespace kompis::app
{
namespace
{
// Often enough to follow a lesson in progress; one small query for the whole class.
constexpr auto kRefreshEvery = std::chrono::seconds(30);
} // namespace

void ClassView::open()
{
    ClassroomLink* classroom = m_shell.classroom();
    if (!classroom)
        return;
    m_passMarks.clear();
    for (auto& entry : m_shell.courses())
        if (const core::Course* course = entry->course())
            m_passMarks[course->id] = core::session::SessionPolicy::forCourse(*course).passMark;
    classroom->refreshOverview();
}

bool ClassView::wantsFrame() const
{
    const ClassroomLink* classroom = m_shell.classroom();
    return classroom && classroom->overviewDue(kRefreshEvery);
}

int ClassView::lessonsDone(const core::classroom::LearnerOverview& learner) const
{
    int done = 0;
    for (const auto& lesson : learner.lessons)
    {
        const auto mark = m_passMarks.find(lesson.courseId);
        if (mark == m_passMarks.end())
            done += lesson.passed;
        else
        {
            core::session::SessionPolicy policy;
            policy.passMark = mark->second;
            done += lesson.bestScore && policy.passed(*lesson.bestScore);
        }
    }
    return done;
}

void ClassView::build()
{
    ClassroomLink* classroom = m_shell.classroom();
    if (!classroom)
        return;
    ui::Gui& gui = m_shell.gui();
    gui.heading(m_shell.tr("teacher.class"));
    // Collect a finished read first: a read that just ended is not due again.
    bool reading = classroom->overviewPending();
    if (!reading && classroom->overviewDue(kRefreshEvery))
    {
        classroom->refreshOverview();
        reading = true;
    }
    if (reading)
        m_shell.keepDrawing();
    if (gui.button("class-refresh", m_shell.tr("teacher.class-refresh"), {ui::Look::Secondary}) &&
        !reading)
    {
        classroom->refreshOverview();
        reading = true;
    }
    const auto& overview = classroom->overview();
    if (reading || !overview)
    {
        // A refresh keeps the last class on screen below this line.
        gui.text(m_shell.tr("teacher.class-loading"), ui::styles::hint);
        if (!overview)
            return;
    }
    if (overview->unreachable)
    {
        gui.text(m_shell.tr("teacher.class-unreachable"), ui::styles::error);
        gui.text(overview->error, ui::styles::fine);
        return;
    }
    if (!overview->error.empty())
    {
        gui.text(m_shell.tr("teacher.class-failed"), ui::styles::error);
        gui.text(overview->error, ui::styles::fine);
        return;
    }
    if (overview->learners.empty())
    {
        gui.text(m_shell.tr("teacher.class-empty"), ui::styles::hint);
        return;
    }
    if (!reading)
        gui.text(m_shell.tr("teacher.class-as-of", {{"when", double(overview->readAt) * 1000.0}}),
                 ui::styles::fine);
    for (const auto& learner : overview->learners)
        learnerCard(learner);
}

void ClassView::learnerCard(const core::classroom::LearnerOverview& l)
{
    ui::Gui& gui = m_shell.gui();
    gui.beginCard();
    gui.text(l.name, ui::styles::section);
    gui.text(m_shell.tr("teacher.summary", {{"done", double(lessonsDone(l))},
                                            {"answers", double(l.attempts)},
                                            {"right", double(l.rightAttempts)}}),
             ui::styles::hint);
    gui.text(m_shell.tr("teacher.class-detail", {{"minutes", double((l.timeMs + 30000) / 60000)},
                                                 {"texts", double(l.textsWritten)}}),
             ui::styles::hint);
    double sum = 0;
    int finished = 0;
    for (const auto& lesson : l.lessons)
        if (lesson.bestScore)
        {
            sum += *lesson.bestScore;
            ++finished;
        }
    if (finished > 0)
        gui.text(m_shell.tr("teacher.class-score",
                            {{"score", double(core::session::scorePercent(sum / finished))}}),
                 ui::styles::hint);
    if (l.lastSeenAt > 0)
        gui.text(m_shell.tr("teacher.class-seen",
                            {{"when", double(l.lastSeenAt) * 1000.0}, {"pc", l.lastPc}}),
                 ui::styles::hint);
    else
        gui.text(m_shell.tr("teacher.class-never"), ui::styles::hint);
    gui.endCard();
}

} // namespace kompis::app
