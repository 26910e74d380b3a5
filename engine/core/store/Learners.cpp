#include "core/store/PinHash.hpp"
#include "core/store/ProgressStore.hpp"
#include "core/store/StoreWrite.hpp"

namespace kompis::core::store
{
namespace
{
constexpr int kMaxPinTries = 5;
constexpr std::int64_t kLockSeconds = 60;
// "KMPT" in the SQLite header's application id: a teacher PIN has been set in this file.
constexpr std::int64_t kTeacherPinSetMark = 0x4b4d5054;

SaveResult ok(std::int64_t id = 0)
{
    return SaveResult{true, id, {}};
}
} // namespace

SaveResult ProgressStore::createLearner(const NewLearner& learner, std::int64_t now)
{
    if (learner.displayName.empty())
        return failed("a learner needs a name");
    std::optional<std::string> hash;
    if (learner.pin)
    {
        hash = hashPin(*learner.pin, m_options.pinOpsLimit, m_options.pinMemLimit);
        if (!hash)
            return failed("a PIN is 4 to 12 digits");
    }
    return write(
        [&]
        {
            auto& st = m_db.cached(
                "INSERT INTO learners(display_name, colour, ui_language, pin_hash, created_at, "
                "last_seen_at, second_language) VALUES(?,?,?,?,?,?,?)");
            st.bind(1, learner.displayName).bind(2, learner.colour).bind(3, learner.uiLanguage);
            st.bindOptional(4, hash).bind(5, now).bind(6, now).bind(7, learner.secondLanguage);
            st.run();
            return ok(m_db.lastInsertId());
        });
}

namespace
{
LearnerProfile readLearner(Statement& st)
{
    LearnerProfile p;
    p.id = st.integer(0);
    p.displayName = st.text(1);
    p.colour = st.text(2);
    p.uiLanguage = st.text(3);
    p.hasPin = !st.isNull(4);
    p.createdAt = st.integer(5);
    p.lastSeenAt = st.integer(6);
    p.lockedUntil = st.integer(7);
    p.exportedAt = st.integer(8);
    p.uuid = st.text(9);
    p.secondLanguage = st.text(10);
    return p;
}

constexpr const char* kLearnerColumns =
    "SELECT id, display_name, colour, ui_language, pin_hash, created_at, last_seen_at, "
    "locked_until, exported_at, coalesce(uuid, ''), second_language FROM learners ";
} // namespace

std::vector<LearnerProfile> ProgressStore::learners()
{
    auto& st = m_db.cached(std::string(kLearnerColumns) + "ORDER BY display_name, id");
    std::vector<LearnerProfile> out;
    while (st.step())
        out.push_back(readLearner(st));
    st.reset();
    return out;
}

std::optional<LearnerProfile> ProgressStore::learner(std::int64_t learnerId)
{
    auto& st = m_db.cached(std::string(kLearnerColumns) + "WHERE id=?");
    st.bind(1, learnerId);
    std::optional<LearnerProfile> out;
    if (st.step())
        out = readLearner(st);
    st.reset();
    return out;
}

SaveResult ProgressStore::touchLearner(std::int64_t learnerId, std::int64_t now)
{
    return write(
        [&]
        {
            auto& st = m_db.cached("UPDATE learners SET last_seen_at=max(last_seen_at, ?) "
                                   "WHERE id=?");
            st.bind(1, now).bind(2, learnerId);
            st.run();
            return ok();
        });
}

SaveResult ProgressStore::setLearnerLook(std::int64_t learnerId, const std::string& colour,
                                         const std::string& uiLanguage)
{
    return write(
        [&]
        {
            auto& st = m_db.cached("UPDATE learners SET colour=?, ui_language=? WHERE id=?");
            st.bind(1, colour).bind(2, uiLanguage).bind(3, learnerId);
            st.run();
            return ok();
        });
}

SaveResult ProgressStore::setLearnerSecondLanguage(std::int64_t learnerId, const std::string& lang)
{
    return write(
        [&]
        {
            auto& st = m_db.cached("UPDATE learners SET second_language=? WHERE id=?");
            st.bind(1, lang).bind(2, learnerId);
            st.run();
            return ok();
        });
}

PinCheck ProgressStore::reservePinTry(const std::string& table, std::int64_t id, std::int64_t now,
                                      std::string& hash, bool& evaluate)
{
    PinCheck check;
    const auto counted = write(
        [&]
        {
            check = {};
            evaluate = false;
            auto& st = m_db.cached("SELECT pin_hash, failed_pin_tries, locked_until FROM " + table +
                                   " WHERE id=?");
            st.bind(1, id);
            if (!st.step())
                return ok(); // Invalid: no such profile
            const bool hasPin = !st.isNull(0);
            hash = st.text(0);
            const int tries = int(st.integer(1)) + 1;
            const auto lockedUntil = st.integer(2);
            st.reset();
            if (!hasPin)
                check.status = PinStatus::NoPinSet;
            else if (lockedUntil > now)
                check = {PinStatus::Locked, 0, lockedUntil};
            if (!hasPin || lockedUntil > now)
                return ok();
            // The try is counted as wrong before the slow hash runs, in the same transaction
            // as the check: parallel guesses cannot all see "tries left" at once.
            evaluate = true;
            const bool last = tries >= kMaxPinTries;
            check = last ? PinCheck{PinStatus::Locked, 0, now + kLockSeconds}
                         : PinCheck{PinStatus::Wrong, kMaxPinTries - tries, 0};
            auto& count = m_db.cached("UPDATE " + table +
                                      " SET failed_pin_tries=?, locked_until=? WHERE id=?");
            count.bind(1, last ? 0 : tries).bind(2, last ? now + kLockSeconds : 0).bind(3, id);
            count.run();
            return ok();
        });
    if (!counted && !evaluate && check.status == PinStatus::Invalid && m_db.readOnly())
    {
        // A read-only file cannot count tries; it can still be read.
        auto& st = m_db.cached("SELECT pin_hash, locked_until FROM " + table + " WHERE id=?");
        st.bind(1, id);
        if (st.step())
        {
            evaluate = !st.isNull(0) && st.integer(1) <= now;
            hash = st.text(0);
            check = st.isNull(0) ? PinCheck{PinStatus::NoPinSet, 0, 0}
                    : evaluate   ? PinCheck{PinStatus::Wrong, 0, 0}
                                 : PinCheck{PinStatus::Locked, 0, st.integer(1)};
        }
        st.reset();
    }
    return check;
}

PinCheck ProgressStore::checkPinRow(const std::string& table, std::int64_t id,
                                    const std::string& pin, std::int64_t now)
{
    std::string hash;
    bool evaluate = false;
    PinCheck check = reservePinTry(table, id, now, hash, evaluate);
    if (!evaluate || !validPin(pin) || !verifyPin(hash, pin))
        return check;
    write(
        [&]
        {
            auto& st = m_db.cached("UPDATE " + table +
                                   " SET failed_pin_tries=0, locked_until=0 WHERE id=?");
            st.bind(1, id);
            st.run();
            return ok();
        });
    return PinCheck{PinStatus::Ok, kMaxPinTries, 0};
}

PinCheck ProgressStore::checkLearnerPin(std::int64_t learnerId, const std::string& pin,
                                        std::int64_t now)
{
    return checkPinRow("learners", learnerId, pin, now);
}

PinCheck ProgressStore::changeLearnerPin(std::int64_t learnerId, const std::string& oldPin,
                                         const std::optional<std::string>& newPin, std::int64_t now)
{
    PinCheck check = checkPinRow("learners", learnerId, oldPin, now);
    if (check.status != PinStatus::Ok && check.status != PinStatus::NoPinSet)
        return check;
    std::optional<std::string> hash;
    if (newPin && !(hash = hashPin(*newPin, m_options.pinOpsLimit, m_options.pinMemLimit)))
        return PinCheck{PinStatus::Invalid, check.triesLeft, 0};
    const auto saved = storePinHash(learnerId, hash);
    return saved.saved || !m_report.saving ? PinCheck{PinStatus::Ok, kMaxPinTries, 0}
                                           : PinCheck{PinStatus::Invalid, 0, 0};
}

bool ProgressStore::hasTeacherPin()
{
    return m_db.scalar("SELECT count(*) FROM teacher WHERE pin_hash IS NOT NULL") > 0 ||
           teacherPinMissing();
}

bool ProgressStore::teacherPinMissing()
{
    return m_db.scalar("PRAGMA application_id") == kTeacherPinSetMark &&
           m_db.scalar("SELECT count(*) FROM teacher WHERE pin_hash IS NOT NULL") == 0;
}

PinCheck ProgressStore::setTeacherPin(const std::string& newPin, const std::string& currentPin,
                                      std::int64_t now)
{
    if (hasTeacherPin())
    {
        const PinCheck check = checkPinRow("teacher", 1, currentPin, now);
        if (!check.ok())
            return check;
    }
    const auto hash = hashPin(newPin, m_options.pinOpsLimit, m_options.pinMemLimit);
    if (!hash)
        return PinCheck{PinStatus::Invalid, 0, 0};
    const auto saved = write(
        [&]
        {
            auto& st = m_db.cached("INSERT INTO teacher(id, pin_hash) VALUES(1, ?) "
                                   "ON CONFLICT(id) DO UPDATE SET pin_hash=excluded.pin_hash, "
                                   "failed_pin_tries=0, locked_until=0");
            st.bind(1, *hash);
            st.run();
            // A mark outside the teacher table: deleting the row does not make the store
            // look as if no teacher PIN had ever been set.
            m_db.exec("PRAGMA application_id=" + std::to_string(kTeacherPinSetMark));
            return ok();
        });
    return saved.saved || !m_report.saving ? PinCheck{PinStatus::Ok, kMaxPinTries, 0}
                                           : PinCheck{PinStatus::Invalid, 0, 0};
}

std::optional<TeacherToken> ProgressStore::unlockTeacher(const std::string& pin, std::int64_t now,
                                                         PinCheck* check)
{
    const PinCheck result = checkPinRow("teacher", 1, pin, now);
    if (check)
        *check = result;
    if (!result.ok())
        return std::nullopt;
    return TeacherToken{};
}

SaveResult ProgressStore::renameLearner(const TeacherToken&, std::int64_t learnerId,
                                        const std::string& name)
{
    if (name.empty())
        return failed("a learner needs a name");
    return write(
        [&]
        {
            auto& st = m_db.cached("UPDATE learners SET display_name=? WHERE id=?");
            st.bind(1, name).bind(2, learnerId);
            st.run();
            return ok();
        });
}

SaveResult ProgressStore::resetLearnerPin(const TeacherToken&, std::int64_t learnerId,
                                          const std::optional<std::string>& newPin)
{
    std::optional<std::string> hash;
    if (newPin && !(hash = hashPin(*newPin, m_options.pinOpsLimit, m_options.pinMemLimit)))
        return failed("a PIN is 4 to 12 digits");
    return storePinHash(learnerId, hash);
}

SaveResult ProgressStore::storePinHash(std::int64_t learnerId,
                                       const std::optional<std::string>& hash)
{
    return write(
        [&]
        {
            auto& st = m_db.cached("UPDATE learners SET pin_hash=?, failed_pin_tries=0, "
                                   "locked_until=0 WHERE id=?");
            st.bindOptional(1, hash).bind(2, learnerId);
            st.run();
            return ok();
        });
}

SaveResult ProgressStore::markExported(const TeacherToken&, std::int64_t learnerId,
                                       std::int64_t now)
{
    return write(
        [&]
        {
            auto& st = m_db.cached("UPDATE learners SET exported_at=? WHERE id=?");
            st.bind(1, now).bind(2, learnerId);
            st.run();
            return ok();
        });
}

SaveResult ProgressStore::deleteLearner(const TeacherToken&, std::int64_t learnerId, bool confirmed)
{
    if (!confirmed)
        return failed("deleting a learner needs confirmation");
    const auto recordings = recordingsDir(learnerId);
    auto result = write(
        [&]
        {
            auto& st = m_db.cached(
                "SELECT exported_at, (SELECT max(ts) FROM attempts WHERE learner_id=?1), "
                "(SELECT max(ts) FROM completions WHERE learner_id=?1) FROM learners WHERE id=?1");
            st.bind(1, learnerId);
            if (!st.step())
                return failed("no such learner");
            const auto exportedAt = st.integer(0);
            const bool hasData = !st.isNull(1) || !st.isNull(2);
            const auto lastData = std::max(st.integer(1), st.integer(2));
            st.reset();
            if (hasData && exportedAt < lastData)
                return failed("export this learner's progress before deleting it");
            for (const char* table : {"attempts", "lesson_progress", "item_progress", "cards",
                                      "activity", "completions", "attempt_checklist"})
            {
                auto& del =
                    m_db.cached(std::string("DELETE FROM ") + table + " WHERE learner_id=?");
                del.bind(1, learnerId);
                del.run();
            }
            auto& del = m_db.cached("DELETE FROM learners WHERE id=?");
            del.bind(1, learnerId);
            del.run();
            return ok();
        });
    // The learner's voice goes with them; the rows are gone, so a failure here only leaves
    // files nobody can reach from the player.
    if (result.saved && !recordings.empty())
    {
        std::error_code ignored;
        std::filesystem::remove_all(recordings, ignored);
    }
    return result;
}

} // namespace kompis::core::store
