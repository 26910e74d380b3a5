#pragma once

#include "app/ClassroomLink.hpp"
#include "app/ReadAloud.hpp"
#include "app/Settings.hpp"
#include "core/model/LanguageChoice.hpp"
#include "core/session/Clock.hpp"
#include "core/session/CourseShelf.hpp"
#include "core/session/ProgressPort.hpp"
#include "core/store/ProgressStore.hpp"
#include "ui/AudioPlayer.hpp"
#include "ui/Gui.hpp"
#include "ui/Messages.hpp"

#include <SFML/Graphics/Texture.hpp>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace kompis::app
{

class Screen;
using core::session::CourseEntry;

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
    unsigned width = 0, height = 0; ///< 0: as large as fits the screen, up to 1100×720
    /// `--ui-language CODE`: the interface language to start in (classroom set-up, tests).
    std::string uiLanguage;
    /// `--preview COURSE` (kompis-author preview): that course only, every lesson open, a
    /// throwaway store, reloaded when a file in it is saved; `--lesson`/`--step` open there.
    std::filesystem::path preview;
    std::string previewLesson;
    std::string previewStep;
    [[nodiscard]] bool previewing() const { return !preview.empty(); }
};

/// What every screen shares: the store, the courses, the learner signed in, the toolkit, the
/// catalogs, the settings and audio; and the way to another screen. Screens ask for a change of
/// screen here; the App makes it after the build that asked, so no screen is destroyed while it
/// builds.
class Shell
{
public:
    Shell(Options options, ui::Gui& gui, ui::Messages& messages, core::store::ProgressStore& store);

    // Services
    [[nodiscard]] const Options& options() const { return m_options; }
    [[nodiscard]] ui::Gui& gui() { return m_gui; }
    [[nodiscard]] core::store::ProgressStore& store() { return m_store; }
    /// The store as lesson sessions see it, and the clock they read.
    [[nodiscard]] core::session::ProgressPort& progress() { return m_progress; }
    [[nodiscard]] const core::session::Clock& clock() const { return m_clock; }
    [[nodiscard]] ui::AudioPlayer& audio() { return m_audio; }
    /// Instructions and feedback spoken with espeak-ng (through audio()).
    [[nodiscard]] ReadAloud& readAloud() { return m_readAloud; }
    [[nodiscard]] Settings& settings() { return m_settings; }
    [[nodiscard]] const ui::Messages& messages() const { return m_messages; }
    void loadSettings(std::filesystem::path file);
    void saveSettings() const;
    /// Theme, language and volume from the settings (and the learner's own language).
    void applySettings();
    /// The classroom sync when this PC is in one (findClassroom), else null.
    [[nodiscard]] ClassroomLink* classroom() { return m_classroom.get(); }
    /// Joins the classroom if one is configured; a config that cannot be used is reported.
    void startClassroom();
    /// Why a classroom config exists but is not used, or "".
    [[nodiscard]] const std::string& classroomError() const { return m_classroomError; }
    /// Call after each answer the store saved: the classroom sends it soon.
    void answerSaved();
    /// The learner's PIN: against the classroom server when there is one (its rows and lockout
    /// decide), else, or when the server cannot answer, against this PC's store.
    core::store::PinCheck checkLearnerPin(const core::store::LearnerProfile& learner,
                                          const std::string& pin);
    /// Screens with work in the background (an export, a class read) ask for frames to keep
    /// coming; the App draws without waiting for input while any screen asks.
    void keepDrawing() { m_keepDrawing = true; }
    [[nodiscard]] bool takeKeepDrawing() { return std::exchange(m_keepDrawing, false); }

    // Text
    [[nodiscard]] std::string tr(const std::string& key,
                                 const std::vector<ui::MessageArg>& args = {}) const
    {
        return m_messages(key, args);
    }
    /// Instruction text of the open course in the learner's reading order (see instrWithLang).
    [[nodiscard]] std::string instr(const core::LocalText& text) const
    {
        return instrWithLang(text).text;
    }
    /// The same for a text of `course` (the library shows every course's title).
    [[nodiscard]] std::string instr(const core::LocalText& text, const core::Course& course) const
    {
        return instrWithLang(text, &course).text;
    }
    /// Instruction text as shown, with its language (a read-aloud button picks its voice by it):
    /// the learner's language if the course has it, then their second choice, then the
    /// course's first instruction language (core::instructionLanguages). `course` null: the
    /// open course; with none open, English and then the text's own languages stand in.
    [[nodiscard]] core::ShownText instrWithLang(const core::LocalText& text,
                                                const core::Course* course = nullptr) const;
    /// The order instrWithLang looks in for `course`'s texts (null: as instrWithLang).
    [[nodiscard]] std::vector<core::LangTag>
    readingOrder(const core::Course* course, const core::LocalText* text = nullptr) const;
    /// Target-language text in the variant `variant`, else the course's first target language.
    [[nodiscard]] std::string target(const core::LocalText& text, const std::string& variant) const;
    [[nodiscard]] std::string languageName(const std::string& tag) const;
    [[nodiscard]] std::int64_t now() const;

