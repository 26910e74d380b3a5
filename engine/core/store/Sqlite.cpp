#include "core/store/Sqlite.hpp"

#include <sqlite3.h>

namespace kompis::core::store
{
namespace
{
[[noreturn]] void fail(sqlite3* db, int rc)
{
    const char* msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    throw SqliteError(rc, msg ? msg : "unknown SQLite error");
}
} // namespace

SqliteError::SqliteError(int code, const std::string& message)
    : std::runtime_error(message)
    , m_code(code)
{
}

bool SqliteError::meansNotSaving() const
{
    switch (m_code & 0xff)
    {
    case SQLITE_READONLY:
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_PERM:
        return true;
    default:
        return false;
    }
}

bool SqliteError::meansBusy() const
{
    return (m_code & 0xff) == SQLITE_BUSY || (m_code & 0xff) == SQLITE_LOCKED;
}

Statement::Statement(sqlite3* db, std::string_view sql)
    : m_db(db)
{
    const int rc = sqlite3_prepare_v2(db, sql.data(), int(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(db, rc);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, std::int64_t value)
{
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        fail(m_db, rc);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        fail(m_db, rc);
    return *this;
}

Statement& Statement::bind(int index, std::string_view value)
{
    const int rc = sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT,
                                       SQLITE_UTF8);
    if (rc != SQLITE_OK)
        fail(m_db, rc);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        fail(m_db, rc);
    return *this;
}

Statement& Statement::bindOptional(int index, const std::optional<std::string>& value)
{
    return value ? bind(index, std::string_view(*value)) : bindNull(index);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    fail(m_db, rc);
}

void Statement::run()
{
    while (step())
    {
    }
    sqlite3_reset(m_stmt);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? std::string(p, std::size_t(sqlite3_column_bytes(m_stmt, column))) : std::string();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Connection::Connection(Connection&& other) noexcept
    : m_db(other.m_db)
    , m_cache(std::move(other.m_cache))
{
    other.m_db = nullptr;
}

Connection& Connection::operator=(Connection&& other) noexcept
{
    if (this != &other)
    {
        close();
        m_db = other.m_db;
        m_cache = std::move(other.m_cache);
        other.m_db = nullptr;
    }
    return *this;
}

Connection::~Connection()
{
    close();
}

void Connection::close()
{
    m_cache.clear();
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Connection Connection::open(const std::string& path, bool create)
{
    Connection c;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (create)
        flags |= SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(path.c_str(), &c.m_db, flags, nullptr);
    if (rc != SQLITE_OK)
    {
        const std::string msg = c.m_db ? sqlite3_errmsg(c.m_db) : sqlite3_errstr(rc);
        c.close();
        throw SqliteError(rc, msg);
    }
    sqlite3_extended_result_codes(c.m_db, 1);
    return c;
}

void Connection::exec(std::string_view sql)
{
    const std::string text(sql);
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK)
    {
        const std::string msg = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw SqliteError(rc, msg);
    }
}

Statement& Connection::cached(const std::string& sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.emplace(sql, std::make_unique<Statement>(m_db, sql)).first;
    it->second->reset();
    return *it->second;
}

std::int64_t Connection::scalar(std::string_view sql)
{
    Statement st(m_db, sql);
    return st.step() ? st.integer(0) : 0;
}

std::int64_t Connection::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

bool Connection::readOnly() const
{
    return sqlite3_db_readonly(m_db, "main") == 1;
}

bool Connection::isInMemory() const
{
    const char* file = sqlite3_db_filename(m_db, "main");
    return file == nullptr || *file == '\0';
}

} // namespace kompis::core::store
