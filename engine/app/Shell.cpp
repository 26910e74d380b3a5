#include "app/Shell.hpp"

#include "app/screens/Screen.hpp"

#include <chrono>

namespace kompis::app
{

Shell::Shell(Options options, ui::Gui& gui, ui::Messages& messages,
             core::store::ProgressStore& store)
    : m_options(std::move(options))
    , m_gui(gui)
    , m_messages(messages)
    , m_store(store)
{
}

void Shell::loadSettings(std::filesystem::path file)
{
    m_settingsFile = std::move(file);
    m_settings = app::loadSettings(m_settingsFile);
}

void Shell::saveSettings() const
{
    app::saveSettings(m_settings, m_settingsFile);
}

void Shell::applySettings()
{
    m_gui.setTheme(ui::makeTheme(m_settings.highContrast, m_settings.textSize));
    m_messages.setLanguage(m_learner && !m_learner->uiLanguage.empty() ? m_learner->uiLanguage
                                                                       : m_settings.uiLanguage);
    m_gui.setLocale(m_messages.language());
    m_audio.setVolume(float(m_settings.volume));
}

std::string Shell::instr(const core::LocalText& text) const
{
    const std::vector<core::LangTag> preferred{m_messages.language(), "en"};
    return text.pick(preferred);
}

std::string Shell::target(const core::LocalText& text, const std::string& variant) const
{
    std::vector<core::LangTag> preferred;
    if (!variant.empty())
        preferred.push_back(variant);
    if (m_course && m_course->course() && !m_course->course()->targets.empty())
        preferred.push_back(m_course->course()->targets.front());
    preferred.push_back(m_messages.language());
    preferred.push_back("en");
    return text.pick(preferred);
}

std::string Shell::languageName(const std::string& tag) const
{
    const std::string key = "language." + tag;
    return m_messages.has(key) ? tr(key) : tag;
}

std::int64_t Shell::now() const
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

void Shell::setLearnerLanguage(const std::string& lang)
{
    if (!m_learner)
        return;
    m_store.setLearnerLook(m_learner->id, m_learner->colour, lang);
    m_learner->uiLanguage = lang;
}

void Shell::signIn(const core::store::LearnerProfile& learner)
{
    (void)courses();
    m_learner = learner;
    m_store.touchLearner(learner.id, now());
    applySettings();
}

void Shell::signOut()
{
    m_learner.reset();
    applySettings();
}

std::vector<std::unique_ptr<CourseEntry>>& Shell::courses()
{
    // Lazily: the profile picker needs no course, so start-up reads none.
    if (!m_coursesRead)
        m_courses = core::session::openCourses(
            core::session::courseLocations(m_options.courseRoots, m_options.courses));
    m_coursesRead = true;
    return m_courses;
}

void Shell::forgetCourses()
{
    m_course = nullptr;
    m_courses.clear();
    m_coursesRead = false;
    m_textures.clear();
    m_audioErrors.clear();
}

void Shell::syncCourse(CourseEntry& entry)
{
    entry.loadFully();
    const core::Course* course = entry.course();
    if (!course)
        return;
    core::store::CourseOutline outline{course->id, course->version, {}};
    for (const auto& slot : course->lessons)
    {
        core::store::CourseOutline::Lesson l{slot.id, course->topics, {}, {}};
        if (slot.lesson)
            for (const auto& step : slot.lesson->steps)
            {
                if (step.isItem())
                    l.itemIds.push_back(step.id);
                if (const auto* v = std::get_if<core::VocabularyStep>(&step.body))
                    for (const auto& e : v->entries)
                        l.vocabularyIds.push_back(e.id);
            }
        outline.lessons.push_back(std::move(l));
    }
    m_store.syncCourse(outline);
}

std::string Shell::variant(const core::Course& course) const
{
    if (auto chosen = m_variant.find(course.id); chosen != m_variant.end())
        return chosen->second;
    return course.targets.empty() ? "sv" : course.targets.front();
}

void Shell::setVariant(const std::string& courseId, const std::string& variant)
{
    m_variant[courseId] = variant;
}

const sf::Texture* Shell::imageTexture(const CourseEntry* course, const std::string& src)
{
    if (!course || !course->package)
        return nullptr;
    const std::string key = course->location + "|" + src;
    auto found = m_textures.find(key);
    if (found == m_textures.end())
    {
        std::string error;
        auto bytes = course->package->read(src, error);
        auto texture = std::make_unique<sf::Texture>();
        if (!bytes || !texture->loadFromMemory(bytes->data(), bytes->size()))
            texture.reset();
        else
            texture->setSmooth(true);
        found = m_textures.emplace(key, std::move(texture)).first;
    }
    return found->second.get();
}

void Shell::playAudio(const CourseEntry* course, const core::AudioRef& audio,
                      const std::string& widgetId, float speed)
{
    if (!course || !course->package)
        return;
    if (m_audio.playing(widgetId))
    {
        m_audio.stop();
        return;
    }
    std::string error;
    auto bytes = course->package->read(audio.src, error);
    if (!bytes)
    {
        m_audioErrors[widgetId] = error;
        return;
    }
    const std::string why = m_audio.play(widgetId, *bytes, speed);
    if (!why.empty())
        m_audioErrors[widgetId] = why;
}

Shell::ClipState Shell::audioButton(const CourseEntry* course, const core::AudioRef& audio,
                                    const std::string& widgetId, bool transcript)
{
    ClipState state;
    const bool playing = m_audio.playing(widgetId);
    ui::ButtonStyle style;
    style.look = playing ? ui::Look::Selected : ui::Look::Secondary;
    const std::string label = playing ? tr("audio.stop") : tr("audio.play");
    m_gui.beginRow();
    if (m_gui.button(widgetId, label, style))
    {
        state.clicked = true;
        playAudio(course, audio, widgetId, 1.0f);
    }
    if (!playing && m_gui.button(widgetId + "-slow", tr("audio.slow"), {ui::Look::Quiet}))
    {
        state.clicked = true;
        playAudio(course, audio, widgetId, 0.75f);
    }
    m_gui.endRow();
    if (playing)
        m_gui.progressBar(m_audio.progress(), 6);
    const bool device = m_audio.available();
    state.cannotPlay = m_audioErrors.count(widgetId) > 0 || !device;
    if (!state.cannotPlay)
        return state;
    // Say whether the computer or this one recording is the trouble: the first a teacher can
    // fix at the PC, the second in the course.
    const std::string why = tr(device ? "audio.clip-failed" : "audio.unavailable");
    m_gui.text(transcript ? why + " " + tr("audio.transcript") + " " + audio.transcript : why,
               ui::styles::hint);
    return state;
}

void Shell::show(std::unique_ptr<Screen> screen)
{
    // The toolkit forgets scroll and focus at once, so a screen can focus a field of the next.
    m_gui.resetScroll();
    m_gui.focus("");
    m_request = {Request::Kind::Show, std::move(screen)};
}

void Shell::push(std::unique_ptr<Screen> screen)
{
    m_gui.resetScroll();
    m_gui.focus("");
    m_request = {Request::Kind::Push, std::move(screen)};
}

void Shell::back()
{
    m_gui.resetScroll();
    m_gui.focus("");
    m_request = {Request::Kind::Back, nullptr};
}

Shell::Request Shell::takeRequest()
{
    return std::exchange(m_request, Request{});
}

} // namespace kompis::app
