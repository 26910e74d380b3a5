#include "core/session/LessonSession.hpp"

#include "SessionTestSupport.hpp"

#include <catch2/catch.hpp>

using namespace kompis;
namespace session = kompis::core::session;
using Phase = session::LessonSession::Phase;

namespace
{

constexpr std::int64_t kLearner = 7;

struct Fixture
{
    test::FakeProgress progress;
    session::ManualClock clock;
    std::unique_ptr<session::CourseEntry> course = test::courseEntry(
        "svenska",
        {test::lessonSlot("l1", {test::textStep("intro"), test::choiceStep("q1"),
                                 test::gapStep("q2", "jobbar"),
                                 test::wordsStep("words", {"arbete"}), test::choiceStep("q3")})});

    [[nodiscard]] session::SessionContext context(session::SessionPolicy policy = {})
    {
        return {&progress, &clock, kLearner, policy};
    }
    [[nodiscard]] const core::LessonSlot& slot() const { return course->course()->lessons[0]; }
    session::LessonSession start(session::SessionPolicy policy = {})
    {
        auto s = session::LessonSession::startLesson(context(policy), *course, slot(), "sv");
        REQUIRE(s);
        return std::move(*s);
    }
};

/// Moves past content steps to the next item (or the end).
void toNextItem(session::LessonSession& s)
{
    while (!s.finished() && !s.item())
        s.next();
}

void answerChoice(session::LessonSession& s, int choice)
{
    s.draft().choices = {choice};
    REQUIRE(s.check());
}

} // namespace

TEST_CASE("a new lesson opens at its first step and saves that step as the place to resume")
{
    Fixture f;
    auto s = f.start();
    CHECK(s.index() == 0);
    CHECK(s.current().step->id == "intro");
    CHECK(s.phase() == Phase::Step);
    CHECK_FALSE(s.isReview());
    const auto row = f.progress.lessonProgress(kLearner, "svenska", "l1");
    CHECK(row.status == core::store::LessonStatus::InProgress);
    CHECK(row.resumeStep == 0);
    s.next();
    CHECK(f.progress.lessonProgress(kLearner, "svenska", "l1").resumeStep == 1);
}

TEST_CASE("an item cannot be passed by before it is checked, and an empty draft is not checked")
{
    Fixture f;
    auto s = f.start();
    toNextItem(s);
    REQUIRE(s.current().step->id == "q1");
    CHECK_FALSE(s.canCheck());
    CHECK_FALSE(s.check());
    s.next();
    CHECK(s.current().step->id == "q1");
    CHECK(f.progress.attempts.empty());
}

TEST_CASE("checking saves the answer first and then shows its feedback")
{
    Fixture f;
    auto s = f.start();
    toNextItem(s);
    f.clock.advance(std::chrono::seconds(20));
    answerChoice(s, 0);
    REQUIRE(f.progress.attempts.size() == 1);
    const auto& a = f.progress.attempts.front();
    CHECK(a.learnerId == kLearner);
    CHECK(a.courseId == "svenska");
    CHECK(a.courseVersion == "1.0.0");
    CHECK(a.lessonId == "l1");
    CHECK(a.itemId == "q1");
    CHECK(a.outcome == core::Outcome::Right);
    CHECK(a.points == Approx(1));
    CHECK(a.timeSpentMs == 20000);
    CHECK(a.timestamp == f.clock.unixSeconds());
    CHECK(s.phase() == Phase::Feedback);
    REQUIRE(s.result());
    CHECK(s.result()->outcome == core::Outcome::Right);
    CHECK(s.saved());
}

TEST_CASE("a right answer quicker than the fast-answer threshold is marked fast, a slower one not")
{
    Fixture f;
    session::SessionPolicy policy;
    policy.fastAnswer = std::chrono::seconds(5);
    auto s = f.start(policy);
    toNextItem(s);
    f.clock.advance(std::chrono::milliseconds(4999));
    answerChoice(s, 0);
    s.next();
    s.draft().texts = {"jobbar"};
    f.clock.advance(std::chrono::seconds(5));
    REQUIRE(s.check());
    REQUIRE(f.progress.attempts.size() == 2);
    CHECK(f.progress.attempts[0].fast);
    CHECK_FALSE(f.progress.attempts[1].fast);
}