    // The learner and the courses
    [[nodiscard]] const std::optional<core::store::LearnerProfile>& learner() const
    {
        return m_learner;
    }
    void setLearnerLanguage(const std::string& lang);
    /// The language instructions fall back to when a course lacks the learner's ("" for none).
    void setLearnerSecondLanguage(const std::string& lang);
    void signIn(const core::store::LearnerProfile& learner);
    void signOut();
    /// Every course.xml, read the first time a screen needs the list.
    [[nodiscard]] std::vector<std::unique_ptr<CourseEntry>>& courses();
    /// The course whose map was opened last (lessons and results return to it).
    [[nodiscard]] CourseEntry* openCourse() const { return m_course; }
    void setOpenCourse(CourseEntry* entry) { m_course = entry; }
    /// Forgets every course read (and its pictures), so the next courses() reads them again.
    void forgetCourses();
    /// Reads every lesson of `entry` and tells the store its lessons, items and words.
    void syncCourse(CourseEntry& entry);
    /// Opens a course for its map: reads it (syncCourse) unless the estimate of its memory
    /// passes the budget with the other open courses; those are unloaded first, and a course
    /// too big on its own is refused with a notice in the learner's language (false).
    bool openCourseWithinBudget(CourseEntry& entry);
    /// Bytes all open courses may use: $KOMPIS_COURSE_MEMORY_MB (a school sets it
    /// lower on small PCs), else a quarter of the RAM up to
    /// 1 GiB.
    [[nodiscard]] static std::size_t courseMemoryBudget();
    /// The variant followed in a parallel course (its first target language until chosen).
    [[nodiscard]] std::string variant(const core::Course& course) const;
    void setVariant(const std::string& courseId, const std::string& variant);
    /// Course ids whose steps show the other variant too.
    [[nodiscard]] std::set<std::string>& comparing() { return m_comparing; }
    /// One line shown at the top of the next screens until replaced.
    [[nodiscard]] std::string& notice() { return m_notice; }

    // Media of a course package
    [[nodiscard]] const sf::Texture* imageTexture(const CourseEntry* course,
                                                  const std::string& src);
    /// What a clip's buttons did in this frame.
    struct ClipState
    {
        bool clicked = false;    ///< Listen, Stop or Slower was pressed
        bool cannotPlay = false; ///< no sound device, or this clip failed to play
    };
    /// Play / stop and slow buttons for a clip. When it cannot play, a notice, and the
    /// transcript if `transcript` allows it (items keep it hidden until answered).
    /// `playLabel` names what Listen reads when the screen has several clips ("" for Listen).
    ClipState audioButton(const CourseEntry* course, const core::AudioRef& audio,
                          const std::string& widgetId, bool transcript = true,
                          const std::string& playLabel = {});
    /// The `src` of the clip playing now, or "" (the script harness's expect-playing).
    [[nodiscard]] std::string playingClip() const;

    // Navigation: made after the current build
    /// Replaces the screen shown.
    void show(std::unique_ptr<Screen> screen);
    /// Shows `screen` over the current one, which `back()` returns to.
    void push(std::unique_ptr<Screen> screen);
    void back();
    void requestWindow() { m_windowWanted = true; }
    void quit() { m_quitWanted = true; }
    [[nodiscard]] float windowHeight() const { return m_windowHeight; }
    void setWindowHeight(float h) { m_windowHeight = h; }

    /// The navigation asked for since the last call: what App acts on.
    struct Request
    {
        enum class Kind
        {
            None,
            Show,
            Push,
            Back,
        };
        Kind kind = Kind::None;
        std::unique_ptr<Screen> screen;
    };
    [[nodiscard]] Request takeRequest();
    [[nodiscard]] bool takeWindowRequest() { return std::exchange(m_windowWanted, false); }
    [[nodiscard]] bool quitRequested() const { return m_quitWanted; }

private:
    void playAudio(const CourseEntry* course, const core::AudioRef& audio,
                   const std::string& widgetId, float speed);

    Options m_options;
    ui::Gui& m_gui;
    ui::Messages& m_messages;
    core::store::ProgressStore& m_store;
    core::session::StoreProgress m_progress{m_store};
    core::session::SystemClock m_clock;
    ui::AudioPlayer m_audio;
    ReadAloud m_readAloud{m_audio}; ///< after m_audio: its speech stops before the sound goes
    Settings m_settings;
    std::filesystem::path m_settingsFile;
    std::vector<std::unique_ptr<CourseEntry>> m_courses;
    bool m_coursesRead = false;
    std::optional<core::store::LearnerProfile> m_learner;
    CourseEntry* m_course = nullptr;
    std::map<std::string, std::string> m_variant;
    std::set<std::string> m_comparing;
    std::string m_notice;
    std::map<std::string, std::unique_ptr<sf::Texture>> m_textures;
    std::map<std::string, std::string> m_audioErrors; ///< widget id → why it did not play
    std::pair<std::string, std::string> m_lastPlayed; ///< widget id and src of the last clip
    std::unique_ptr<ClassroomLink> m_classroom;
    std::string m_classroomError;
    bool m_keepDrawing = false;
    Request m_request;
    bool m_windowWanted = false;
    bool m_quitWanted = false;
    float m_windowHeight = 760;
};

} // namespace kompis::app
