#include "core/classroom/ClassroomAdmin.hpp"

#include "core/classroom/LibPq.hpp"
#include "core/export/Csv.hpp"
#include "core/store/PinHash.hpp"

#include <cctype>
#include <memory>
#include <optional>
#include <random>
#include <set>
#include <stdexcept>

namespace kompis::core::classroom
{
namespace
{
std::string randomPassword()
{
    // 24 characters from 56 unambiguous ones: about 139 bits, typed by nobody.
    constexpr std::string_view alphabet =
        "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    std::random_device device;
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    std::string out;
    for (int i = 0; i < 24; ++i)
        out += alphabet[pick(device)];
    return out;
}

std::string percentEncoded(const std::string& s)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (const unsigned char c : s)
    {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~')
            out += char(c);
        else
        {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

void ensureRole(PgConnection& db, const std::string& role, const std::string& password,
                bool setPassword)
{
    const auto exists = db.exec("SELECT 1 FROM pg_roles WHERE rolname = $1", {role});
    const auto literal = db.exec("SELECT quote_ident($1), quote_literal($2)", {role, password});
    const std::string name = literal.text(0, 0);
    if (exists.rows() == 0)
        db.exec("CREATE ROLE " + name + " LOGIN PASSWORD " + literal.text(0, 1));
    else if (setPassword)
        db.exec("ALTER ROLE " + name + " LOGIN PASSWORD " + literal.text(0, 1));
}
} // namespace

std::string urlForRole(const std::string& url, const std::string& role)
{
    char* error = nullptr;
    const LibPq& pq = libpq();
    std::unique_ptr<PQconninfoOption, decltype(pq.conninfoFree)> options(
        pq.conninfoParse(url.c_str(), &error), pq.conninfoFree);
    if (!options)
    {
        const std::string message = error ? error : "cannot read the URL";
        libpq().freemem(error);
        throw std::runtime_error(message);
    }
    std::string host, port, dbname, query;
    for (auto* o = options.get(); o->keyword; ++o)
    {
        if (!o->val)
            continue;
        const std::string key = o->keyword;
        const std::string value = o->val;
        if (key == "host")
            host = value;
        else if (key == "port")
            port = value;
        else if (key == "dbname")
            dbname = value;
        else if (key != "user" && key != "password" && key != "passfile")
            query += (query.empty() ? "?" : "&") + key + "=" + percentEncoded(value);
    }
    std::string out = "postgresql://" + percentEncoded(role) + "@";
    // A socket folder cannot sit in the authority part of a URL; libpq takes it as host=.
    if (!host.empty() && host.front() == '/')
        query += (query.empty() ? "?" : "&") + std::string("host=") + percentEncoded(host);
    else
        out += host;
    if (!port.empty())
        out += ":" + port;
    out += "/" + percentEncoded(dbname);
    return out + query;
}

InitResult initClassroom(PgConnection& db, const std::string& adminUrl, const ClassroomRoles& roles,
                         bool newPasswords)
{
    InitResult result;
    result.pcPassword = randomPassword();
    result.teacherPassword = randomPassword();
    const bool pcExists =
        db.exec("SELECT 1 FROM pg_roles WHERE rolname = $1", {roles.pcRole}).rows();
    const bool teacherExists =
        db.exec("SELECT 1 FROM pg_roles WHERE rolname = $1", {roles.teacherRole}).rows();
    ensureRole(db, roles.pcRole, result.pcPassword, newPasswords);
    ensureRole(db, roles.teacherRole, result.teacherPassword, newPasswords);
    if (pcExists && !newPasswords)
        result.pcPassword.clear();
    if (teacherExists && !newPasswords)
        result.teacherPassword.clear();
    result.migratedFrom = migrateServer(db, roles);
    result.pcUrl = urlForRole(adminUrl, roles.pcRole);
    result.teacherUrl = urlForRole(adminUrl, roles.teacherRole);
    return result;
}

AddLearnersResult addLearnersFromCsv(PgConnection& db, std::string_view csv,
                                     const std::string& fileName, std::int64_t now,
                                     unsigned long long pinOpsLimit, std::size_t pinMemLimit)
{
    AddLearnersResult result;
    std::vector<exports::CsvRecord> records;
    int errorLine = 0;
    if (!exports::parseCsv(csv, records, errorLine))
    {
        result.errors.push_back(fileName + ":" + std::to_string(errorLine) +
                                ": error: a quoted field is never closed");
        return result;
    }
    if (records.empty())
    {
        result.errors.push_back(fileName + ":1: error: the file is empty; it needs a header row "
                                           "with a `name` column");
        return result;
    }
    int nameColumn = -1, pinColumn = -1;
    const auto& header = records.front().fields;
    for (std::size_t c = 0; c < header.size(); ++c)
    {
        std::string h = header[c];
        if (c == 0 && h.starts_with("\xEF\xBB\xBF")) // a spreadsheet's byte order mark
            h.erase(0, 3);
        for (auto& ch : h)
            ch = char(std::tolower(static_cast<unsigned char>(ch)));
        if (h == "name")
            nameColumn = int(c);
        else if (h == "pin")
            pinColumn = int(c);
    }
    if (nameColumn < 0)
    {
        result.errors.push_back(fileName + ":" + std::to_string(records.front().line) +
                                ": error: the header row has no `name` column");
        return result;
    }
    struct Row
    {
        std::string name;
        std::optional<std::string> hash;
    };
    std::vector<Row> rows;
    for (std::size_t r = 1; r < records.size(); ++r)
    {
        const auto& f = records[r].fields;
        const std::string where = fileName + ":" + std::to_string(records[r].line);
        Row row;
        row.name = std::size_t(nameColumn) < f.size() ? f[std::size_t(nameColumn)] : "";
        if (row.name.find_first_not_of(" \t") == std::string::npos)
        {
            result.errors.push_back(where + ": error: the name is empty");
            continue;
        }
        if (pinColumn >= 0 && std::size_t(pinColumn) < f.size() &&
            !f[std::size_t(pinColumn)].empty())
        {
            const std::string& pin = f[std::size_t(pinColumn)];
            if (!store::validPin(pin))
            {
                result.errors.push_back(where + ": error: the PIN of " + row.name +
                                        " is not 4 to 8 digits");
                continue;
            }
            row.hash = store::hashPin(pin, pinOpsLimit, pinMemLimit);
        }
        rows.push_back(std::move(row));
    }
    if (!result.errors.empty())
        return result;
    inTransaction(db,
                  [&]
                  {
                      std::set<std::string> known;
                      const auto existing = db.exec("SELECT display_name FROM kompis.learners");
                      for (int r = 0; r < existing.rows(); ++r)
                          known.insert(existing.text(r, 0));
                      for (const auto& row : rows)
                      {
                          if (!known.insert(row.name).second)
                          {
                              ++result.alreadyThere;
                              continue;
                          }
                          db.exec("INSERT INTO kompis.learners(uuid, display_name, pin_hash, "
                                  "created_at) VALUES(gen_random_uuid(), $1, $2, $3)",
                                  {row.name, row.hash, std::to_string(now)});
                          ++result.added;
                      }
                  });
    return result;
}

ServerStatus serverStatus(PgConnection& db)
{
    ServerStatus s;
    s.where = db.where();
    s.serverVersion = db.exec("SHOW server_version").text(0, 0);
    s.schemaVersion = serverSchemaVersion(db);
    if (s.schemaVersion == 0)
        return s;
    s.learners = db.exec("SELECT count(*) FROM kompis.learners").integer(0, 0);
    s.attempts = db.exec("SELECT count(*) FROM kompis.attempts").integer(0, 0);
    const auto pcs = db.exec("SELECT name, extract(epoch FROM last_seen)::bigint, outbox, "
                             "kompis_schema FROM kompis.pcs ORDER BY name");
    for (int r = 0; r < pcs.rows(); ++r)
        s.pcs.push_back(
            {pcs.text(r, 0), pcs.integer(r, 1), int(pcs.integer(r, 2)), int(pcs.integer(r, 3))});
    return s;
}

bool renameLearnerOnServer(PgConnection& db, const std::string& learnerUuid,
                           const std::string& name)
{
    return db.exec("UPDATE kompis.learners SET display_name = $2 WHERE uuid = $1::uuid "
                   "RETURNING 1",
                   {learnerUuid, name})
               .rows() > 0;
}

bool deleteLearnerOnServer(PgConnection& db, const std::string& learnerUuid)
{
    bool found = false;
    inTransaction(db,
                  [&]
                  {
                      db.exec("INSERT INTO kompis.deleted_learners(uuid) VALUES($1::uuid) "
                              "ON CONFLICT DO NOTHING",
                              {learnerUuid});
                      // Attempts, completions and lesson totals go with it (ON DELETE CASCADE).
                      found = db.exec("DELETE FROM kompis.learners WHERE uuid = $1::uuid "
                                      "RETURNING 1",
                                      {learnerUuid})
                                  .rows() > 0;
                  });
    return found;
}

} // namespace kompis::core::classroom
