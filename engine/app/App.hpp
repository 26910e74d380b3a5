#pragma once

#include "app/ScriptDriver.hpp"
#include "app/Shell.hpp"
#include "app/StatusBanner.hpp"
#include "ui/text/TextEngine.hpp"

#include <SFML/Graphics.hpp>
#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace kompis::app
{

class Screen;
class PreviewWatcher;

/// The running player: the window, the event loop, the stack of screens and the services they
/// share (in the Shell). Screens draw and act; the App only builds the top one each frame and
/// makes the changes of screen they ask for.
class App : private ScriptTarget
{
public:
    explicit App(Options options);
    ~App() override;
    /// Runs until the window closes or the script ends; the process exit status.
    int run();

private:
    void createWindow();
    /// "Set up this computer" on a new PC; else the profile picker, or the library when one
    /// learner (or --profile) goes straight in.
    void openFirstScreen();
    void handle(const sf::Event& event);
    /// Builds the top screen (twice or three times: input, then a clean build to draw) and draws.
    void frame(bool present);
    void build();
    /// Makes the change of screen a build asked for; true when the screen changed.
    bool changeScreen();
    void saveScreenshot(const std::filesystem::path& file);
    [[nodiscard]] Screen& top() const { return *m_stack.back(); }

    // Preview (AppPreview.cpp)
    /// Signs a preview learner in, opens the course (at --lesson/--step) and starts watching.
    void startPreview();
    /// Shows the course's map, or `lessonId` at `stepId` when they still exist.
    void openPreview(const std::string& lessonId, const std::string& stepId);
    /// Reads the course again after a save, staying on the lesson and step shown; true if so.
    bool reloadIfEdited();
    /// The course's problems (path:line:col: message) above the screen, while there are any.
    void previewProblems();

    // ScriptTarget
    ui::Gui& gui() override { return *m_gui; }
    ui::AudioPlayer& audio() override { return m_shell->audio(); }
    [[nodiscard]] std::string screenName() const override;
    [[nodiscard]] std::string screenDetail() const override;
    void frame() override { frame(true); }
    void screenshot(std::filesystem::path file) override { m_pendingShot = std::move(file); }
    void noteInput() override { m_lastInput = std::chrono::steady_clock::now(); }
    [[nodiscard]] std::string playingClip() const override;

    /// Whether a signed-in learner is to be signed out when idle (classroom setting).
    [[nodiscard]] bool watchingIdle() const;
    /// Signs the learner out when idle for the set time; true when it did.
    bool signOutIfIdle();

    Options m_options;
    ui::text::TextEngine m_text; ///< every text the player draws (fonts open when needed)
    ui::Messages m_messages;
    std::unique_ptr<ui::Gui> m_gui;
    std::unique_ptr<core::store::ProgressStore> m_store;
    std::unique_ptr<Shell> m_shell;
    std::unique_ptr<StatusBanner> m_banner;
    sf::RenderWindow m_window;
    std::vector<std::unique_ptr<Screen>> m_stack;
    std::optional<ScriptDriver> m_script;
    std::filesystem::path m_pendingShot;
    std::chrono::steady_clock::time_point m_lastInput = std::chrono::steady_clock::now();
    int m_syncRounds = 0; ///< classroom sync rounds seen (the class list may have changed)
    std::unique_ptr<PreviewWatcher> m_watcher;
    bool m_languageChosen = false; ///< else the first start opens the language picker
};

} // namespace kompis::app
