#pragma once

#include "app/screens/OpenItemState.hpp"
#include "app/screens/Screen.hpp"
#include "core/session/LessonSession.hpp"
#include "ui/Gui.hpp"

#include <memory>
#include <string>
#include <vector>

namespace kompis::app
{

using core::session::AnswerDraft;
using core::session::CourseEntry;

/// A lesson (or a review) one step at a time: the step's content, the item's answer widgets,
/// the feedback after checking. The rules are the session's (`core::session::LessonSession`);
/// this screen shows its state and calls its actions. Each kind of step and item has its own
/// view function (StepViews.cpp, ItemViews.cpp); this file has the frame and the footer.
class LessonScreen : public Screen
{
public:
    LessonScreen(Shell& shell, core::session::LessonSession session)
        : Screen(shell)
        , m_run(std::move(session))
    {
    }
    /// The screen for `slot` of `course`, resuming where the learner left it (or at `stepId`
    /// when given and found: a preview); null when no one is signed in or the lesson shows no
    /// step in the variant followed.
    static std::unique_ptr<LessonScreen> forLesson(Shell& shell, CourseEntry& course,
                                                   const core::LessonSlot& slot,
                                                   const std::string& stepId = {});
    /// The screen for a review of `steps`; null when there is no item to review.
    static std::unique_ptr<LessonScreen> forReview(Shell& shell,
                                                   std::vector<core::session::SessionStep> steps);

    [[nodiscard]] const char* name() const override { return "lesson"; }
    [[nodiscard]] std::string detail() const override;
    void open() override;
    void build() override;
    /// The run shown (a preview reload reopens its lesson at its step).
    [[nodiscard]] const core::session::LessonSession& run() const { return m_run; }

private:
    // The flow
    /// Focus and scroll for the step the session shows.
    void showStep();
    void nextStep();
    void checkAnswer();
    void retry();
    /// Gives the item's first text field the focus (after a new step and after Try again).
    void focusAnswerField();
    void close();
    /// A written message the learner has not yet checked (and so not saved).
    [[nodiscard]] bool unsavedMessage() const;
    /// Asks before closing over an unsaved message; true while the question is shown.
    bool askBeforeClosing();
    void footer(const core::Item* item);

    // Step views (StepViews.cpp)
    void stepContent(const core::Step& step);
    void textStep(const core::Step& step, const core::TextStep& body);
    void dialogueStep(const core::Step& step, const core::DialogueStep& body);
    void vocabularyStep(const core::VocabularyStep& body);
    void wordCard(const core::VocabularyEntry& word, const core::VocabularyEntry* partner,
                  bool labelled);
    void tipStep(const core::TipStep& body);
    void imageStep(const core::ImageStep& body);
    /// The "compare with …" switch on the steps of a parallel course.
    void compareSwitch();
    /// In a parallel course, the variant the learner does not follow ("" otherwise).
    [[nodiscard]] std::string otherVariant() const;
    /// Whether text, dialogue and word steps show the other variant too (per course).
    [[nodiscard]] bool comparing() const;
    [[nodiscard]] const core::Course* stepCourse() const;
    [[nodiscard]] std::string target(const core::LocalText& text) const;

    // Item views (ItemViews.cpp)
    void item(const core::Item& item, const std::string& itemId);
    void choiceList(const std::vector<core::ChoiceOption>& options, bool many, int number);
    void trueFalse(const core::TrueFalse& body, int number);
    void gapFill(const core::GapFill& body);
    void wordBank(const core::GapFill& body);
    void dictation(const core::Dictation& body, const std::string& itemId);
    void wordOrder(const core::WordOrder& body, int number);
    void matchPairs(const core::MatchPairs& body, int number);
    void pickMeaning(int right);
    // Items no machine grades and picture options (WriteView, SpeakView, PictureOptionsView)
    OpenItemState& openItem(const std::string& itemId, bool readVersions);
    void writeTask(const core::WriteTask& body, const std::string& itemId);
    void speakAloud(const core::SpeakAloud& body, const std::string& itemId);
    /// Picks option `index` (single) or toggles it (`many`).
    void pickOption(int index, bool many);
    static bool hasPictureOptions(const std::vector<core::ChoiceOption>& options);
    void pictureOptions(const std::vector<core::ChoiceOption>& options, bool many, int number);
    void letterButtons();
    [[nodiscard]] bool answering() const
    {
        return m_run.phase() == core::session::LessonSession::Phase::Step;
    }
    [[nodiscard]] ui::Look optionLook(bool picked, bool correct) const;

    // The clip of a dictation or listening item (ClipItemView.cpp)
    /// Listen buttons; when the clip cannot play, a Skip offer instead of the transcript until
    /// the item is answered. `field` takes the focus after Listen ("" for none).
    void itemClip(const core::AudioRef& audio, const std::string& itemId, const char* field);
    /// Leaves the item unanswered: nothing saved, not scored, shown again another time.
    void skip();
    [[nodiscard]] bool skipped() const { return m_run.skipped(); }

    // Feedback (FeedbackView.cpp)
    void feedback(const core::Item& item);
    /// The feedback card's read-aloud button: its verdict and the author's words.
    void readFeedbackAloud(const core::Item& item, const std::string& verdict);
    /// "Ticked but not right: …" and "Right but not ticked: …" for a multiple choice.
    void choiceFeedback(const core::MultipleChoice& body);
    /// "In the wrong place: …", "Not in this sentence: …", "Missing: …" for a word order.
    void wordOrderFeedback(const core::WordOrder& body, const core::GradeResult& r);

    core::session::LessonSession m_run;
    std::string m_openTerm;       ///< "step id/glossary id" of the term whose meaning is open
    OpenItemState m_open;         ///< the write or speak item on screen
    bool m_askingToClose = false; ///< "close and lose the message?" is on screen
};

} // namespace kompis::app
