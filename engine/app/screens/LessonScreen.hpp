#pragma once

#include "app/LessonRun.hpp"
#include "app/screens/Screen.hpp"
#include "ui/Gui.hpp"

#include <string>

namespace kompis::app
{

/// A lesson (or a review run) one step at a time: the step's content, the item's answer
/// widgets, the feedback after checking. Each kind of step and item has its own view function
/// (StepViews.cpp, ItemViews.cpp); this file has the frame and the flow between steps.
class LessonScreen : public Screen
{
public:
    LessonScreen(Shell& shell, LessonRun run)
        : Screen(shell)
        , m_run(std::move(run))
    {
    }
    [[nodiscard]] const char* name() const override { return "lesson"; }
    [[nodiscard]] std::string detail() const override;
    void open() override;
    void build() override;
    /// The run shown (a preview reload reopens its lesson at its step).
    [[nodiscard]] const LessonRun& run() const { return m_run; }

private:
    // The flow
    void nextStep();
    void checkAnswer();
    void retry();
    void finish();
    void close();
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
    void letterButtons();
    [[nodiscard]] bool answering() const { return m_run.phase == LessonRun::Phase::Step; }
    [[nodiscard]] ui::Look optionLook(bool picked, bool correct) const;

    // Feedback (FeedbackView.cpp)
    void feedback(const core::Item& item);

    LessonRun m_run;
    std::string m_openTerm; ///< "step id/glossary id" of the term whose meaning is open
};

} // namespace kompis::app
