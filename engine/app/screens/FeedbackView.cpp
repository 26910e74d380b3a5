// The lesson screen's feedback card after checking: right, almost or wrong, the expected answer,
// what differs, and the author's explanation.
#include "app/Shell.hpp"
#include "app/screens/LessonScreen.hpp"
#include "core/session/ChoiceShuffle.hpp"
#include "core/speech/Quotes.hpp"
#include "ui/gui/QuotedEnd.hpp"

#include <algorithm>

namespace kompis::app
{
namespace
{

ui::Ink outcomeInk(core::Outcome outcome)
{
    switch (outcome)
    {
    case core::Outcome::Right:
        return ui::Ink::Right;
    case core::Outcome::Almost:
        return ui::Ink::Almost;
    case core::Outcome::Done:
        return ui::Ink::Accent;
    case core::Outcome::Wrong:
        break;
    }
    return ui::Ink::Wrong;
}

const char* outcomeKey(core::Outcome outcome)
{
    switch (outcome)
    {
    case core::Outcome::Right:
        return "feedback.right";
    case core::Outcome::Almost:
        return "feedback.almost";
    case core::Outcome::Done:
        return "feedback.done";
    case core::Outcome::Wrong:
        break;
    }
    return "feedback.wrong";
}

/// The author's feedback says an anticipated mistake better; marked options (and, for multiple
/// choice, the ticked and missed lines) already show which choices were wrong or missing.
bool worthSaying(const core::Difference& diff, const core::Item& item)
{
    const bool choice = std::holds_alternative<core::SingleChoice>(item.body) ||
                        std::holds_alternative<core::MultipleChoice>(item.body) ||
                        std::holds_alternative<core::ListenChoose>(item.body) ||
                        std::holds_alternative<core::TrueFalse>(item.body);
    return diff.kind != core::DifferenceKind::AnticipatedMistake &&
           !(choice && (diff.kind == core::DifferenceKind::WrongPart ||
                        diff.kind == core::DifferenceKind::MissingPart));
}

/// ✓, ≈ or ✗ before the outcome: it is said by a mark as well as by colour.
const char* outcomeMark(core::Outcome outcome)
{
    switch (outcome)
    {
    case core::Outcome::Right:
        return "✓ ";
    case core::Outcome::Almost:
        return "≈ ";
    case core::Outcome::Done: // a message written or a try spoken: nothing to mark wrong
        return "✓ ";
    case core::Outcome::Wrong:
        break;
    }
    return "✗ ";
}

/// Whether a difference has the words its message quotes: a line with empty quotes (“”) says
/// nothing to the learner.
bool hasWords(const core::Difference& diff)
{
    switch (diff.kind)
    {
    case core::DifferenceKind::NordicLetter:
        return !diff.expected.empty() && !diff.given.empty();
    case core::DifferenceKind::AnticipatedMistake:
        return !diff.given.empty();
    case core::DifferenceKind::MissingPart:
        return true;
    default:
        return !diff.expected.empty();
    }
}

/// Options of a multiple choice by index, joined for one line.
std::string optionList(const std::vector<std::string>& texts)
{
    std::string out;
    for (const std::string& text : texts)
        out += (out.empty() ? "" : " · ") + text;
    return out;
}

} // namespace

void LessonScreen::feedback(const core::Item& item)
{
    ui::Gui& gui = m_shell.gui();
    if (!m_run.result())
    {
        if (skipped())
        {
            gui.space(6);
            gui.beginCard();
            const std::string skippedText = m_shell.tr("feedback.skipped");
            gui.text(skippedText, ui::styles::body);
            readAloudButton(m_shell, "read-feedback",
                            {{skippedText, m_shell.messages().language()}});
            gui.endCard();
        }
        return;
    }
    // On a low window the card appears below the fold: bring it into view once per check.
    gui.revealOnce("feedback/" + std::to_string(m_run.index()) + "/" + m_run.current().step->id +
                   (m_run.retried() ? "/retry" : ""));
    const core::GradeResult& r = *m_run.result();
    const ui::Ink ink = outcomeInk(r.outcome);
    gui.space(6);
    gui.beginCard(gui.colour(ink));
    const std::string verdict = m_shell.tr(outcomeKey(r.outcome));
    gui.text(outcomeMark(r.outcome) + verdict, {1.4f, true, ink});
    readFeedbackAloud(item, verdict);
    // A message or a spoken try has no right answer to show: its model is shown in the item.
    const bool judged = !std::holds_alternative<core::WriteTask>(item.body) &&
                        !std::holds_alternative<core::SpeakAloud>(item.body);
    std::string expected = r.expected;
    // The grader says true and false in English; the learner reads them as the buttons say them.
    if (const auto* tf = std::get_if<core::TrueFalse>(&item.body))
        expected = m_shell.tr(tf->answer ? "lesson.true" : "lesson.false");
    if (judged && r.outcome != core::Outcome::Right && !expected.empty())
        gui.text(m_shell.tr("feedback.expected", {{"answer", expected}}), ui::styles::given);
    static const char* kinds[] = {"diff.nordic-letter",  "diff.typo",        "diff.case",
                                  "diff.other-standard", "diff.mistake",     "diff.wrong-order",
                                  "diff.wrong-part",     "diff.missing-part"};
    for (const auto& diff : r.differences)
        if (worthSaying(diff, item) && hasWords(diff))
            gui.text(ui::withoutDoubledStop(
                         m_shell.tr(kinds[int(diff.kind)], {{"expected", diff.expected},
                                                            {"given", diff.given},
                                                            {"part", double(diff.part + 1)}})),
                     ui::styles::body);
    if (const auto* many = std::get_if<core::MultipleChoice>(&item.body))
        choiceFeedback(*many);
    if (const auto* order = std::get_if<core::WordOrder>(&item.body);
        order && r.outcome != core::Outcome::Right)
        wordOrderFeedback(*order, r);
    const std::string said = m_shell.instr(r.feedback);
    if (!said.empty())
        gui.text(said, ui::styles::body);
    // The grader may already have joined the explanation to the feedback: say it once.
    if (const auto* tf = std::get_if<core::TrueFalse>(&item.body); tf && !tf->explanation.empty())
        if (const std::string why = m_shell.instr(tf->explanation);
            said.find(why) == std::string::npos)
            gui.text(why, ui::styles::note);
    if (!m_run.saved())
        gui.text(m_shell.tr("feedback.not-saved"), ui::styles::smallError);
    gui.endCard();
}

void LessonScreen::readFeedbackAloud(const core::Item& item, const std::string& verdict)
{
    // The verdict and the author's words, each in its own language. Lines quoting the learner's
    // or the expected answer are left out, and the words the author quotes are said by the
    // course's voice: no interface voice should read Swedish or Norwegian.
    const std::string ui = m_shell.messages().language();
    std::string course = m_run.target();
    if (const core::Course* model = stepCourse();
        course.empty() && model && !model->targets.empty())
        course = model->targets.front();
    std::vector<Spoken> parts{{verdict, ui}};
    const auto authorsWords = [&](const core::ShownText& shown)
    {
        for (const auto& span : core::speech::splitQuoted(shown.text))
            parts.push_back({span.text, span.quoted && !course.empty() ? course : shown.lang});
    };
    const core::ShownText said = m_shell.instrWithLang(m_run.result()->feedback);
    authorsWords(said);
    if (const auto* tf = std::get_if<core::TrueFalse>(&item.body); tf && !tf->explanation.empty())
        if (const core::ShownText why = m_shell.instrWithLang(tf->explanation);
            said.text.find(why.text) == std::string::npos)
            authorsWords(why);
    readAloudButton(m_shell, "read-feedback", parts);
}

void LessonScreen::choiceFeedback(const core::MultipleChoice& body)
{
    const std::vector<int>& picked = m_run.draft().choices;
    std::vector<std::string> wrongTicks, missed;
    for (std::size_t i = 0; i < body.options.size(); ++i)
    {
        const bool ticked = std::find(picked.begin(), picked.end(), int(i)) != picked.end();
        if (ticked && !body.options[i].correct)
            wrongTicks.push_back(target(body.options[i].text));
        else if (!ticked && body.options[i].correct)
            missed.push_back(target(body.options[i].text));
    }
    ui::Gui& gui = m_shell.gui();
    if (!wrongTicks.empty())
        gui.text(m_shell.tr("feedback.ticked-wrong", {{"options", optionList(wrongTicks)}}),
                 ui::styles::body);
    if (!missed.empty())
        gui.text(m_shell.tr("feedback.missed", {{"options", optionList(missed)}}),
                 ui::styles::body);
}

void LessonScreen::wordOrderFeedback(const core::WordOrder& body, const core::GradeResult& r)
{
    // Which word stands in the wrong place and which does not belong, not only "wrong".
    const std::vector<int>& placed = m_run.draft().placed;
    std::vector<std::string> misplaced, extra, leftOut;
    for (std::size_t k = 0; k < placed.size() && k < r.tokenPlaces.size(); ++k)
    {
        const auto& token = body.tokens[std::size_t(placed[k])];
        if (r.tokenPlaces[k] == core::TokenPlace::Misplaced)
            misplaced.push_back(core::session::shownTokenText(token));
        else if (r.tokenPlaces[k] == core::TokenPlace::NotInSentence)
            extra.push_back(core::session::shownTokenText(token));
    }
    for (const int token : r.tokensLeftOut)
        leftOut.push_back(core::session::shownTokenText(body.tokens[std::size_t(token)]));
    ui::Gui& gui = m_shell.gui();
    if (!misplaced.empty())
        gui.text(m_shell.tr("feedback.misplaced", {{"words", optionList(misplaced)}}),
                 ui::styles::body);
    if (!extra.empty())
        gui.text(m_shell.tr("feedback.not-in-sentence", {{"words", optionList(extra)}}),
                 ui::styles::body);
    if (!leftOut.empty())
        gui.text(m_shell.tr("feedback.left-out", {{"words", optionList(leftOut)}}),
                 ui::styles::body);
}

} // namespace kompis::app