TEST_CASE("an almost-right answer may be tried once more, keeping what the learner wrote")
{
    Fixture f;
    auto s = f.start();
    s.next();
    answerChoice(s, 0);
    s.next();
    REQUIRE(s.current().step->id == "q2");
    s.draft().texts = {"jobar"};
    REQUIRE(s.check());
    REQUIRE(s.result()->outcome == core::Outcome::Almost);
    REQUIRE(s.canRetry());
    f.clock.advance(std::chrono::seconds(3));
    s.retry();
    CHECK(s.phase() == Phase::Step);
    CHECK(s.draft().texts == std::vector<std::string>{"jobar"});
    CHECK_FALSE(s.result());
    REQUIRE(s.check());
    CHECK(s.result()->outcome == core::Outcome::Almost);
    CHECK_FALSE(s.canRetry());
    CHECK(f.progress.attempts.back().timeSpentMs == 0);
}

TEST_CASE("a wrong or a right answer offers no retry")
{
    Fixture f;
    auto s = f.start();
    toNextItem(s);
    answerChoice(s, 1);
    CHECK(s.result()->outcome == core::Outcome::Wrong);
    CHECK_FALSE(s.canRetry());
    s.retry();
    CHECK(s.phase() == Phase::Feedback);
}

TEST_CASE("a vocabulary step makes review cards for its words when it shows")
{
    Fixture f;
    auto s = f.start();
    s.next();
    answerChoice(s, 0);
    s.next();
    s.draft().texts = {"jobbar"};
    REQUIRE(s.check());
    CHECK(f.progress.metWords.empty());
    s.next();
    REQUIRE(s.current().step->id == "words");
    CHECK(f.progress.metWords == std::set<std::string>{"arbete"});
}

TEST_CASE("finishing a lesson saves its score, its time and whether it reached the pass mark")
{
    Fixture f;
    session::SessionPolicy policy;
    policy.passMark = 0.6;
    auto s = f.start(policy);
    toNextItem(s);
    answerChoice(s, 0); // q1 right
    s.next();
    s.draft().texts = {"sover"}; // q2 wrong
    REQUIRE(s.check());
    s.next();
    toNextItem(s);
    f.clock.advance(std::chrono::minutes(2));
    answerChoice(s, 1); // q3 wrong
    s.next();
    REQUIRE(s.finished());
    CHECK(s.score() == Approx(1.0 / 3));
    REQUIRE(f.progress.completions.size() == 1);
    const auto& done = f.progress.completions.front();
    CHECK(done.score == Approx(1.0 / 3));
    CHECK_FALSE(done.passed);
    CHECK(done.durationMs == 120000);
    CHECK(done.lessonId == "l1");
    CHECK(f.progress.lessonProgress(kLearner, "svenska", "l1").status ==
          core::store::LessonStatus::Done);
    CHECK(s.mistakes() == std::vector<std::string>{"q2", "q3"});
}

TEST_CASE("the pass mark comes from the policy: two thirds pass at 0.6 and fail at 0.7")
{
    for (const auto& [mark, passes] : {std::pair{0.6, true}, std::pair{0.7, false}})
    {
        Fixture f;
        session::SessionPolicy policy;
        policy.passMark = mark;
        auto s = f.start(policy);
        toNextItem(s);
        answerChoice(s, 0);
        s.next();
        s.draft().texts = {"jobbar"};
        REQUIRE(s.check());
        s.next();
        toNextItem(s);
        answerChoice(s, 1);
        s.next();
        REQUIRE(f.progress.completions.size() == 1);
        CHECK(f.progress.completions.front().passed == passes);
        CHECK(s.passed() == passes);
    }
}

TEST_CASE("a lesson left part-way resumes at the saved step with the points already earned")
{
    Fixture f;
    {
        auto s = f.start();
        toNextItem(s);
        answerChoice(s, 0);
        s.next(); // now at q2: the resume step is 2
    }
    f.clock.advance(std::chrono::hours(3));
    auto again = f.start();
    CHECK(again.index() == 2);
    CHECK(again.current().step->id == "q2");
    again.draft().texts = {"jobbar"};
    REQUIRE(again.check());
    again.next();
    toNextItem(again);
    answerChoice(again, 1);
    again.next();
    CHECK(again.score() == Approx(2.0 / 3));
}

