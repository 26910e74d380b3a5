#include "app/ScriptDriver.hpp"

#include "ui/AudioPlayer.hpp"
#include "ui/Gui.hpp"

#include <algorithm>
#include <csignal>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <thread>

namespace kompis::app
{

ScriptDriver::ScriptDriver(std::filesystem::path file, std::filesystem::path screenshotDir)
    : m_file(std::move(file))
    , m_screenshotDir(std::move(screenshotDir))
{
}

std::string ScriptDriver::load()
{
    std::ifstream in(m_file);
    std::stringstream text;
    text << in.rdbuf();
    if (!in)
        return "cannot read script " + m_file.string();
    ui::ScriptParse parsed = ui::parseScript(text.str());
    if (!parsed.error.empty())
        return m_file.string() + ": " + parsed.error;
    m_commands = std::move(parsed.commands);
    return {};
}

bool ScriptDriver::fail(int line, const std::string& why)
{
    std::cerr << m_file.string() << ":" << line << ": " << why << "\n";
    m_exitCode = 3;
    return false;
}

bool ScriptDriver::step(ScriptTarget& target)
{
    using Kind = ui::ScriptCommand::Kind;
    if (m_clock.getElapsedTime().asMilliseconds() < m_waitUntil)
    {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        return true;
    }
    if (m_at >= m_commands.size())
        return false;
    const ui::ScriptCommand& c = m_commands[m_at++];
    ui::Gui& gui = target.gui();
    if (c.kind == Kind::Click || c.kind == Kind::Type || c.kind == Kind::Key)
        target.noteInput();
    switch (c.kind)
    {
    case Kind::Click:
        if (!gui.hasWidget(c.argument))
        {
            std::string ids;
            for (const auto& id : gui.widgetIds())
                ids += " " + id;
            return fail(c.line, "no widget '" + c.argument + "' on screen " + target.screenName() +
                                    "; there are:" + ids);
        }
        gui.clickWidget(c.argument);
        break;
    case Kind::Type:
    {
        sf::Event e;
        e.type = sf::Event::TextEntered;
        sf::String s = sf::String::fromUtf8(c.argument.begin(), c.argument.end());
        for (sf::Uint32 cp : s)
        {
            e.text.unicode = cp;
            gui.handleEvent(e);
        }
        break;
    }
    case Kind::Key:
        return key(target, c);
    case Kind::Wait:
        m_waitUntil = m_clock.getElapsedTime().asMilliseconds() + std::stoi(c.argument);
        break;
    case Kind::Screenshot:
    {
        std::filesystem::path file = c.argument;
        if (file.is_relative() && !m_screenshotDir.empty())
            file = m_screenshotDir / file;
        target.screenshot(file);
        break;
    }
    case Kind::ExpectScreen:
        return expectScreen(target, c);
    case Kind::ExpectText:
        if (!gui.showsText(c.argument))
            return fail(c.line,
                        "expected text '" + c.argument + "' on screen " + target.screenName());
        break;
    case Kind::ExpectNoText:
        if (gui.showsText(c.argument))
            return fail(c.line,
                        "unexpected text '" + c.argument + "' on screen " + target.screenName());
        break;
    case Kind::ExpectFocus:
        if (gui.focusedId() != c.argument)
            return fail(c.line, "expected the focus on '" + c.argument + "', it is on '" +
                                    gui.focusedId() + "'");
        break;
    case Kind::WaitText:
        return waitText(target, c);
    case Kind::ExpectMarked:
    {
        const auto marked = gui.textsIn(gui.theme().accent);
        if (std::find(marked.begin(), marked.end(), c.argument) == marked.end())
            return fail(c.line, "expected '" + c.argument + "' highlighted on screen " +
                                    target.screenName());
        break;
    }
    case Kind::ExpectSeen:
        if (!gui.showsTextInside(c.argument))
            return fail(c.line, "expected text '" + c.argument + "' in view on screen " +
                                    target.screenName() +
                                    (gui.showsText(c.argument) ? " (it is scrolled away)" : ""));
        break;
    case Kind::ExpectInside:
        return expectInside(target, c);
    case Kind::ExpectUnmoved:
        return expectUnmoved(target, c);
    case Kind::ExpectLeftOf:
        return expectLeftOf(target, c);
    case Kind::ExpectDirection:
        return expectDirection(target, c);
    case Kind::MeasureFrames:
        measureFrames(target, std::max(1, std::stoi(c.argument)));
        break;
    case Kind::MeasurePlay:
        return measurePlay(target, c);
    case Kind::ExpectPlaying:
        return expectPlaying(target, c);
    case Kind::Kill:
        std::raise(SIGKILL);
        break;
    case Kind::Quit:
        return false;
    }
    return true;
}

bool ScriptDriver::key(ScriptTarget& target, const ui::ScriptCommand& c)
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
        {"Home", sf::Keyboard::Home},
        {"End", sf::Keyboard::End},
        {"Delete", sf::Keyboard::Delete},
        {"PageDown", sf::Keyboard::PageDown},
        {"PageUp", sf::Keyboard::PageUp},
    };
    if (k == "Shift+Tab")
    {
        e.key.code = sf::Keyboard::Tab;
        e.key.shift = true;
    }
    else if (k == "Ctrl+Enter" || k == "Ctrl+V")
    {
        e.key.code = k == "Ctrl+V" ? sf::Keyboard::V : sf::Keyboard::Enter;
        e.key.control = true;
    }
    else if (k.size() == 1 && k[0] >= '0' && k[0] <= '9')
        e.key.code = sf::Keyboard::Key(sf::Keyboard::Num0 + (k[0] - '0'));
    else if (auto f = keys.find(k); f != keys.end())
        e.key.code = f->second;
    else
        return fail(c.line, "unknown key '" + k + "'");
    target.gui().handleEvent(e);
    return true;
}

