#pragma once

#include "app/LessonRun.hpp"
#include "app/Settings.hpp"
#include "core/session/ReviewQueue.hpp"
#include "core/store/ProgressStore.hpp"
#include "ui/AudioPlayer.hpp"
#include "ui/Fonts.hpp"
#include "ui/Gui.hpp"
#include "ui/Messages.hpp"
#include "ui/Script.hpp"

#include <SFML/Graphics.hpp>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace kompis::app
{

enum class Screen
{
    Profiles,
    NewLearner,
    Pin,
    Library,
    CourseMap,
    Lesson,
    Results,
    Settings,
    Progress,
    Teacher,
    Words,
};

/// The name scripts use in `expect-screen`.
const char* screenName(Screen screen);

/// "en ", "ett ", "ei ", "et " or "": how a noun is shown with its gender.
const char* articleText(core::Article article);

using core::session::WordCard;

/// Command-line options.
struct Options
{
    std::filesystem::path store;
    std::vector<std::filesystem::path> courses;
    std::filesystem::path script;
    std::filesystem::path screenshotDir;
    std::string profile;
    std::vector<std::filesystem::path> courseRoots; ///< bundled and user folders
    std::vector<std::filesystem::path> dataDirs;    ///< where i18n/ catalogs live
    unsigned width = 1100, height = 760;
};

/// The running player: window, store, screens and the script layer.
class App
{
public:
    explicit App(Options options);
    /// Runs until the window closes or the script ends; the process exit status.
    int run();

private:
    // Screens (each in its own file)
    void buildProfiles();
    void buildNewLearner();
    void buildPin();
    void buildLibrary();
    void buildCourseMap();
    void buildLesson();
    void buildStepContent(const core::Step& step);
    void buildItem(const core::Item& item, const std::string& itemId);
    void buildFeedback(const core::Item& item);
    void buildResults();
    void buildSettings();
    void buildProgress();
    void buildTeacher();
    void buildWords();

    // Actions
    void go(Screen screen);
    void signIn(const core::store::LearnerProfile& learner);
    void openCourse(CourseEntry& entry);
    void startLesson(CourseEntry& entry, const core::LessonSlot& slot);
    void startReviews(const std::vector<std::string>& onlyItems);
    /// Vocabulary cards due (and new words met in lessons), oldest first; at most `limit`.
    [[nodiscard]] std::vector<WordCard> dueWords(std::size_t limit);
    void startWordReview();
    void checkAnswer();
    void nextStep();
    void finishLesson();
    void applySettings();
    void playAudio(const core::AudioRef& audio, const std::string& widgetId, float speed);
    void audioButton(const core::AudioRef& audio, const std::string& widgetId);
    void letterButtons();
    /// The course of the step shown (reviews mix courses); null outside a lesson.
    [[nodiscard]] const core::Course* stepCourse() const;
    /// In a parallel course, the variant the learner does not follow ("" in a one-variant course).
    [[nodiscard]] std::string otherVariant() const;
    /// Whether text, dialogue and word steps show the other variant too (per course).
    [[nodiscard]] bool comparing() const;
    /// The "compare with …" switch on the steps of a parallel course.
    void compareSwitch();

    // Helpers
    [[nodiscard]] std::string tr(const std::string& key,
                                 const std::vector<ui::MessageArg>& args = {}) const
    {
        return m_messages(key, args);
    }
    /// Instruction text in the learner's language, else English, else whatever there is.
    [[nodiscard]] std::string instr(const core::LocalText& text) const;
    /// Target-language text in the variant followed.
    [[nodiscard]] std::string target(const core::LocalText& text) const;
    [[nodiscard]] std::string languageName(const std::string& tag) const;
    [[nodiscard]] bool lessonDone(const CourseEntry& entry, const std::string& lessonId);
    [[nodiscard]] std::int64_t now() const;
    [[nodiscard]] const sf::Texture* imageTexture(const std::string& src);
    void syncCourse(CourseEntry& entry);
    /// Reads every course.xml the first time a screen needs the list.
    void ensureCourses();
    void frame(bool present);
    bool runScriptStep();
    void screenshot(const std::filesystem::path& file);
    void createWindow();
    [[nodiscard]] std::string screenDetail() const;

    Options m_options;
    Settings m_settings;
    std::filesystem::path m_settingsFile;
    ui::Fonts m_fonts;
    ui::Messages m_messages;
    std::unique_ptr<ui::Gui> m_gui;
    ui::AudioPlayer m_audio;
    std::unique_ptr<core::store::ProgressStore> m_store;
    sf::RenderWindow m_window;
    std::vector<std::unique_ptr<CourseEntry>> m_courses;
    bool m_coursesRead = false;

    Screen m_screen = Screen::Profiles;
    Screen m_settingsReturn = Screen::Profiles;
    std::optional<core::store::LearnerProfile> m_learner;
    CourseEntry* m_course = nullptr;
    std::optional<LessonRun> m_run;
    std::vector<WordCard> m_words; ///< the word review session
    std::size_t m_wordIndex = 0;
    bool m_wordRevealed = false;
    int m_wordsPractised = 0;
    std::string m_notice; ///< one line shown at the top of the next screens until replaced
    std::map<std::string, std::string> m_variant; ///< course id → variant followed (parallel)
    std::set<std::string> m_comparing; ///< course ids whose steps show the other variant too
    std::string m_openTerm;            ///< "step id/glossary id" of the term whose meaning is open

    // Form state of the small screens
    std::string m_newName, m_newPin;
    std::string m_pinEntry;
    std::string m_pinMessage;
    std::optional<core::store::LearnerProfile> m_pinFor;
    bool m_teacherUnlocked = false;
    std::string m_teacherPin;
    std::string m_teacherMessage;
    std::optional<core::store::TeacherToken> m_teacherToken;

    std::map<std::string, std::unique_ptr<sf::Texture>> m_textures;
    std::map<std::string, std::string> m_audioErrors; ///< widget id → why it did not play

    // Script layer
    std::vector<ui::ScriptCommand> m_script;
    std::size_t m_scriptAt = 0;
    bool m_scripted = false;
    sf::Clock m_scriptClock;
    sf::Int32 m_waitUntil = 0;
    std::filesystem::path m_pendingShot;
    int m_exitCode = 0;
    bool m_quit = false;
};

} // namespace kompis::app
