#include "StoreFiles.hpp"

#include "core/store/ProgressStore.hpp"

#include <sqlite3.h>

namespace kompis::attack
{

namespace
{

constexpr std::int64_t kNow = 1'800'000'000;

/// A connection that only reads (opened for writing so a killed run's journal can be
/// rolled back, as the next start would), closed when it goes.
class ReadOnly
{
public:
    explicit ReadOnly(const std::filesystem::path& file)
    {
        if (sqlite3_open_v2(file.c_str(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        {
            sqlite3_close(m_db);
            m_db = nullptr;
        }
    }
    ~ReadOnly() { sqlite3_close(m_db); }
    ReadOnly(const ReadOnly&) = delete;
    ReadOnly& operator=(const ReadOnly&) = delete;

    /// Every row's first column as text; false when the statement fails.
    bool each(const char* sql, std::set<std::string>& rows) const
    {
        if (!m_db)
            return false;
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
        {
            sqlite3_finalize(statement);
            return false;
        }
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW)
            if (const auto* text = sqlite3_column_text(statement, 0))
                rows.insert(reinterpret_cast<const char*>(text));
        sqlite3_finalize(statement);
        return step == SQLITE_DONE;
    }

private:
    sqlite3* m_db = nullptr;
};

} // namespace

void makeStore(const std::filesystem::path& file, int answers, const std::string& name, int padding)
{
    std::filesystem::create_directories(file.parent_path());
    core::store::StoreOptions options;
    options.path = file;
    options.autoBackup = false;
    core::store::ProgressStore store(options);
    const auto id = store.createLearner({name, "", "sv", std::nullopt}, kNow).id;
    (void)store.setTeacherPin(kTeacherPin, "", kNow);
    (void)store.recordAttempt({.learnerId = id,
                               .courseId = "example",
                               .courseVersion = "1.0.0",
                               .lessonId = "hello",
                               .itemId = "hello-q1",
                               .response = "Hej",
                               .outcome = core::Outcome::Right,
                               .points = 1,
                               .maxPoints = 1,
                               .timeSpentMs = 3000,
                               .timestamp = kNow});
    if (answers > 1)
        store.connection().exec(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
            std::to_string(answers - 1) +
            ") INSERT INTO attempts(learner_id, course_id, course_version, lesson_id, item_id, "
            "response, outcome, points, max_points, time_ms, ts, uuid, fast, pc, pushed) "
            "SELECT learner_id, course_id, course_version, lesson_id, item_id, "
            "response || hex(randomblob(" +
            std::to_string(padding) +
            ")), outcome, points, max_points, time_ms, ts + i, "
            "lower(hex(randomblob(16))), fast, pc, pushed FROM attempts, n");
}

bool storeIsSound(const std::filesystem::path& file)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        return false;
    std::set<std::string> result;
    return ReadOnly(file).each("PRAGMA quick_check", result) && result.size() == 1 &&
           *result.begin() == "ok";
}

std::set<std::string> answerIds(const std::filesystem::path& file)
{
    std::set<std::string> ids;
    ReadOnly(file).each("SELECT uuid FROM attempts", ids);
    return ids;
}

} // namespace kompis::attack
