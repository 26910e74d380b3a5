#pragma once

#include "core/grading/Grader.hpp"
#include "core/model/Course.hpp"
#include "core/session/AnswerDraft.hpp"
#include "core/session/Clock.hpp"
#include "core/session/CourseShelf.hpp"
#include "core/session/ProgressPort.hpp"
#include "core/session/SessionPolicy.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kompis::core::session
{

/// One step of a session: the step, the lesson it belongs to and the course it comes from
/// (a review mixes lessons and courses). The course entry gives the step's media.
struct SessionStep
{
    const Step* step = nullptr;
    std::string lessonId;
    CourseEntry* course = nullptr;

    [[nodiscard]] const Item* item() const { return step ? step->item() : nullptr; }
};

/// Who is learning and the services a session uses. Nothing is owned: the port and the clock
/// must outlive every session made with them.
struct SessionContext
{
    ProgressPort* progress = nullptr;
    const Clock* clock = nullptr;
    std::int64_t learnerId = 0;
    SessionPolicy policy{};
    std::string learnerUuid{}; ///< orders choices the same on every PC; empty: by learnerId
};

/// One pass through a lesson, or through a set of review items: which step shows, the learner's
/// draft answer, checking it (grade, save, then feedback), one retry of an almost-right answer,
/// moving on and finishing. Every rule of a lesson lives here, with no window: a screen shows
/// the session's state and calls its actions. Answers are saved before feedback shows.
class LessonSession
{
public:
    enum class Phase
    {
        Step,     ///< the step is shown; an item waits for an answer
        Feedback, ///< an item was checked; its result shows
        Finished, ///< past the last step
    };

    /// A lesson followed in variant `target` (`sv`, `nb`): its steps without `lang` and those in
    /// `target`. A lesson left part-way resumes at the saved step with the answers given in that
    /// pass (those within the resume window): an item answered before shows that answer and its
    /// feedback, its first answer counts (or the one retry after "almost"), and the time and
    /// mistakes of the earlier sessions stay in the results. Nothing when the lesson shows no
    /// step.
    static std::optional<LessonSession> startLesson(const SessionContext& context,
                                                    CourseEntry& course, const LessonSlot& slot,
                                                    const std::string& target);
    /// A review of `steps` (items only): answers are saved and rescheduled, but no lesson
    /// progress is kept. Nothing when `steps` is empty.
    static std::optional<LessonSession> startReview(const SessionContext& context,
                                                    std::vector<SessionStep> steps,
                                                    const std::string& target);

    [[nodiscard]] Phase phase() const { return m_phase; }
    [[nodiscard]] bool finished() const { return m_phase == Phase::Finished; }
    [[nodiscard]] bool isReview() const { return m_lesson == nullptr; }
    /// The lesson played; null in a review.
    [[nodiscard]] const Lesson* lesson() const { return m_lesson; }
    /// The target variant followed (`sv`, `nb`).
    [[nodiscard]] const std::string& target() const { return m_target; }
    [[nodiscard]] const std::vector<SessionStep>& steps() const { return m_steps; }
    /// The step shown (0-based); equals stepCount() once finished.
    [[nodiscard]] int index() const { return m_index; }
    [[nodiscard]] int stepCount() const { return int(m_steps.size()); }
    /// The step shown; only while not finished.
    [[nodiscard]] const SessionStep& current() const { return m_steps[std::size_t(m_index)]; }
    /// The item shown, or null on a content step (or once finished).
    [[nodiscard]] const Item* item() const;

    /// The learner's answer being put together; screens edit it while phase() is Step.
    [[nodiscard]] AnswerDraft& draft() { return m_draft; }
    [[nodiscard]] const AnswerDraft& draft() const { return m_draft; }
    /// True when an item waits for an answer and the draft holds something to check.
    [[nodiscard]] bool canCheck() const;
    /// Grades the draft, saves the answer and only then shows feedback. False (and nothing
    /// happens) when there was nothing to check.
    bool check();
    /// The graded answer while phase() is Feedback.
    [[nodiscard]] const std::optional<GradeResult>& result() const { return m_result; }
    /// Whether the last answer (or the lesson's completion) was saved.
    [[nodiscard]] bool saved() const { return m_saved; }
    /// Whether the one retry after "almost" was used on the step shown.
    [[nodiscard]] bool retried() const { return m_retried; }
    /// An almost-right answer may be tried once more.
    [[nodiscard]] bool canRetry() const;
    /// Back to the same item with the draft as the learner left it; the answer time restarts.
    void retry();
    /// Leaves the item shown unanswered, as when its clip cannot play: nothing is saved, the
    /// item leaves this session's score and is not a mistake, and next() goes on. False when
    /// no item waits for an answer.
    bool skip();
    /// Whether the step shown was skipped.
    [[nodiscard]] bool skipped() const { return m_skipped; }
    /// The next step, or finishing after the last one (a lesson then saves its score).
    void next();

    /// Shows step `stepId` at once, as a teacher previewing a course returns to the step being
    /// edited; false (and nothing changes) when the session has no such step.
    bool goTo(const std::string& stepId);

    /// The lesson's score so far (lessonScore() over the items of the lesson).
    [[nodiscard]] double score() const;
    [[nodiscard]] bool passed() const { return m_context.policy.passed(score()); }
    /// Item ids answered wrong or almost and not answered right since, in the order met.
    [[nodiscard]] const std::vector<std::string>& mistakes() const { return m_mistakes; }
    /// Milliseconds spent on the lesson: the answer times of earlier sessions of a resumed pass,
    /// and this session's time until now (or until it finished).
    [[nodiscard]] std::int64_t elapsedMs() const;
    [[nodiscard]] const SessionPolicy& policy() const { return m_context.policy; }

    /// The seed that orders the options and tokens of `step` for this session's learner.
    [[nodiscard]] std::string shuffleSeed(const SessionStep& step) const;

private:
    /// An item answered in an earlier session of the same pass: the answer that counts.
    struct EarlierAnswer
    {
        std::string response; ///< as stored (responseText)
        Outcome outcome = Outcome::Wrong;
        bool retried = false; ///< the one retry after "almost" was used
    };

    LessonSession(const SessionContext& context, std::vector<SessionStep> steps, std::string target,
                  const Lesson* lesson);
    /// Takes in the answers of the pass being resumed, oldest first.
    void restorePass(const std::vector<store::AttemptRecord>& attempts);
    /// Shows the earlier answer to the item on screen with its feedback; false when it no
    /// longer reads as an answer to that item (the course changed).
    bool showEarlierAnswer(const Item& item, const EarlierAnswer& earlier);
    void enterStep();
    void finish();

    SessionContext m_context;
    std::vector<SessionStep> m_steps;
    std::string m_target;
    const Lesson* m_lesson = nullptr;
    int m_index = 0;
    Phase m_phase = Phase::Step;
    AnswerDraft m_draft;
    std::optional<GradeResult> m_result;
    bool m_retried = false;
    bool m_skipped = false;
    bool m_saved = true;
    std::map<std::string, double> m_points;    ///< latest points per item id
    std::map<std::string, double> m_maxPoints; ///< every item of the session
    std::vector<std::string> m_mistakes;
    std::map<std::string, EarlierAnswer> m_earlier; ///< item id → answer of an earlier session
    std::int64_t m_earlierMs = 0;                   ///< answer time of the earlier sessions
    std::int64_t m_startedMs = 0;
    std::optional<std::int64_t> m_finishedMs;
    std::int64_t m_stepStartedMs = 0;
};

/// Steps a learner following `target` sees in `lesson`: everything without `lang`, and its own
/// variant.
[[nodiscard]] std::vector<SessionStep> visibleSteps(CourseEntry& course, const Lesson& lesson,
                                                    const std::string& target);

} // namespace kompis::core::session
