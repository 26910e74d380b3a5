#include "app/Shell.hpp"

#include "app/screens/Screen.hpp"
#include "core/check/CourseMemory.hpp"
#include "core/check/PackageCheck.hpp"
#include "core/text/Isolation.hpp"

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <unistd.h>

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

void Shell::startClassroom()
{
    m_classroom = ClassroomLink::find(m_store.openReport().path, m_classroomError);
}

void Shell::answerSaved()
{
    if (m_classroom)
        m_classroom->answerSaved();
}

core::store::PinCheck Shell::checkLearnerPin(const core::store::LearnerProfile& learner,
                                             const std::string& pin)
{
    if (m_classroom && !learner.uuid.empty())
    {
        std::string error;
        const auto check = m_classroom->checkPin(learner.uuid, pin, now(), &error);
        using core::store::PinStatus;
        if (check.status == PinStatus::Ok || check.status == PinStatus::Wrong ||
            check.status == PinStatus::Locked)
            return check;
    }
    return m_store.checkLearnerPin(learner.id, pin, now());
}

void Shell::applySettings()
{
    m_gui.setTheme(ui::makeTheme(m_settings.highContrast, m_settings.textSize));
    m_messages.setLanguage(m_learner && !m_learner->uiLanguage.empty() ? m_learner->uiLanguage
                                                                       : m_settings.uiLanguage);
    m_gui.setLocale(m_messages.language());
    m_gui.setMirrored(m_messages.rightToLeft());
    m_audio.setVolume(float(m_settings.volume));
}

std::vector<core::LangTag> Shell::readingOrder(const core::Course* course,
                                               const core::LocalText* text) const
{
    if (!course && m_course)
        course = m_course->course();
    core::CourseLanguages languages;
    if (course && !course->instructionLangs.empty())
        languages = {course->instructionLangs, course->overviewLangs};
    else
    {
        // No course to ask (or its list is broken): English first, as packages must have it.
        languages.instruction.push_back("en");
        if (text)
            for (const auto& [lang, _] : text->variants)
                languages.instruction.push_back(lang);
    }
    const core::ReadingLanguages reader{m_messages.language(),
                                        m_learner ? m_learner->secondLanguage : std::string()};
    return core::instructionLanguages(reader, languages);
}

core::ShownText Shell::instrWithLang(const core::LocalText& text, const core::Course* course) const
{
    core::ShownText shown = core::pickShown(text, readingOrder(course, &text));
    // A Swedish or Norwegian quotation in an Arabic or Dari sentence keeps its own order.
    shown.text = core::text::isolateQuotes(shown.text);
    return shown;
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

void Shell::setLearnerSecondLanguage(const std::string& lang)
{
    if (!m_learner)
        return;
    m_store.setLearnerSecondLanguage(m_learner->id, lang);
    m_learner->secondLanguage = lang;
}

void Shell::signIn(const core::store::LearnerProfile& learner)
{
    (void)courses();
    m_learner = learner;
    m_store.touchLearner(learner.id, now());
    if (m_classroom && !learner.uuid.empty())
        m_classroom->follow(learner.uuid);
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

std::size_t Shell::courseMemoryBudget()
{
    if (const char* mb = std::getenv("KOMPIS_COURSE_MEMORY_MB"); mb && *mb)
        return std::size_t(std::max(0.0, std::strtod(mb, nullptr)) * double(1 << 20));
    const long pages = ::sysconf(_SC_PHYS_PAGES), pageSize = ::sysconf(_SC_PAGE_SIZE);
    const std::size_t gib = std::size_t(1) << 30;
    if (pages <= 0 || pageSize <= 0)
        return gib;
    return std::min(gib, std::size_t(pages) * std::size_t(pageSize) / 4);
}

bool Shell::openCourseWithinBudget(CourseEntry& entry)
{
    entry.loadFully();
    const core::Course* course = entry.course();
    if (!course || !entry.package)
        return false;
    const std::size_t budget = courseMemoryBudget();
    const std::size_t cost = core::estimateCourseMemory(*entry.package, *course).total();
    auto megabytes = [](std::size_t bytes)
    { return std::round(double(bytes) / double(1 << 20) * 10) / 10; };
    if (cost > budget)
    {
        // Too big on its own: refuse now with a reason, rather than run out of memory in a
        // lesson. Its lessons are dropped again.
        entry.full = {};
        entry.fullyLoaded = false;
        m_notice = tr("course.too-big", {{"size", megabytes(cost)}, {"limit", megabytes(budget)}});
        return false;
    }
    // Make room: the other courses read in full give their lessons back (they are read again
    // when opened). The library is the only screen now, so no lesson points into them.
    std::size_t open = cost;
    for (auto& other : m_courses)
        if (other.get() != &entry && other->fullyLoaded && other->package && other->course())
            open += core::estimateCourseMemory(*other->package, *other->course()).total();
    for (auto& other : m_courses)
        if (open > budget && other.get() != &entry && other->fullyLoaded && other->package &&
            other->course())
        {
            open -= core::estimateCourseMemory(*other->package, *other->course()).total();
            other->full = {};
            other->fullyLoaded = false;
            // Its decoded images were counted too: they go with it.
            const std::string prefix = other->location + "|";
            std::erase_if(m_textures,
                          [&](const auto& texture) { return texture.first.starts_with(prefix); });
        }
    syncCourse(entry);
    return true;
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
        // The header first: a small file can claim 16000×16000 pixels (2 GB decoded); such an
        // image is never decoded and the step shows its alt text.
        const auto size = bytes ? core::imageSize(*bytes) : std::nullopt;
        auto texture = std::make_unique<sf::Texture>();
        if (!size || !core::imageFitsLimits(*size) ||
            !texture->loadFromMemory(bytes->data(), bytes->size()))
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
    m_lastPlayed = {widgetId, audio.src};
}

std::string Shell::playingClip() const
{
    return m_audio.playing(m_lastPlayed.first) ? m_lastPlayed.second : std::string();
}

Shell::ClipState Shell::audioButton(const CourseEntry* course, const core::AudioRef& audio,
                                    const std::string& widgetId, bool transcript,
                                    const std::string& playLabel)
{
    ClipState state;
    const bool playing = m_audio.playing(widgetId);
    ui::ButtonStyle style;
    style.look = playing ? ui::Look::Selected : ui::Look::Secondary;
    const std::string label =
        playing ? tr("audio.stop") : (playLabel.empty() ? tr("audio.play") : playLabel);
    m_gui.beginRow(ui::Gui::RowOrder::LeftToRight);
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
        m_gui.progressBar(m_audio.progress(), 6, {}, false); // audio runs left to right
    const bool device = m_audio.available();
    state.cannotPlay = m_audioErrors.count(widgetId) > 0 || !device;
    if (!state.cannotPlay)
        return state;
    // Say whether the computer or this one recording is the trouble: the first a teacher can
    // fix at the PC, the second in the course.
    const std::string why = tr(device ? "audio.clip-failed" : "audio.unavailable");
    // The Swedish transcript keeps its own direction (and full stop) in an Arabic sentence.
    const std::string lead = why + " " + tr("audio.transcript") + " ";
    m_gui.text(transcript ? lead + core::text::embedIn(lead, audio.transcript) : why,
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
