#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace kompis::core::store
{

/// An SQLite failure with its primary result code, so callers can tell busy from broken.
class SqliteError : public std::runtime_error
{
public:
    SqliteError(int code, const std::string& message);
    [[nodiscard]] int code() const { return m_code; }
    /// True for failures that mean "the file cannot take writes" (read-only, full, I/O, corrupt).
    [[nodiscard]] bool meansNotSaving() const;
    [[nodiscard]] bool meansBusy() const;

private:
    int m_code;
};

/// One prepared statement; bind indexes start at 1, column indexes at 0.
class Statement
{
public:
    Statement(sqlite3* db, std::string_view sql);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, std::int64_t(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bindNull(int index);
    /// Binds the text, or NULL when empty.
    Statement& bindOptional(int index, const std::optional<std::string>& value);

    /// Advances; true when a row is available. Throws SqliteError on failure.
    bool step();
    /// Runs to completion, ignoring rows.
    void run();
    void reset();

    [[nodiscard]] std::int64_t integer(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] std::string text(int column) const;
    [[nodiscard]] bool isNull(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

/// An open database connection with a statement cache.
class Connection
{
public:
    Connection() = default;
    Connection(Connection&&) noexcept;
    Connection& operator=(Connection&&) noexcept;
    ~Connection();

    /// Opens (and creates) a file; throws SqliteError.
    static Connection open(const std::string& path, bool create);

    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
    [[nodiscard]] sqlite3* handle() const { return m_db; }
    void exec(std::string_view sql);
    /// A cached statement, reset and with bindings cleared. Not re-entrant for the same SQL.
    Statement& cached(const std::string& sql);
    [[nodiscard]] std::int64_t scalar(std::string_view sql);
    [[nodiscard]] std::int64_t lastInsertId() const;
    [[nodiscard]] bool readOnly() const;
    /// True for a ":memory:" database (no file behind it).
    [[nodiscard]] bool isInMemory() const;
    void close();

private:
    sqlite3* m_db = nullptr;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

} // namespace kompis::core::store
