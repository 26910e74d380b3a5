// The lesson screen's feedback card after checking: right, almost or wrong, the expected answer,
// what differs, and the author's explanation.
#include "app/Shell.hpp"
#include "app/screens/LessonScreen.hpp"

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
    case core::Outcome::Wrong:
        break;
    }
    return "feedback.wrong";
}

/// The author's feedback says an anticipated mistake better; marked options already show which
/// choices were wrong or missing.
bool worthSaying(const core::Difference& diff, const core::Item& item)
{
    const bool choice = std::holds_alternative<core::SingleChoice>(item.body) ||
                        std::holds_alternative<core::ListenChoose>(item.body) ||
                        std::holds_alternative<core::TrueFalse>(item.body);
    return diff.kind != core::DifferenceKind::AnticipatedMistake &&
           !(choice && (diff.kind == core::DifferenceKind::WrongPart ||
                        diff.kind == core::DifferenceKind::MissingPart));
}

} // namespace

void LessonScreen::feedback(const core::Item& item)
{
    if (!m_run.result())
        return;
    ui::Gui& gui = m_shell.gui();
    const core::GradeResult& r = *m_run.result();
    const ui::Ink ink = outcomeInk(r.outcome);
    gui.space(6);
    gui.beginCard(gui.colour(ink));
    gui.text(m_shell.tr(outcomeKey(r.outcome)), {1.4f, true, ink});
    if (r.outcome != core::Outcome::Right && !r.expected.empty())
        gui.text(m_shell.tr("feedback.expected", {{"answer", r.expected}}), ui::styles::given);
    static const char* kinds[] = {"diff.nordic-letter",  "diff.typo",        "diff.case",
                                  "diff.other-standard", "diff.mistake",     "diff.wrong-order",
                                  "diff.wrong-part",     "diff.missing-part"};
    for (const auto& diff : r.differences)
        if (worthSaying(diff, item))
            gui.text(m_shell.tr(kinds[int(diff.kind)], {{"expected", diff.expected},
                                                        {"given", diff.given},
                                                        {"part", double(diff.part + 1)}}),
                     ui::styles::body);
    const std::string said = m_shell.instr(r.feedback);
    if (!said.empty())
        gui.text(said, ui::styles::body);
    if (const auto* tf = std::get_if<core::TrueFalse>(&item.body); tf && !tf->explanation.empty())
        gui.text(m_shell.instr(tf->explanation), ui::styles::note);
    if (!m_run.saved())
        gui.text(m_shell.tr("feedback.not-saved"), ui::styles::smallError);
    gui.endCard();
}

} // namespace kompis::app
