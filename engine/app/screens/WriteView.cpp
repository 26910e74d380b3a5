// A writing task: the situation, a field for the message, then the model answer and the
// checklist to tick, with the automatic checks shown as hints. Checking saves the text and the
// ticks; no machine calls a message right or wrong.
#include "app/Shell.hpp"
#include "app/screens/LessonScreen.hpp"
#include "core/grading/Checklist.hpp"
#include "core/util/UtcTime.hpp"

#include <algorithm>

namespace kompis::app
{
namespace
{

// Room for a sick-leave message or a short application (about a page), and about seven lines in
// view: the learner sees a whole short message at once.
constexpr std::size_t kMaxLetters = 1500;
constexpr int kLinesShown = 7;

} // namespace

OpenItemState& LessonScreen::openItem(const std::string& itemId, bool readVersions)
{
    if (m_open.itemId != itemId)
    {
        (void)m_open.recorder.stop();
        m_open.itemId = itemId;
        m_open.earlier.clear();
        m_open.modelShown = false;
        m_open.take.clear();
        m_open.noMicrophone = m_open.silentTake = m_open.ownAfterModel = false;
        // Read once when the item appears, not on every frame.
        const auto& learner = m_shell.learner();
        const core::Course* course = m_run.current().course->course();
        if (readVersions && learner && course)
            m_open.earlier = m_shell.store().writtenVersions(learner->id, course->id, itemId);
    }
    return m_open;
}

void LessonScreen::writeTask(const core::WriteTask& body, const std::string& itemId)
{
    ui::Gui& gui = m_shell.gui();
    AnswerDraft& d = m_run.draft();
    OpenItemState& state = openItem(itemId, true);
    if (d.texts.empty())
        d.texts.assign(1, "");
    std::string& text = d.texts.front();
    gui.text(m_shell.instr(body.situation), ui::styles::reading);
    if (answering())
    {
        gui.textArea("answer", text, kLinesShown, kMaxLetters, m_shell.tr("write.placeholder"));
        gui.text(m_shell.tr("write.keys"), ui::styles::fine);
        letterButtons();
    }
    else
        gui.text(text, ui::styles::given);

    const bool wrote = d.ready(*m_run.item());
    if (!state.modelShown && answering())
    {
        // Ctrl+Enter in the message (or Enter outside it) means "I have written it": the model
        // and the checklist come next, as with the button; the next one checks.
        if (wrote && gui.takeKey(sf::Keyboard::Enter))
            state.modelShown = true;
        // The model comes after the learner's own try, never before.
        if (gui.button("show-model", m_shell.tr("write.compare"),
                       {wrote ? ui::Look::Primary : ui::Look::Secondary, 0, 0, true, {}, -1}) &&
            wrote)
            state.modelShown = true;
    }
    else
    {
        // The model and the checklist appear below the message: scroll to them once.
        if (answering())
            gui.revealOnce("model-" + itemId);
        if (!body.modelAnswer.empty())
        {
            gui.text(m_shell.tr("write.model"), ui::styles::section);
            gui.text(body.modelAnswer, ui::styles::reading);
        }
        gui.text(m_shell.tr("write.checklist"), ui::styles::section);
        const std::string lang = m_run.target().empty() ? std::string("sv") : m_run.target();
        const auto hints = core::grading::checklistHints(body, text, lang);
        for (std::size_t i = 0; i < body.checklist.size(); ++i)
        {
            const int idx = int(i);
            const bool ticked = std::find(d.ticked.begin(), d.ticked.end(), idx) != d.ticked.end();
            const std::string label =
                (ticked ? "\xE2\x9C\x93  " : "    ") + m_shell.instr(body.checklist[i].text);
            if (gui.button("point-" + std::to_string(i + 1), label,
                           {ticked ? ui::Look::Selected : ui::Look::Option, -1, 0, true, {}, -1}) &&
                answering())
            {
                if (ticked)
                    std::erase(d.ticked, idx);
                else
                    d.ticked.push_back(idx);
            }
            if (hints[i])
                gui.text(m_shell.tr(*hints[i] ? "write.hint-found" : "write.hint-missing"),
                         ui::styles::hint);
        }
    }
    if (!state.earlier.empty())
    {
        gui.text(m_shell.tr("write.earlier"), ui::styles::section);
        // Newest first: the last try is the one the learner wants to improve on.
        for (auto v = state.earlier.rbegin(); v != state.earlier.rend(); ++v)
        {
            gui.text(core::util::formatIsoUtc(v->timestamp).substr(0, 10), ui::styles::fine);
            gui.text(v->text, ui::styles::note);
        }
    }
}

} // namespace kompis::app
