#include "app/App.hpp"

#include "core/text/Unicode.hpp"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

namespace kompis::app
{

const char* screenName(Screen screen)
{
    switch (screen)
    {
    case Screen::Profiles:
        return "profiles";
    case Screen::NewLearner:
        return "new-learner";
    case Screen::Pin:
        return "pin";
    case Screen::Library:
        return "library";
    case Screen::CourseMap:
        return "course-map";
    case Screen::Lesson:
        return "lesson";
    case Screen::Results:
        return "results";
    case Screen::Settings:
        return "settings";
    case Screen::Progress:
        return "progress";
    case Screen::Teacher:
        return "teacher";
    case Screen::Words:
        return "words";
    }
    return "?";
}

App::App(Options options)
    : m_options(std::move(options))
{
}

std::int64_t App::now() const
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string App::instr(const core::LocalText& text) const
{
    const std::vector<core::LangTag> preferred{m_messages.language(), "en"};
    return text.pick(preferred);
}

std::string App::target(const core::LocalText& text) const
{
    std::vector<core::LangTag> preferred;
    if (m_run)
        preferred.push_back(m_run->target);
    if (m_course && m_course->course() && !m_course->course()->targets.empty())
        preferred.push_back(m_course->course()->targets.front());
    preferred.push_back(m_messages.language());
    preferred.push_back("en");
    return text.pick(preferred);
}

std::string App::languageName(const std::string& tag) const
{
    const std::string key = "language." + tag;
    return m_messages.has(key) ? tr(key) : tag;
}

void App::createWindow()
{
    const bool full = m_settings.fullScreen || m_settings.kiosk;
    sf::ContextSettings context;
    context.antialiasingLevel = 0;
    if (full)
        m_window.create(sf::VideoMode::getDesktopMode(), "Kompis", sf::Style::Fullscreen, context);
    else
        m_window.create(sf::VideoMode(m_options.width, m_options.height), "Kompis",
                        sf::Style::Default, context);
    // No vsync: frames are drawn on events only (idle means idle), and animation sleeps itself.
}

void App::applySettings()
{
    m_gui->setTheme(ui::makeTheme(m_settings.highContrast, m_settings.textSize));
    m_messages.setLanguage(m_learner && !m_learner->uiLanguage.empty() ? m_learner->uiLanguage
                                                                       : m_settings.uiLanguage);
    m_gui->setLocale(m_messages.language());
    m_audio.setVolume(float(m_settings.volume));
}

void App::go(Screen screen)
{
    m_screen = screen;
    m_gui->resetScroll();
    m_gui->focus("");
}

void App::ensureCourses()
{
    // Lazily: the profile picker needs no course, so start-up reads none.
    if (!m_coursesRead)
        m_courses = openCourses(courseLocations(m_options.courseRoots, m_options.courses));
    m_coursesRead = true;
}

void App::signIn(const core::store::LearnerProfile& learner)
{
    ensureCourses();
    m_learner = learner;
    m_store->touchLearner(learner.id, now());
    applySettings();
    go(Screen::Library);
}

int App::run()
{
    std::string error;
    if (!ui::loadFonts(m_fonts, error))
    {
        std::cerr << "kompis: " << error << "\n";
        return 1;
    }
    for (const auto& dir : m_options.dataDirs)
        m_messages.loadDirectory(dir / "i18n");
    if (m_messages.languages().empty())
        std::cerr << "kompis: warning: no message catalogs found; showing message keys\n";

    if (!m_options.script.empty())
    {
        std::ifstream in(m_options.script);
        std::stringstream text;
        text << in.rdbuf();
        if (!in)
        {
            std::cerr << "kompis: cannot read script " << m_options.script << "\n";
            return 2;
        }
        ui::ScriptParse parsed = ui::parseScript(text.str());
        if (!parsed.error.empty())
        {
            std::cerr << m_options.script.string() << ": " << parsed.error << "\n";
            return 2;
        }
        m_script = std::move(parsed.commands);
        m_scripted = true;
    }

    core::store::StoreOptions storeOptions;
    storeOptions.path = m_options.store;
    m_store = std::make_unique<core::store::ProgressStore>(storeOptions);
    m_settingsFile = m_store->openReport().path.parent_path() / "settings.txt";
    m_settings = loadSettings(m_settingsFile);
    if (!m_store->saving())
        m_notice = tr("store.not-saving");

    createWindow();
    m_gui = std::make_unique<ui::Gui>(m_fonts.regular, m_fonts.bold);
    applySettings();

    // A single learner without a PIN (or --profile) goes straight in.
    auto learners = m_store->learners();
    for (const auto& l : learners)
        if ((!m_options.profile.empty() && l.displayName == m_options.profile && !l.hasPin) ||
            (m_options.profile.empty() && learners.size() == 1 && !l.hasPin && !m_scripted))
            signIn(l);

    frame(true);
    while (m_window.isOpen() && !m_quit)
    {
        sf::Event event;
        bool got = false;
        if (m_scripted || m_audio.anyPlaying())
        {
            got = m_window.pollEvent(event);
            if (!got)
            {
                if (m_scripted)
                {
                    if (!runScriptStep())
                        break;
                    frame(true);
                }
                else
                {
                    std::this_thread::sleep_for(std::chrono::milliseconds(33));
                    frame(true);
                }
                continue;
            }
        }
        else
            got = m_window.waitEvent(event);
        if (!got)
            continue;
        do
        {
            if (event.type == sf::Event::Closed)
            {
                if (!m_settings.kiosk)
                    m_window.close();
            }
            else if (event.type == sf::Event::Resized)
            {
                const unsigned w = std::max(800u, event.size.width),
                               h = std::max(600u, event.size.height);
                if (w != event.size.width || h != event.size.height)
                    m_window.setSize({w, h});
                m_window.setView(sf::View(sf::FloatRect(0, 0, float(w), float(h))));
            }
            m_gui->handleEvent(event);
        } while (m_window.isOpen() && m_window.pollEvent(event));
        if (m_window.isOpen())
            frame(true);
    }
    if (m_window.isOpen())
        m_window.close();
    return m_exitCode;
}

void App::frame(bool present)
{
    const auto size = m_window.getSize();
    auto build = [&]
    {
        const bool footer = m_screen != Screen::Profiles && m_screen != Screen::Pin;
        m_gui->begin(size, footer);
        switch (m_screen)
        {
        case Screen::Profiles:
            buildProfiles();
            break;
        case Screen::NewLearner:
            buildNewLearner();
            break;
        case Screen::Pin:
            buildPin();
            break;
        case Screen::Library:
            buildLibrary();
            break;
        case Screen::CourseMap:
            buildCourseMap();
            break;
        case Screen::Lesson:
            buildLesson();
            break;
        case Screen::Results:
            buildResults();
            break;
        case Screen::Settings:
            buildSettings();
            break;
        case Screen::Progress:
            buildProgress();
            break;
        case Screen::Teacher:
            buildTeacher();
            break;
        case Screen::Words:
            buildWords();
            break;
        }
        m_gui->end();
    };
    // The first build acts on the input; the screen may change, so build again to draw.
    const Screen before = m_screen;
    build();
    m_gui->clearInput();
    build();
    if (m_screen != before)
    {
        m_gui->clearInput();
        build();
    }
    if (!present)
        return;
    m_gui->draw(m_window);
    if (!m_pendingShot.empty())
    {
        screenshot(m_pendingShot);
        m_pendingShot.clear();
    }
    m_window.display();
}

void App::screenshot(const std::filesystem::path& file)
{
    sf::Texture texture;
    const auto size = m_window.getSize();
    if (!texture.create(size.x, size.y))
        return;
    texture.update(m_window);
    std::error_code ec;
    if (file.has_parent_path())
        std::filesystem::create_directories(file.parent_path(), ec);
    if (!texture.copyToImage().saveToFile(file.string()))
        std::cerr << "kompis: cannot write screenshot " << file << "\n";
}

std::string App::screenDetail() const
{
    if (m_screen == Screen::Lesson && m_run && m_run->index < int(m_run->steps.size()))
        return m_run->current().step->id;
    return {};
}

bool App::runScriptStep()
{
    using Kind = ui::ScriptCommand::Kind;
    if (m_scriptClock.getElapsedTime().asMilliseconds() < m_waitUntil)
    {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        return true;
    }
    if (m_scriptAt >= m_script.size())
        return false;
    const ui::ScriptCommand& c = m_script[m_scriptAt++];
    auto fail = [&](const std::string& why)
    {
        std::cerr << m_options.script.string() << ":" << c.line << ": " << why << "\n";
        m_exitCode = 3;
        return false;
    };
    switch (c.kind)
    {
    case Kind::Click:
        if (!m_gui->hasWidget(c.argument))
        {
            std::string ids;
            for (const auto& id : m_gui->widgetIds())
                ids += " " + id;
            return fail("no widget '" + c.argument + "' on screen " + screenName(m_screen) +
                        "; there are:" + ids);
        }
        m_gui->clickWidget(c.argument);
        m_gui->focus(c.argument);
        break;
    case Kind::Type:
    {
        sf::Event e;
        e.type = sf::Event::TextEntered;
        sf::String s = sf::String::fromUtf8(c.argument.begin(), c.argument.end());
        for (sf::Uint32 cp : s)
        {
            e.text.unicode = cp;
            m_gui->handleEvent(e);
        }
        break;
    }
    case Kind::Key:
    {
        sf::Event e;
        e.type = sf::Event::KeyPressed;
        e.key = {sf::Keyboard::Unknown, false, false, false, false};
        const std::string& k = c.argument;
        static const std::map<std::string, sf::Keyboard::Key> keys{
            {"Enter", sf::Keyboard::Enter},
            {"Return", sf::Keyboard::Enter},
            {"Tab", sf::Keyboard::Tab},
            {"Escape", sf::Keyboard::Escape},
            {"Backspace", sf::Keyboard::BackSpace},
            {"Space", sf::Keyboard::Space},
            {"Left", sf::Keyboard::Left},
            {"Right", sf::Keyboard::Right},
            {"Up", sf::Keyboard::Up},
            {"Down", sf::Keyboard::Down},
        };
        if (k == "Shift+Tab")
        {
            e.key.code = sf::Keyboard::Tab;
            e.key.shift = true;
        }
        else if (k.size() == 1 && k[0] >= '0' && k[0] <= '9')
            e.key.code = sf::Keyboard::Key(sf::Keyboard::Num0 + (k[0] - '0'));
        else if (auto f = keys.find(k); f != keys.end())
            e.key.code = f->second;
        else
            return fail("unknown key '" + k + "'");
        m_gui->handleEvent(e);
        break;
    }
    case Kind::Wait:
        m_waitUntil = m_scriptClock.getElapsedTime().asMilliseconds() + std::stoi(c.argument);
        break;
    case Kind::Screenshot:
    {
        std::filesystem::path file = c.argument;
        if (file.is_relative() && !m_options.screenshotDir.empty())
            file = m_options.screenshotDir / file;
        m_pendingShot = file;
        break;
    }
    case Kind::ExpectScreen:
    {
        const std::string name = screenName(m_screen);
        if (c.argument != name && c.argument != name + "/" + screenDetail())
            return fail("expected screen '" + c.argument + "', showing '" + name +
                        (screenDetail().empty() ? "" : "/" + screenDetail()) + "'");
        break;
    }
    case Kind::ExpectText:
        if (!m_gui->showsText(c.argument))
            return fail("expected text '" + c.argument + "' on screen " + screenName(m_screen));
        break;
    case Kind::ExpectMarked:
    {
        const auto marked = m_gui->textsIn(m_gui->theme().accent);
        if (std::find(marked.begin(), marked.end(), c.argument) == marked.end())
            return fail("expected '" + c.argument + "' highlighted on screen " +
                        screenName(m_screen));
        break;
    }
    case Kind::MeasureFrames:
    {
        const int n = std::max(1, std::stoi(c.argument));
        sf::Clock clock;
        for (int i = 0; i < n; ++i)
            frame(true);
        std::cout << "kompis-bench frame-ms "
                  << clock.getElapsedTime().asMicroseconds() / 1000.0 / n << std::endl;
        break;
    }
    case Kind::MeasurePlay:
    {
        if (!m_gui->hasWidget(c.argument))
            return fail("no widget '" + c.argument + "'");
        m_audio.stop();
        sf::Clock clock;
        m_gui->clickWidget(c.argument);
        frame(true);
        while (!m_audio.anyPlaying() && clock.getElapsedTime().asSeconds() < 5)
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        std::cout << "kompis-bench play-ms " << clock.getElapsedTime().asMicroseconds() / 1000.0
                  << std::endl;
        m_audio.stop();
        break;
    }
    case Kind::Kill:
        std::raise(SIGKILL);
        break;
    case Kind::Quit:
        m_quit = true;
        return false;
    }
    return true;
}

const sf::Texture* App::imageTexture(const std::string& src)
{
    if (!m_run || !m_run->current().course || !m_run->current().course->package)
        return nullptr;
    const CourseEntry& course = *m_run->current().course;
    const std::string key = course.location + "|" + src;
    auto found = m_textures.find(key);
    if (found == m_textures.end())
    {
        std::string error;
        auto bytes = course.package->read(src, error);
        auto texture = std::make_unique<sf::Texture>();
        if (!bytes || !texture->loadFromMemory(bytes->data(), bytes->size()))
            texture.reset();
        else
            texture->setSmooth(true);
        found = m_textures.emplace(key, std::move(texture)).first;
    }
    return found->second.get();
}

void App::playAudio(const core::AudioRef& audio, const std::string& widgetId, float speed)
{
    if (!m_run || !m_run->current().course || !m_run->current().course->package)
        return;
    if (m_audio.playing(widgetId))
    {
        m_audio.stop();
        return;
    }
    std::string error;
    auto bytes = m_run->current().course->package->read(audio.src, error);
    if (!bytes)
    {
        m_audioErrors[widgetId] = error;
        return;
    }
    const std::string why = m_audio.play(widgetId, *bytes, speed);
    if (!why.empty())
        m_audioErrors[widgetId] = why;
}

void App::audioButton(const core::AudioRef& audio, const std::string& widgetId)
{
    const bool playing = m_audio.playing(widgetId);
    ui::ButtonStyle style;
    style.look = playing ? ui::Look::Selected : ui::Look::Secondary;
    const std::string label = playing ? tr("audio.stop") : tr("audio.play");
    m_gui->beginRow();
    if (m_gui->button(widgetId, label, style))
        playAudio(audio, widgetId, 1.0f);
    if (!playing && m_gui->button(widgetId + "-slow", tr("audio.slow"), {ui::Look::Quiet}))
        playAudio(audio, widgetId, 0.75f);
    m_gui->endRow();
    if (playing)
        m_gui->progressBar(m_audio.progress(), 6);
    auto err = m_audioErrors.find(widgetId);
    if (err != m_audioErrors.end() || !m_audio.available())
    {
        m_gui->text(tr("audio.unavailable") + " " + tr("audio.transcript") + " " + audio.transcript,
                    {0.9f, false, m_gui->theme().mutedText, false});
    }
}

} // namespace kompis::app
