#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

struct pg_conn;
struct pg_result;

namespace kompis::core::classroom
{

/// Why talking to the server failed, so the player and tools can say what to do.
enum class PgFailure
{
    Unreachable,   ///< no server answered (down, wrong host or port, no network)
    WrongPassword, ///< the server refused the role or password
    Query,         ///< connected, but a statement failed
};

/// A libpq failure with its kind and the server's message.
class PgError : public std::runtime_error
{
public:
    PgError(PgFailure failure, const std::string& message, std::string sqlState = {});
    [[nodiscard]] PgFailure failure() const { return m_failure; }
    /// The five-character SQLSTATE for query failures ("23505" unique violation, …).
    [[nodiscard]] const std::string& sqlState() const { return m_sqlState; }

private:
    PgFailure m_failure;
    std::string m_sqlState;
};

/// A query parameter: text, or NULL.
using PgParam = std::optional<std::string>;

/// The rows of one statement's result, as text (NULL reads as empty; isNull tells).
class PgResult
{
public:
    explicit PgResult(pg_result* result);
    PgResult(PgResult&& other) noexcept;
    PgResult& operator=(PgResult&&) = delete;
    PgResult(const PgResult&) = delete;
    ~PgResult();

    [[nodiscard]] int rows() const;
    [[nodiscard]] std::string text(int row, int column) const;
    [[nodiscard]] std::int64_t integer(int row, int column) const;
    [[nodiscard]] double real(int row, int column) const;
    [[nodiscard]] bool isNull(int row, int column) const;

private:
    friend class PgConnection;
    pg_result* m_result = nullptr;
};

/// One libpq connection. `url` is a postgresql:// URL or key=value string and passes through
/// untouched (sslmode, sslrootcert, host lists, …); the password, when given, is added apart so
/// it never has to sit in a URL that tools print.
class PgConnection
{
public:
    PgConnection(const std::string& url, const std::string& password,
                 std::chrono::seconds connectTimeout = std::chrono::seconds(3));
    PgConnection(PgConnection&& other) noexcept;
    PgConnection& operator=(PgConnection&&) = delete;
    PgConnection(const PgConnection&) = delete;
    ~PgConnection();

    /// Runs one statement with text parameters ($1, $2, …); throws PgError.
    PgResult exec(const std::string& sql, const std::vector<PgParam>& params = {});
    /// Runs several statements without parameters (schema scripts).
    void script(const std::string& sql);
    /// True while the connection is usable.
    [[nodiscard]] bool ok() const;
    /// Host and port as the server was reached, for status lines.
    [[nodiscard]] std::string where() const;

private:
    pg_conn* m_conn = nullptr;
};

/// Runs `body` in a transaction: COMMIT when it returns, ROLLBACK when it throws.
template <typename F> auto inTransaction(PgConnection& db, F&& body)
{
    db.exec("BEGIN");
    try
    {
        if constexpr (std::is_void_v<decltype(body())>)
        {
            body();
            db.exec("COMMIT");
        }
        else
        {
            auto result = body();
            db.exec("COMMIT");
            return result;
        }
    }
    catch (...)
    {
        try
        {
            if (db.ok())
                db.exec("ROLLBACK");
        }
        catch (const PgError&)
        {
            // The connection broke: the server rolls back by itself.
        }
        throw;
    }
}

} // namespace kompis::core::classroom
