#include "app/App.hpp"

#include "app/PreviewWatcher.hpp"
#include "app/WindowSize.hpp"
#include "app/screens/LanguageScreen.hpp"
#include "app/screens/LibraryScreen.hpp"
#include "app/screens/ProfilesScreen.hpp"
#include "app/screens/SetupScreen.hpp"

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string_view>
#include <thread>

namespace kompis::app
{

App::App(Options options)
    : m_options(std::move(options))
{
}

App::~App() = default; // here, where PreviewWatcher is complete

std::string App::screenName() const
{
    return m_stack.empty() ? "?" : top().name();
}

std::string App::screenDetail() const
{
    return m_stack.empty() ? std::string() : top().detail();
}

std::string App::playingClip() const
{
    const std::string speech = m_shell->readAloud().playing();
    return speech.empty() ? m_shell->playingClip() : speech;
}

void App::createWindow()
{
    const Settings& settings = m_shell->settings();
    const bool full = settings.fullScreen || settings.kiosk;
    sf::ContextSettings context;
    context.antialiasingLevel = 0;
    if (full)
        m_window.create(sf::VideoMode::getDesktopMode(), "Kompis", sf::Style::Fullscreen, context);
    else
    {
        const auto desktop = sf::VideoMode::getDesktopMode();
        const sf::Vector2u size = m_options.width && m_options.height
                                      ? sf::Vector2u(m_options.width, m_options.height)
                                      : defaultWindowSize({desktop.width, desktop.height});
        m_window.create(sf::VideoMode(size.x, size.y), "Kompis", sf::Style::Default, context);
    }
    m_shell->setWindowHeight(float(m_window.getSize().y));
    // No vsync: frames are drawn on events only (idle means idle), and animation sleeps itself.
}

int App::run()
{
    if (m_text.fonts().paths().empty())
    {
        std::cerr << "kompis: no font found: install fonts-dejavu-core or fonts-noto-core (or "
                     "set KOMPIS_FONT_DIR)\n";
        return 1;
    }
    for (const auto& dir : m_options.dataDirs)
        m_messages.loadDirectory(dir / "i18n");
    if (m_messages.languages().empty())
        std::cerr << "kompis: warning: no message catalogs found; showing message keys\n";
    if (const std::string why = unknownLanguage(m_options.uiLanguage, m_messages.languages());
        !why.empty())
    {
        std::cerr << "kompis: " << why << "\n";
        return 2;
    }

    if (!m_options.script.empty())
    {
        m_script.emplace(m_options.script, m_options.screenshotDir);
        if (const std::string why = m_script->load(); !why.empty())
        {
            std::cerr << "kompis: " << why << "\n";
            return 2;
        }
    }

    core::store::StoreOptions storeOptions;
    storeOptions.path = m_options.store;
    // A preview's store is thrown away when the window closes: waiting for the disk on each of
    // its writes would only delay showing the teacher's edit.
    storeOptions.durable = !m_options.previewing();
    storeOptions.autoBackup = !m_options.previewing();
    m_store = std::make_unique<core::store::ProgressStore>(storeOptions);
    m_gui = std::make_unique<ui::Gui>(m_text);
    m_shell = std::make_unique<Shell>(m_options, *m_gui, m_messages, *m_store);
    m_shell->loadSettings(m_store->openReport().path.parent_path() / "settings.txt");
    // A classroom set-up (or a test) names the language; until someone picks one, Kompis speaks
    // the system's when it has a catalog for it.
    // Chosen once (on the picker, in the settings, or by --ui-language): the picker is not shown.
    m_languageChosen = !m_options.uiLanguage.empty() || !m_shell->settings().uiLanguage.empty();
    if (!m_options.uiLanguage.empty())
        m_shell->settings().uiLanguage = m_options.uiLanguage;
    else if (m_shell->settings().uiLanguage.empty())
        m_shell->settings().uiLanguage = systemLanguage(m_messages.languages(), [](const char* name)
                                                        { return std::getenv(name); });
    m_banner = std::make_unique<StatusBanner>(*m_shell);
    // A preview's store is a throwaway: it never joins the classroom.
    if (!m_options.previewing())
        m_shell->startClassroom();

    createWindow();
    m_shell->applySettings();

    if (m_options.previewing())
        startPreview();
    else
        openFirstScreen();

    frame(true);
    // For bench_player: when the first frame is on screen, on the steady clock processes share.
    if (std::getenv("KOMPIS_BENCH_FIRST_FRAME"))
        std::cout << "kompis-bench first-frame "
                  << std::chrono::duration<double, std::milli>(
                         std::chrono::steady_clock::now().time_since_epoch())
                         .count()
                  << std::endl;
    while (m_window.isOpen() && !m_shell->quitRequested())
    {
        sf::Event event;
        bool got = false;
        // A screen with work in the background (an export, a class read) animates too.
        const bool animating = m_shell->audio().anyPlaying() || m_shell->takeKeepDrawing();
        if (m_script || animating || m_watcher)
        {
            got = m_window.pollEvent(event);
            if (!got)
            {
                const bool reloaded = reloadIfEdited();
                if (m_script)
                {
                    if (!m_script->step(*this))
                        break;
                }
                else if (!reloaded)
                {
                    std::this_thread::sleep_for(std::chrono::milliseconds(33));
                    if (!animating && !signOutIfIdle())
                        continue; // a preview waiting for a save: nothing new to draw
                }
                signOutIfIdle();
                frame(true);
                continue;
            }
        }
        else if (watchingIdle() || m_shell->classroom())
        {
            // Idle stays nearly idle: a look at the clock and the classroom status a few times a
            // second, drawing only for a sign-out, a banner that would say something new, or a
            // screen with something due (the teacher's class view reads the class every 30 s).
            got = m_window.pollEvent(event);
            if (!got)
            {
                std::this_thread::sleep_for(std::chrono::milliseconds(250));
                if (signOutIfIdle() || m_banner->changed() ||
                    (!m_stack.empty() && m_stack.back()->wantsFrame()))
                    frame(true);
                continue;
            }
        }
        else
            got = m_window.waitEvent(event);
        if (!got)
            continue;
        do
            handle(event);
        while (m_window.isOpen() && m_window.pollEvent(event));
        if (m_window.isOpen())
            frame(true);
    }
    if (m_window.isOpen())
        m_window.close();
    return m_script ? m_script->exitCode() : 0;
}

void App::openFirstScreen()
{
    m_stack.clear();
    if (!m_shell->settings().pcSetUp && !m_store->hasTeacherPin())
    {
        // The very first start asks for the language first, with each name in its own script:
        // the set-up that follows is then in a language the person can read.
        if (!m_languageChosen)
        {
            m_stack.push_back(
                std::make_unique<LanguageScreen>(*m_shell, LanguageScreen::From::FirstStart));
            top().open();
            return;
        }
        m_stack.push_back(std::make_unique<SetupScreen>(*m_shell, SetupScreen::From::FirstStart));
        top().open();
        return;
    }
    // A single learner without a PIN (or --profile) goes straight in.
    m_stack.push_back(std::make_unique<ProfilesScreen>(*m_shell));
    auto learners = m_store->learners();
    for (const auto& l : learners)
        if ((!m_options.profile.empty() && l.displayName == m_options.profile && !l.hasPin) ||
            (m_options.profile.empty() && learners.size() == 1 && !l.hasPin && !m_script))
        {
            m_shell->signIn(l);
            m_stack.back() = std::make_unique<LibraryScreen>(*m_shell);
        }
    top().open();
}

bool App::watchingIdle() const
{
    return m_shell->learner() && m_shell->settings().idleSignOutSeconds > 0;
}

bool App::signOutIfIdle()
{
    if (!watchingIdle() || m_shell->audio().anyPlaying())
        return false;
    const auto idle = std::chrono::steady_clock::now() - m_lastInput;
    if (idle < std::chrono::seconds(m_shell->settings().idleSignOutSeconds))
        return false;
    // Every answer is already saved and the lesson resumes at its step; only the learner goes.
    const std::string name = m_shell->learner()->displayName;
    m_shell->audio().stop();
    m_shell->signOut();
    m_shell->gui().resetScroll();
    m_shell->gui().focus("");
    m_stack.clear();
    m_stack.push_back(std::make_unique<ProfilesScreen>(*m_shell));
    m_shell->notice() = m_shell->tr("idle.signed-out", {{"name", name}});
    top().open();
    return true;
}

void App::handle(const sf::Event& event)
{
    switch (event.type)
    {
    case sf::Event::KeyPressed:
    case sf::Event::TextEntered:
    case sf::Event::MouseButtonPressed:
    case sf::Event::MouseWheelScrolled:
    case sf::Event::MouseMoved:
    case sf::Event::TouchBegan:
        noteInput();
        break;
    default:
        break;
    }
    if (event.type == sf::Event::Closed)
    {
        if (!m_shell->settings().kiosk)
            m_window.close();
    }
    else if (event.type == sf::Event::Resized)
    {
        const unsigned w = std::max(800u, event.size.width), h = std::max(600u, event.size.height);
        if (w != event.size.width || h != event.size.height)
            m_window.setSize({w, h});
        m_window.setView(sf::View(sf::FloatRect(0, 0, float(w), float(h))));
        m_shell->setWindowHeight(float(h));
    }
    m_gui->handleEvent(event);
}

void App::build()
{
    // The class list arrives from the classroom server after start: the profile picker reads
    // it again after each sync round.
    if (const ClassroomLink* classroom = m_shell->classroom())
        if (const int rounds = classroom->status().rounds; rounds != m_syncRounds)
        {
            m_syncRounds = rounds;
            if (std::string_view(top().name()) == "profiles")
                top().open();
        }
    m_gui->begin(m_window.getSize(), top().hasFooter());
    m_banner->build();
    if (m_watcher)
        previewProblems();
    top().build();
    // Speech made off the UI thread plays on the frame it is ready; frames keep coming till then.
    if (m_shell->readAloud().afterBuild())
        m_shell->keepDrawing();
    m_gui->end();
}

bool App::changeScreen()
{
    if (m_shell->takeWindowRequest())
        createWindow();
    Shell::Request request = m_shell->takeRequest();
    switch (request.kind)
    {
    case Shell::Request::Kind::None:
        return false;
    case Shell::Request::Kind::Show:
        m_stack.back() = std::move(request.screen);
        break;
    case Shell::Request::Kind::Push:
        m_stack.push_back(std::move(request.screen));
        break;
    case Shell::Request::Kind::Back:
        if (m_stack.size() > 1)
            m_stack.pop_back();
        break;
    }
    top().open();
    return true;
}

void App::frame(bool present)
{
    // The first build acts on the input; the screen may change, so build again to draw.
    build();
    m_gui->clearInput();
    bool changed = changeScreen();
    build();
    changed = changeScreen() || changed;
    if (changed)
    {
        m_gui->clearInput();
        build();
        if (changeScreen())
            build();
    }
    if (!present)
        return;
    m_gui->draw(m_window);
    if (!m_pendingShot.empty())
    {
        saveScreenshot(m_pendingShot);
        m_pendingShot.clear();
    }
    m_window.display();
}

void App::saveScreenshot(const std::filesystem::path& file)
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

} // namespace kompis::app
