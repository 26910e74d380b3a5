#pragma once

#include "core/classroom/PgConnection.hpp"
#include "core/classroom/ServerSchema.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kompis::core::classroom
{

/// What `classroom init` made: the roles' passwords and the URLs the PCs and the teacher use.
struct InitResult
{
    int migratedFrom = 0;
    std::string pcUrl;
    std::string pcPassword;
    std::string teacherUrl;
    std::string teacherPassword;
};

/// Creates (or upgrades) the Kompis schema and the two roles on the server `db` is connected to
/// as an administrator. Roles that exist keep their passwords unless `newPasswords`.
/// `adminUrl` is the URL used to connect: the roles' URLs copy its host, port, database and
/// TLS settings. Throws PgError or std::runtime_error.
InitResult initClassroom(PgConnection& db, const std::string& adminUrl, const ClassroomRoles& roles,
                         bool newPasswords);

/// `url` with its user replaced by `role` and any password dropped; settings such as sslmode
/// carry over. Throws std::runtime_error for a URL libpq cannot read.
[[nodiscard]] std::string urlForRole(const std::string& url, const std::string& role);

/// The result of adding a class list.
struct AddLearnersResult
{
    int added = 0;
    int alreadyThere = 0;
    std::vector<std::string> errors; ///< `file:line: error: …` lines; nothing is added then
};

/// Adds learners from CSV text (a header row with a `name` column and an optional `pin`
/// column) in one transaction, hashing PINs on this machine. Names already in the class are
/// skipped, so running it twice adds nobody twice. Throws PgError.
AddLearnersResult addLearnersFromCsv(PgConnection& db, std::string_view csv,
                                     const std::string& fileName, std::int64_t now,
                                     unsigned long long pinOpsLimit = 2,
                                     std::size_t pinMemLimit = std::size_t(8) << 20);

/// Gives a learner a new name on the server; every PC takes it with its next round. Needs the
/// teacher's role (a PC's role may not change learners: the server refuses). Returns whether
/// the learner was there. Throws PgError.
bool renameLearnerOnServer(PgConnection& db, const std::string& learnerUuid,
                           const std::string& name);

/// Deletes a learner with all their answers and finished lessons on the server, for good: a PC
/// that still holds them cannot bring them back (the server drops what it pushes for them).
/// Needs the teacher's role. Returns whether the learner was there. Throws PgError.
bool deleteLearnerOnServer(PgConnection& db, const std::string& learnerUuid);

/// A PC as the server last saw it.
struct PcSeen
{
    std::string name;
    std::int64_t lastSeen = 0; ///< Unix seconds
    int outbox = 0;
    int kompisSchema = 0;
};

/// What `classroom status` prints.
struct ServerStatus
{
    std::string where;
    std::string serverVersion;
    int schemaVersion = 0;
    std::int64_t learners = 0;
    std::int64_t attempts = 0;
    std::vector<PcSeen> pcs;
};

[[nodiscard]] ServerStatus serverStatus(PgConnection& db);

} // namespace kompis::core::classroom