TEST_CASE("answers older than the resume window no longer count when a lesson resumes")
{
    Fixture f;
    session::SessionPolicy policy;
    policy.resumeWindow = std::chrono::hours(1);
    {
        auto s = f.start(policy);
        toNextItem(s);
        answerChoice(s, 0);
        f.clock.advance(std::chrono::hours(2));
        s.next(); // saved at q2, two hours after q1 was answered
    }
    auto again = f.start(policy);
    REQUIRE(again.index() == 2);
    CHECK(again.score() == Approx(0));
}

TEST_CASE("a saved step past the end of a shorter lesson starts the lesson from the beginning")
{
    Fixture f;
    f.progress.setResumeStep(kLearner, "svenska", "l1", 99, f.clock.unixSeconds());
    auto s = f.start();
    CHECK(s.index() == 0);
}

TEST_CASE("when the store cannot save, the feedback still shows and says the answer is not saved")
{
    Fixture f;
    auto s = f.start();
    toNextItem(s);
    f.progress.failWrites = true;
    answerChoice(s, 0);
    CHECK(s.phase() == Phase::Feedback);
    CHECK(s.result()->outcome == core::Outcome::Right);
    CHECK_FALSE(s.saved());
}

TEST_CASE("the almost credit of the policy decides when a partly right answer is almost")
{
    auto entry = test::courseEntry("c", {test::lessonSlot("l", {test::multipleStep("m", 2, 1)})});
    for (const auto& [credit, expected] :
         {std::pair{0.5, core::Outcome::Almost}, std::pair{0.6, core::Outcome::Wrong}})
    {
        Fixture f; // a learner of their own: a resumed lesson would show the earlier answer
        session::SessionPolicy policy;
        policy.almostCredit = credit;
        auto s = session::LessonSession::startLesson(f.context(policy), *entry,
                                                     entry->course()->lessons[0], "sv");
        REQUIRE(s);
        s->draft().choices = {0}; // one of two right options
        REQUIRE(s->check());
        CHECK(s->result()->outcome == expected);
    }
}

TEST_CASE("a review saves answers but no lesson progress, and shows items only")
{
    Fixture f;
    const auto& steps = f.slot().lesson->steps;
    std::vector<session::SessionStep> picked{{&steps[0], "l1", f.course.get()},
                                             {&steps[4], "l1", f.course.get()}};
    auto s = session::LessonSession::startReview(f.context(), picked, "sv");
    REQUIRE(s);
    CHECK(s->isReview());
    REQUIRE(s->stepCount() == 1);
    CHECK(s->current().step->id == "q3");
    answerChoice(*s, 0);
    s->next();
    CHECK(s->finished());
    CHECK(f.progress.attempts.size() == 1);
    CHECK(f.progress.completions.empty());
    CHECK(f.progress.lessons.empty());
    CHECK_FALSE(session::LessonSession::startReview(f.context(), {}, "sv"));
}

TEST_CASE("an item answered right later leaves the list of mistakes")
{
    Fixture f;
    const auto& steps = f.slot().lesson->steps;
    std::vector<session::SessionStep> twice{{&steps[1], "l1", f.course.get()},
                                            {&steps[1], "l1", f.course.get()}};
    auto s = session::LessonSession::startReview(f.context(), twice, "sv");
    REQUIRE(s);
    answerChoice(*s, 1);
    CHECK(s->mistakes() == std::vector<std::string>{"q1"});
    s->next();
    answerChoice(*s, 0);
    CHECK(s->mistakes().empty());
}

TEST_CASE("a resumed word-order item shows its tokens in the order it had before")
{
    Fixture f;
    core::Item order;
    order.body = core::WordOrder{
        {{"jag", false}, {"börjar", false}, {"klockan", false}, {"sju", false}}, {{0, 1, 2, 3}}};
    auto entry = test::courseEntry(
        "c", {test::lessonSlot("l", {test::textStep("t"), core::Step{"wo", "", {}, order}})});
    const auto& slot = entry->course()->lessons[0];
    std::vector<int> before;
    {
        auto s = session::LessonSession::startLesson(f.context(), *entry, slot, "sv");
        REQUIRE(s);
        s->next();
        before = s->draft().tokenOrder;
    }
    f.clock.advance(std::chrono::hours(5));
    auto again = session::LessonSession::startLesson(f.context(), *entry, slot, "sv");
    REQUIRE(again);
    REQUIRE(again->current().step->id == "wo");
    CHECK(again->draft().tokenOrder == before);
    CHECK(before != std::vector<int>{0, 1, 2, 3});
}