bool ScriptDriver::waitText(ScriptTarget& target, const ui::ScriptCommand& c)
{
    constexpr sf::Int32 kPatienceMs = 10000;
    const sf::Int32 now = m_clock.getElapsedTime().asMilliseconds();
    if (target.gui().showsText(c.argument))
    {
        m_waitingSince.reset();
        return true;
    }
    if (!m_waitingSince)
        m_waitingSince = now;
    if (now - *m_waitingSince > kPatienceMs)
        return fail(c.line,
                    "waited 10 s for text '" + c.argument + "' on screen " + target.screenName());
    // Not yet: the same command again after a frame and a short pause.
    --m_at;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    return true;
}

bool ScriptDriver::expectScreen(ScriptTarget& target, const ui::ScriptCommand& c)
{
    const std::string name = target.screenName();
    const std::string detail = target.screenDetail();
    if (c.argument != name && c.argument != name + "/" + detail)
        return fail(c.line, "expected screen '" + c.argument + "', showing '" + name +
                                (detail.empty() ? "" : "/" + detail) + "'");
    return true;
}

bool ScriptDriver::expectInside(ScriptTarget& target, const ui::ScriptCommand& c)
{
    const ui::Gui& gui = target.gui();
    const auto rect = gui.widgetRect(c.argument);
    if (!rect)
        return fail(c.line, "no widget '" + c.argument + "' on screen " + target.screenName());
    const auto window = gui.windowSize();
    if (rect->x < 0 || rect->y < 0 || rect->right() > float(window.x) + 0.5f ||
        rect->bottom() > float(window.y) + 0.5f)
    {
        auto px = [](float v) { return std::to_string(int(v)); };
        return fail(c.line, "widget '" + c.argument + "' at " + px(rect->x) + "," + px(rect->y) +
                                " size " + px(rect->w) + "x" + px(rect->h) +
                                " is cut off by the window of " + px(float(window.x)) + "x" +
                                px(float(window.y)) + " on screen " + target.screenName());
    }
    return true;
}

bool ScriptDriver::expectUnmoved(ScriptTarget& target, const ui::ScriptCommand& c)
{
    const auto rect = target.gui().widgetRect(c.argument);
    if (!rect)
        return fail(c.line, "no widget '" + c.argument + "' on screen " + target.screenName());
    const auto [first, isFirst] = m_placed.emplace(c.argument, *rect);
    if (!isFirst && (first->second.x != rect->x || first->second.y != rect->y))
        return fail(c.line, "widget '" + c.argument + "' moved from " +
                                std::to_string(int(first->second.x)) + "," +
                                std::to_string(int(first->second.y)) + " to " +
                                std::to_string(int(rect->x)) + "," + std::to_string(int(rect->y)));
    return true;
}

void ScriptDriver::measureFrames(ScriptTarget& target, int count)
{
    sf::Clock clock;
    for (int i = 0; i < count; ++i)
        target.frame();
    std::cout << "kompis-bench frame-ms "
              << clock.getElapsedTime().asMicroseconds() / 1000.0 / count << std::endl;
}

bool ScriptDriver::measurePlay(ScriptTarget& target, const ui::ScriptCommand& c)
{
    ui::Gui& gui = target.gui();
    ui::AudioPlayer& audio = target.audio();
    if (!gui.hasWidget(c.argument))
        return fail(c.line, "no widget '" + c.argument + "'");
    audio.stop();
    sf::Clock clock;
    gui.clickWidget(c.argument);
    target.frame();
    while (!audio.anyPlaying() && clock.getElapsedTime().asSeconds() < 5)
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    std::cout << "kompis-bench play-ms " << clock.getElapsedTime().asMicroseconds() / 1000.0
              << std::endl;
    audio.stop();
    return true;
}

bool ScriptDriver::expectPlaying(ScriptTarget& target, const ui::ScriptCommand& c)
{
    // A clip starts on the frame after the click; a few frames settle it either way.
    const std::string wanted = c.argument == "-" ? std::string() : c.argument;
    sf::Clock clock;
    std::string playing = target.playingClip();
    while (playing != wanted && clock.getElapsedTime().asSeconds() < 2)
    {
        target.frame();
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        playing = target.playingClip();
    }
    if (playing != wanted)
        return fail(c.line, "expected " +
                                (wanted.empty() ? "silence" : "'" + wanted + "' playing") + ", " +
                                (playing.empty() ? "nothing plays" : "'" + playing + "' plays") +
                                " on screen " + target.screenName());
    return true;
}

} // namespace kompis::app
