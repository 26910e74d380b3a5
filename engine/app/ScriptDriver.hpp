#pragma once

#include "ui/Layout.hpp"
#include "ui/Script.hpp"

#include <SFML/System/Clock.hpp>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kompis::ui
{
class AudioPlayer;
class Gui;
} // namespace kompis::ui

namespace kompis::app
{

/// What a script drives: the player as the driver sees it.
class ScriptTarget
{
public:
    virtual ~ScriptTarget() = default;
    [[nodiscard]] virtual ui::Gui& gui() = 0;
    [[nodiscard]] virtual ui::AudioPlayer& audio() = 0;
    /// The screen's name, and its detail ("" or the lesson step shown).
    [[nodiscard]] virtual std::string screenName() const = 0;
    [[nodiscard]] virtual std::string screenDetail() const = 0;
    /// Builds and draws one frame.
    virtual void frame() = 0;
    /// Saves the next frame drawn to `file`.
    virtual void screenshot(std::filesystem::path file) = 0;
    /// A click, key or typed text arrived (the learner is not idle).
    virtual void noteInput() {}
    /// The `src` of the course clip playing now, or "".
    [[nodiscard]] virtual std::string playingClip() const { return {}; }
};

/// Plays a `--script` (input events, expectations, screenshots, measurements) into the player,
/// one command per idle frame, so end-to-end tests see exactly what a learner would.
class ScriptDriver
{
public:
    ScriptDriver(std::filesystem::path file, std::filesystem::path screenshotDir);
    /// Reads and parses the script; "" or why it cannot run.
    [[nodiscard]] std::string load();
    /// Runs the next command (or waits); false when the script has ended, failed or quit.
    bool step(ScriptTarget& target);
    /// 0, or 3 when an expectation failed.
    [[nodiscard]] int exitCode() const { return m_exitCode; }

private:
    bool fail(int line, const std::string& why);
    bool key(ScriptTarget& target, const ui::ScriptCommand& command);
    bool expectScreen(ScriptTarget& target, const ui::ScriptCommand& command);
    bool expectInside(ScriptTarget& target, const ui::ScriptCommand& command);
    bool expectUnmoved(ScriptTarget& target, const ui::ScriptCommand& command);
    // Mirrored layout and text direction (ScriptLayoutProbes.cpp)
    bool expectLeftOf(ScriptTarget& target, const ui::ScriptCommand& command);
    bool expectDirection(ScriptTarget& target, const ui::ScriptCommand& command);
    bool waitText(ScriptTarget& target, const ui::ScriptCommand& command);
    void measureFrames(ScriptTarget& target, int count);
    bool measurePlay(ScriptTarget& target, const ui::ScriptCommand& command);
    bool expectPlaying(ScriptTarget& target, const ui::ScriptCommand& command);

    std::filesystem::path m_file;
    std::filesystem::path m_screenshotDir;
    std::vector<ui::ScriptCommand> m_commands;
    std::size_t m_at = 0;
    sf::Clock m_clock;
    sf::Int32 m_waitUntil = 0;
    std::optional<sf::Int32> m_waitingSince; ///< when the current wait-text began
    int m_exitCode = 0;
    std::map<std::string, ui::Rect> m_placed; ///< where expect-unmoved first saw each widget
};

} // namespace kompis::app