TEST_CASE("a lesson with no step for the variant followed does not start")
{
    Fixture f;
    auto entry =
        test::courseEntry("c", {test::lessonSlot("l", {test::textStep("nb", "nb")})}, {"sv", "nb"});
    CHECK_FALSE(session::LessonSession::startLesson(f.context(), *entry,
                                                    entry->course()->lessons[0], "sv"));
    CHECK(session::LessonSession::startLesson(f.context(), *entry, entry->course()->lessons[0],
                                              "nb"));
}

TEST_CASE("a learner following one variant of a parallel course skips steps written for the other")
{
    core::Lesson lesson;
    lesson.id = "l";
    for (const auto& [id, lang] : std::vector<std::pair<std::string, std::string>>{
             {"both", ""}, {"sv-only", "sv"}, {"nb-only", "nb"}})
    {
        core::Step s;
        s.id = id;
        s.lang = lang;
        s.body = core::TextStep{};
        lesson.steps.push_back(s);
    }
    session::CourseEntry entry;
    const auto steps = session::visibleSteps(entry, lesson, "nb");
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].step->id == "both");
    CHECK(steps[1].step->id == "nb-only");
}

TEST_CASE("a skipped item saves no attempt, is no mistake and leaves the lesson's score")
{
    Fixture f;
    auto s = f.start();
    toNextItem(s);
    REQUIRE(s.current().step->id == "q1");
    REQUIRE(s.skip());
    CHECK(s.skipped());
    CHECK(s.phase() == Phase::Feedback);
    CHECK_FALSE(s.result());
    CHECK_FALSE(s.canRetry());
    CHECK_FALSE(s.skip()); // once is enough
    s.next();
    CHECK_FALSE(s.skipped());
    s.draft().texts = {"jobbar"}; // q2 right
    REQUIRE(s.check());
    s.next();
    toNextItem(s);
    answerChoice(s, 1); // q3 wrong
    s.next();
    REQUIRE(s.finished());
    CHECK(f.progress.attempts.size() == 2);
    for (const auto& a : f.progress.attempts)
        CHECK(a.itemId != "q1");
    CHECK(s.score() == Approx(0.5)); // one of the two answered, not one of three
    CHECK(s.mistakes() == std::vector<std::string>{"q3"});
}

TEST_CASE("a content step and a checked item cannot be skipped")
{
    Fixture f;
    auto s = f.start();
    CHECK_FALSE(s.skip()); // the text step
    toNextItem(s);
    answerChoice(s, 0);
    CHECK_FALSE(s.skip());
    CHECK_FALSE(s.skipped());
}

TEST_CASE("an item answered before the player closed shows that answer and its feedback again, and "
          "cannot be answered a second time")
{
    Fixture f;
    {
        auto s = f.start();
        toNextItem(s);
        answerChoice(s, 0); // closed on the feedback of q1
    }
    auto again = f.start();
    REQUIRE(again.current().step->id == "q1");
    CHECK(again.phase() == Phase::Feedback);
    REQUIRE(again.result());
    CHECK(again.result()->outcome == core::Outcome::Right);
    CHECK(again.draft().choices == std::vector<int>{0});
    CHECK_FALSE(again.canCheck());
    CHECK_FALSE(again.check());
    CHECK(f.progress.attempts.size() == 1);
    again.next();
    CHECK(again.current().step->id == "q2");
    CHECK(again.phase() == Phase::Step);
}

TEST_CASE("after a resume the first answer counts: an item answered wrong stays wrong")
{
    Fixture f;
    {
        auto s = f.start();
        toNextItem(s);
        answerChoice(s, 1);
    }
    auto again = f.start();
    REQUIRE(again.current().step->id == "q1");
    CHECK(again.result()->outcome == core::Outcome::Wrong);
    CHECK_FALSE(again.canRetry());
    CHECK(again.mistakes() == std::vector<std::string>{"q1"});
    again.next();
    again.draft().texts = {"jobbar"};
    REQUIRE(again.check());
    again.next();
    toNextItem(again);
    answerChoice(again, 0);
    again.next();
    REQUIRE(again.finished());
    CHECK(again.score() == Approx(2.0 / 3));
    CHECK(f.progress.completions.back().score == Approx(2.0 / 3));
}

