#pragma once

#include "core/review/Fsrs.hpp"
#include "core/store/PinHash.hpp"
#include "core/store/Schema.hpp"
#include "core/store/Sqlite.hpp"
#include "core/store/StoreTypes.hpp"

#include <chrono>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kompis::core::store
{

/// Where the store lives: the explicit option, else util::defaultStorePath() ($KOMPIS_STORE,
/// else progress.sqlite in util::dataHome()).
[[nodiscard]] std::filesystem::path resolveStorePath(const std::filesystem::path& option = {});

struct StoreOptions
{
    std::filesystem::path path; ///< empty: resolveStorePath()
    std::chrono::milliseconds busyTimeout{5000};
    int busyRetries = 20; ///< extra retries of a whole transaction after the busy timeout
    bool autoBackup = true;
    /// When false, commits skip fsync (synchronous=OFF): for throwaway stores such as a
    /// teacher's preview, where a lost answer costs nothing and a save must show at once.
    bool durable = true;
    /// A damaged file is moved aside and a fresh store started (the player). When false (tools)
    /// it is left in place and the store runs in memory, not saving, with `recovery` set.
    bool moveDamagedAside = true;
    std::chrono::hours autoBackupEvery{24};
    int autoBackupKeep = 7;
    std::filesystem::path backupDir; ///< empty: "backups" beside the store
    /// Seconds added to UTC before cutting days for activity and streaks (the learner's zone).
    std::int64_t dayOffsetSeconds = 0;
    /// libsodium Argon2id limits for PIN hashes (see PinHash.hpp): about 0.3 s per check here.
    unsigned long long pinOpsLimit = kPinOpsLimit;
    std::size_t pinMemLimit = kPinMemLimit;
    /// Tests only: stop migrating at this schema version, to build old stores.
    int migrateTo = kSchemaVersion;
    review::FsrsParameters fsrs{};
};

/// What happened when the store was opened; shown to the learner when not `saving`.
struct OpenReport
{
    std::filesystem::path path;
    bool saving = false;
    bool createdFresh = false;
    std::optional<std::filesystem::path> movedAside; ///< where a damaged file was moved
    /// After a move-aside: the newest backup that passed an integrity check, taken out of the
    /// rotation so it is never deleted. Restore it with `kompis-admin restore <path>`.
    std::optional<std::filesystem::path> restoreFrom;
    /// For people, after a move-aside: what happened and how to get the progress back. The
    /// player shows it to learners and the teacher; empty when the file was sound.
    std::string recovery;
    int migratedFrom = 0; ///< schema version before opening
    std::string message;  ///< for people; empty when all is well
};

/// Proof that the teacher PIN was entered; needed for teacher-only operations.
class TeacherToken
{
    friend class ProgressStore;
    TeacherToken() = default;
};

/// The learner progress database. One object per process; several processes may share a file.
/// Writes commit before they return (WAL, synchronous=FULL) and never throw: they answer with a
/// SaveResult. When the file cannot take writes the store keeps working in memory and saving()
/// turns false, with a message for people. Reads throw SqliteError only if the file breaks
/// while open (damage found after the check on open). Not thread-safe: one thread per object.
class ProgressStore
{
public:
    explicit ProgressStore(StoreOptions options = {});
    ProgressStore(const ProgressStore&) = delete;
    ProgressStore& operator=(const ProgressStore&) = delete;

    [[nodiscard]] const OpenReport& openReport() const { return m_report; }
    /// False in the "progress is not being saved" mode.
    [[nodiscard]] bool saving() const { return m_report.saving; }
    [[nodiscard]] const std::string& statusMessage() const { return m_report.message; }
    [[nodiscard]] int schemaVersion();

    // Learners
    SaveResult createLearner(const NewLearner& learner, std::int64_t now);
    [[nodiscard]] std::vector<LearnerProfile> learners();
    [[nodiscard]] std::optional<LearnerProfile> learner(std::int64_t learnerId);
    SaveResult touchLearner(std::int64_t learnerId, std::int64_t now);
    SaveResult setLearnerLook(std::int64_t learnerId, const std::string& colour,
                              const std::string& uiLanguage);
    /// The learner's second reading language for course instructions ("" for none).
    SaveResult setLearnerSecondLanguage(std::int64_t learnerId, const std::string& lang);
    /// Checks a learner's PIN; 5 wrong tries lock the profile for 60 s.
    PinCheck checkLearnerPin(std::int64_t learnerId, const std::string& pin, std::int64_t now);
    /// The learner changes their own PIN (the old one must be right, if one is set).
    PinCheck changeLearnerPin(std::int64_t learnerId, const std::string& oldPin,
                              const std::optional<std::string>& newPin, std::int64_t now);

    // Teacher
    /// True when a teacher PIN is set, and also when one was set once and its row has since been
    /// removed from the file: then teacher actions stay refused (teacherPinMissing()).
    [[nodiscard]] bool hasTeacherPin();
    /// A teacher PIN was set in this file but its row is gone (edited outside Kompis).
    [[nodiscard]] bool teacherPinMissing();
    /// Sets the teacher PIN; when one exists, `currentPin` must match it.
    PinCheck setTeacherPin(const std::string& newPin, const std::string& currentPin,
                           std::int64_t now);
    /// A token when the teacher PIN is right (also subject to the 5-tries lockout).
    std::optional<TeacherToken> unlockTeacher(const std::string& pin, std::int64_t now,
                                              PinCheck* check = nullptr);
    SaveResult renameLearner(const TeacherToken&, std::int64_t learnerId, const std::string& name);
    SaveResult resetLearnerPin(const TeacherToken&, std::int64_t learnerId,
                               const std::optional<std::string>& newPin);
    /// Records that the learner's data was exported (deletion needs an export after the last
    /// answer).
    SaveResult markExported(const TeacherToken&, std::int64_t learnerId, std::int64_t now);
    /// Deletes a learner and all their data; refused unless exported since their last answer
    /// and `confirmed` is true.
    SaveResult deleteLearner(const TeacherToken&, std::int64_t learnerId, bool confirmed);

    // Courses and answers
    /// Registers a course version; items no longer present become archived (progress is kept).
    SaveResult syncCourse(const CourseOutline& outline);
    /// Saves one answer and updates the item's review card, lesson status and activity, in one
    /// committed transaction. Only a result with saved == true may be shown as saved.
    SaveResult recordAttempt(const AttemptRecord& attempt);
    SaveResult setResumeStep(std::int64_t learnerId, const std::string& courseId,
                             const std::string& lessonId, int step, std::int64_t now);
    /// Marks a lesson done with a scaled score (0–1).
    SaveResult completeLesson(std::int64_t learnerId, const std::string& courseId,
                              const std::string& courseVersion, const std::string& lessonId,
                              double score, bool passed, std::int64_t durationMs, std::int64_t now);
    [[nodiscard]] LessonProgress lessonProgress(std::int64_t learnerId, const std::string& courseId,
                                                const std::string& lessonId);
    [[nodiscard]] std::vector<LessonProgress> courseProgress(std::int64_t learnerId,
                                                             const std::string& courseId);

    // Reviews
    /// Makes a card for a vocabulary entry the learner has met (no-op when it exists).
    SaveResult meetVocabulary(std::int64_t learnerId, const std::string& courseId,
                              const std::string& entryId, std::int64_t now);
    /// Applies a review to a card (item or vocabulary), creating it if needed.
    SaveResult reviewCard(std::int64_t learnerId, const std::string& courseId, CardKind kind,
                          const std::string& refId, review::Rating rating, std::int64_t now);
    [[nodiscard]] std::optional<DueCard> card(std::int64_t learnerId, const std::string& courseId,
                                              CardKind kind, const std::string& refId);
    /// Cards due at `now` across all courses, lowest retrievability first; new cards last.
    [[nodiscard]] std::vector<DueCard> dueQueue(std::int64_t learnerId, std::int64_t now,
                                                std::size_t limit = 100);

    // Statistics and exports
    [[nodiscard]] LearnerStatistics statistics(std::int64_t learnerId, std::int64_t now,
                                               int windowDays = 30);
    /// Every answer `learnerId` wrote to `itemId` of `courseId`, oldest first, with the checklist
    /// ticked each time: the learner's earlier versions of a written message.
    [[nodiscard]] std::vector<WrittenVersion>
    writtenVersions(std::int64_t learnerId, const std::string& courseId, const std::string& itemId);
    /// How many attempts forEachAttempt would visit (for progress bars).
    [[nodiscard]] std::size_t attemptCount(std::optional<std::int64_t> learnerId);
    /// Streams attempts (all learners when `learnerId` is empty) in id order.
    void forEachAttempt(std::optional<std::int64_t> learnerId,
                        const std::function<void(const AttemptRow&)>& visit);
    [[nodiscard]] std::vector<LessonSummaryRow>
    lessonSummaries(std::optional<std::int64_t> learnerId);
    [[nodiscard]] std::vector<LessonCompletion> completions(std::optional<std::int64_t> learnerId);

    // Backups
    /// Writes a consistent snapshot with VACUUM INTO (to a temporary name, then renamed), with
    /// the store file's permissions.
    SaveResult backupTo(const std::filesystem::path& target);
    /// Makes a dated backup when the newest is older than autoBackupEvery. Rotation deletes only
    /// backups older than the newest autoBackupKeep that pass an integrity check.
    SaveResult autoBackup(std::int64_t now);
    [[nodiscard]] std::filesystem::path backupDir() const;
    /// Where a learner's own recordings (speaking items) are kept: `recordings/<learner uuid>`
    /// beside the store, made private on first use by the caller. Deleted with the learner;
    /// never exported. Empty for an unknown learner or a store kept in memory.
    [[nodiscard]] std::filesystem::path recordingsDir(std::int64_t learnerId);

    /// The underlying connection, for tools and tests that need raw SQL.
    [[nodiscard]] Connection& connection() { return m_db; }

private:
    void openFile();
    void openInMemory(const std::string& why);
    void configure(bool file);
    bool looksDamaged();
    void moveAside();
    [[nodiscard]] std::optional<std::filesystem::path> newestGoodBackup() const;
    void keepNewestGoodBackup();
    void adviseRestore(const std::string& happened);
    void removeLeftovers();
    PinCheck reservePinTry(const std::string& table, std::int64_t id, std::int64_t now,
                           std::string& hash, bool& evaluate);
    template <typename F> SaveResult write(F&& body);
    SaveResult failed(const std::string& what);
    PinCheck checkPinRow(const std::string& table, std::int64_t id, const std::string& pin,
                         std::int64_t now);
    SaveResult storePinHash(std::int64_t learnerId, const std::optional<std::string>& hash);
    void updateCard(std::int64_t learnerId, const std::string& courseId, CardKind kind,
                    const std::string& refId, review::Rating rating, std::int64_t now);
    [[nodiscard]] std::int64_t dayOf(std::int64_t unixSeconds) const;

    StoreOptions m_options;
    OpenReport m_report;
    Connection m_db;
    review::Fsrs m_fsrs;
    bool m_savingFailed = false; ///< saving stopped on a write error (it may come back)
};

} // namespace kompis::core::store
