// A speaking item: hear the model, record yourself, play both, rate your own try. Without a
// microphone (or with a silent one) the item says so and can be skipped at no cost: it earns
// no points either way, and a skipped item saves no answer.
#include "app/Shell.hpp"
#include "app/screens/LessonScreen.hpp"

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace kompis::app
{
namespace
{

/// The learner's take as Ogg Vorbis bytes, also kept in their recordings folder (replaced by
/// the next take of the same item). Saving is best effort: playback uses the bytes.
std::string keepTake(const core::PcmAudio& take, const std::filesystem::path& folder,
                     const std::string& itemId)
{
    const auto scratch = std::filesystem::temp_directory_path() /
                         ("kompis-take-" + std::to_string(::getpid()) + ".ogg");
    if (!core::encodeAudioFile(scratch.string(), take, core::AudioFileFormat::OggVorbis).empty())
        return {};
    std::ifstream in(scratch, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    in.close();
    std::error_code ignored;
    if (!folder.empty())
    {
        std::filesystem::create_directories(folder, ignored);
        std::filesystem::permissions(folder, std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::replace, ignored);
        std::filesystem::copy_file(scratch, folder / (itemId + ".ogg"),
                                   std::filesystem::copy_options::overwrite_existing, ignored);
    }
    std::filesystem::remove(scratch, ignored);
    return bytes;
}

} // namespace

void LessonScreen::speakAloud(const core::SpeakAloud& body, const std::string& itemId)
{
    ui::Gui& gui = m_shell.gui();
    AnswerDraft& d = m_run.draft();
    OpenItemState& state = openItem(itemId, false);
    gui.text(target(core::LocalText::single(body.model.lang, body.model.transcript)),
             ui::styles::statement);
    m_shell.audioButton(m_run.current().course, body.model, "audio-" + itemId);
    const std::string ownKey = "own-" + itemId;
    // "Play both": the learner's take starts when the model has ended.
    if (state.ownAfterModel && !m_shell.audio().anyPlaying())
    {
        state.ownAfterModel = false;
        m_shell.audio().play(ownKey, state.take);
    }
    if (!answering())
        return;

    if (state.noMicrophone || state.silentTake)
        gui.text(m_shell.tr(state.noMicrophone ? "speak.no-microphone" : "speak.silent"),
                 ui::styles::note);
    else if (state.takeWasCut && !state.recorder.recording())
        gui.text(
            m_shell.tr("speak.full", {{"seconds", double(ui::SpeechRecorder::kMaxTake.count())}}),
            ui::styles::note);
    gui.beginRow();
    if (state.recorder.recording())
    {
        // Polled each frame while recording: a take that reached its length limit ends itself.
        m_shell.keepDrawing();
        const bool full = state.recorder.full();
        state.takeWasCut = full;
        if (gui.button("stop-recording", m_shell.tr("speak.stop"),
                       {ui::Look::Primary, 0, 0, true, {}, -1}) ||
            full)
        {
            const auto take = state.recorder.stop();
            state.silentTake = !take;
            const auto& learner = m_shell.learner();
            if (take)
                state.take = keepTake(
                    *take, learner ? m_shell.store().recordingsDir(learner->id) : "", itemId);
        }
    }
    else if (!state.noMicrophone &&
             gui.button("record", m_shell.tr(state.take.empty() ? "speak.record" : "speak.again"),
                        {ui::Look::Primary, 0, 0, true, {}, -1}))
    {
        m_shell.audio().stop();
        state.noMicrophone = !state.recorder.start();
        state.silentTake = false;
        state.takeWasCut = false;
    }
    if (!state.take.empty() && !state.recorder.recording())
    {
        if (gui.button("play-own", m_shell.tr("speak.play-own"),
                       {ui::Look::Secondary, 0, 0, true, {}, -1}))
            m_shell.audio().play(ownKey, state.take);
        if (gui.button("play-both", m_shell.tr("speak.play-both"),
                       {ui::Look::Secondary, 0, 0, true, {}, -1}))
        {
            m_shell.audio().stop();
            std::string error;
            const auto* course = m_run.current().course;
            const auto model = course && course->package
                                   ? course->package->read(body.model.src, error)
                                   : std::nullopt;
            if (model && m_shell.audio().play("audio-" + itemId, *model).empty())
                state.ownAfterModel = true;
            else
                m_shell.audio().play(ownKey, state.take);
        }
    }
    gui.endRow();

    gui.text(m_shell.tr("speak.rate"), ui::styles::label);
    const int number = gui.numberPressed();
    gui.beginRow();
    const std::pair<core::SelfRating, const char*> ratings[] = {
        {core::SelfRating::Again, "again"},
        {core::SelfRating::Almost, "almost"},
        {core::SelfRating::Good, "good"}};
    for (int i = 0; i < 3; ++i)
    {
        const auto [rating, name] = ratings[i];
        const bool picked = d.selfRating == rating;
        const std::string label =
            std::to_string(i + 1) + "   " + m_shell.tr(std::string("speak.rate-") + name);
        if (gui.button(std::string("rate-") + name, label,
                       {picked ? ui::Look::Selected : ui::Look::Option, 0, 0, true, {}, -1}) ||
            number == i + 1)
            d.selfRating = rating;
    }
    gui.endRow();
    // Nobody is made to speak: without a microphone, in a quiet room or not today.
    if (gui.button("skip-speaking", m_shell.tr("speak.skip"),
                   {ui::Look::Quiet, 0, 0, true, {}, -1}))
    {
        (void)state.recorder.stop();
        // A skip, not an answer: nothing saved, no score, and the session lets the item go.
        m_run.skip();
        nextStep();
    }
}

} // namespace kompis::app