TEST_CASE("an almost-right answer left before its retry may be retried once after a resume, and "
          "the retry is what counts")
{
    Fixture f;
    {
        auto s = f.start();
        toNextItem(s);
        answerChoice(s, 0);
        s.next();
        s.draft().texts = {"jobar"};
        REQUIRE(s.check());
    }
    {
        auto again = f.start();
        REQUIRE(again.current().step->id == "q2");
        CHECK(again.result()->outcome == core::Outcome::Almost);
        CHECK(again.draft().texts == std::vector<std::string>{"jobar"});
        REQUIRE(again.canRetry());
        again.retry();
        again.draft().texts = {"jobbar"};
        REQUIRE(again.check());
        CHECK(again.result()->outcome == core::Outcome::Right);
    }
    auto third = f.start();
    REQUIRE(third.current().step->id == "q2");
    CHECK(third.result()->outcome == core::Outcome::Right);
    CHECK(third.draft().texts == std::vector<std::string>{"jobbar"});
    CHECK_FALSE(third.canRetry());
    CHECK(third.mistakes().empty());
    CHECK(f.progress.attempts.size() == 3);
}

TEST_CASE("the time and the mistakes of a lesson cover every session of the pass")
{
    Fixture f;
    {
        auto s = f.start();
        toNextItem(s);
        f.clock.advance(std::chrono::seconds(20));
        answerChoice(s, 1);
        s.next();
    }
    f.clock.advance(std::chrono::hours(1));
    auto again = f.start();
    REQUIRE(again.current().step->id == "q2");
    f.clock.advance(std::chrono::seconds(10));
    again.draft().texts = {"jobbar"};
    REQUIRE(again.check());
    again.next();
    toNextItem(again);
    f.clock.advance(std::chrono::seconds(5));
    answerChoice(again, 0);
    again.next();
    REQUIRE(again.finished());
    CHECK(again.elapsedMs() == 35000);
    CHECK(f.progress.completions.back().durationMs == 35000);
    CHECK(again.mistakes() == std::vector<std::string>{"q1"});
}

TEST_CASE("a finished lesson's time stops at the end, however long its results stay open")
{
    Fixture f;
    auto s = f.start();
    while (!s.finished())
    {
        if (s.item())
        {
            if (s.draft().texts.empty())
                s.draft().choices = {0};
            else
                s.draft().texts = {"jobbar"};
            REQUIRE(s.check());
        }
        f.clock.advance(std::chrono::seconds(1));
        s.next();
    }
    const auto atEnd = s.elapsedMs();
    f.clock.advance(std::chrono::minutes(10));
    CHECK(s.elapsedMs() == atEnd);
}

TEST_CASE("a course's own pass mark decides whether a finished lesson passed")
{
    Fixture f;
    auto strict = *f.course->course();
    strict.passMark = 0.9;
    auto s = f.start(session::SessionPolicy::forCourse(strict));
    toNextItem(s);
    answerChoice(s, 0);
    s.next();
    s.draft().texts = {"jobbar"};
    REQUIRE(s.check());
    s.next();
    toNextItem(s);
    answerChoice(s, 1);
    s.next();
    REQUIRE(s.finished());
    CHECK(s.score() == Approx(2.0 / 3));
    CHECK_FALSE(f.progress.completions.back().passed);
    CHECK(session::SessionPolicy::forCourse(strict).passMark == Approx(0.9));
    CHECK(session::SessionPolicy{}.passed(0.1 + 0.2 + 0.3)); // 0.6000000000000001 and 0.6 alike
}

TEST_CASE("a preview goes straight to the step being edited, and stays put for a step it lacks")
{
    Fixture f;
    auto s = f.start();
    CHECK(s.goTo("q2"));
    CHECK(s.current().step->id == "q2");
    CHECK(s.phase() == Phase::Step);
    CHECK(f.progress.lessonProgress(kLearner, "svenska", "l1").resumeStep == 2);
    CHECK_FALSE(s.goTo("gone"));
    CHECK(s.current().step->id == "q2");
}
