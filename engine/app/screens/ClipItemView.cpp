// Dictation and listening items without sound: a learner on a PC without speakers, or with a
// clip that will not play, must not be shown the answer to copy, nor be marked wrong for it.
#include "app/Shell.hpp"
#include "app/screens/LessonScreen.hpp"

namespace kompis::app
{

void LessonScreen::itemClip(const core::AudioRef& audio, const std::string& itemId,
                            const char* field)
{
    ui::Gui& gui = m_shell.gui();
    const Shell::ClipState clip =
        m_shell.audioButton(m_run.current().course, audio, "audio-" + itemId, !answering());
    if (!answering())
        return;
    // After Listen the learner writes what was heard: the field, not the button, has the focus.
    if (clip.clicked && *field)
        gui.focus(field);
    if (!clip.cannotPlay)
        return;
    gui.text(m_shell.tr("lesson.skip-hint"), ui::styles::hint);
    if (gui.button("skip", m_shell.tr("lesson.skip"), {ui::Look::Secondary}))
        skip();
}

void LessonScreen::skip()
{
    // Not an attempt (the session keeps nothing and scores over the items answered), so the
    // item stays new or due for next time.
    if (!m_run.skip())
        return;
    m_shell.audio().stop();
    m_shell.gui().focus("");
}

} // namespace kompis::app
