#include "core/classroom/PgConnection.hpp"

#include <cstdlib>
#include <libpq-fe.h>

namespace kompis::core::classroom
{
namespace
{
std::string trimmed(const char* message)
{
    std::string s = message ? message : "";
    while (!s.empty() && (s.back() == '\n' || s.back() == ' '))
        s.pop_back();
    return s;
}

// libpq reports a refused login and an unreachable server through the same call; the server's
// SQLSTATE is not available before the connection exists, so the message decides.
PgFailure classify(const std::string& message)
{
    for (const char* refused : {"password authentication failed", "no password supplied", "role \"",
                                "no pg_hba.conf entry", "permission denied for database"})
        if (message.find(refused) != std::string::npos)
            return PgFailure::WrongPassword;
    return PgFailure::Unreachable;
}
} // namespace

PgError::PgError(PgFailure failure, const std::string& message, std::string sqlState)
    : std::runtime_error(message)
    , m_failure(failure)
    , m_sqlState(std::move(sqlState))
{
}

PgResult::PgResult(pg_result* result)
    : m_result(result)
{
}

PgResult::PgResult(PgResult&& other) noexcept
    : m_result(other.m_result)
{
    other.m_result = nullptr;
}

PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}

int PgResult::rows() const
{
    return PQntuples(m_result);
}

std::string PgResult::text(int row, int column) const
{
    return std::string(PQgetvalue(m_result, row, column),
                       std::size_t(PQgetlength(m_result, row, column)));
}

std::int64_t PgResult::integer(int row, int column) const
{
    return std::strtoll(PQgetvalue(m_result, row, column), nullptr, 10);
}

double PgResult::real(int row, int column) const
{
    return std::strtod(PQgetvalue(m_result, row, column), nullptr);
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

PgConnection::PgConnection(const std::string& url, const std::string& password,
                           std::chrono::seconds connectTimeout)
{
    const std::string timeout = std::to_string(connectTimeout.count());
    std::vector<const char*> keys{"dbname", "connect_timeout", "application_name"};
    std::vector<const char*> values{url.c_str(), timeout.c_str(), "kompis"};
    if (!password.empty())
    {
        keys.push_back("password");
        values.push_back(password.c_str());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    // expand_dbname = 1: the URL's own settings (host, port, sslmode, …) apply; ours only fill in.
    m_conn = PQconnectdbParams(keys.data(), values.data(), 1);
    if (!m_conn)
        throw PgError(PgFailure::Unreachable, "out of memory while connecting");
    if (PQstatus(m_conn) != CONNECTION_OK)
    {
        const std::string message = trimmed(PQerrorMessage(m_conn));
        PQfinish(m_conn);
        m_conn = nullptr;
        throw PgError(classify(message), message);
    }
    PQsetNoticeProcessor(
        m_conn, [](void*, const char*) {}, nullptr);
}

PgConnection::PgConnection(PgConnection&& other) noexcept
    : m_conn(other.m_conn)
{
    other.m_conn = nullptr;
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

bool PgConnection::ok() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

std::string PgConnection::where() const
{
    if (!m_conn)
        return {};
    const std::string host = PQhost(m_conn) ? PQhost(m_conn) : "";
    const std::string port = PQport(m_conn) ? PQport(m_conn) : "";
    return (host.starts_with('/') ? "socket " + host : host) + ":" + port + "/" + PQdb(m_conn);
}

PgResult PgConnection::exec(const std::string& sql, const std::vector<PgParam>& params)
{
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& p : params)
        values.push_back(p ? p->c_str() : nullptr);
    PgResult result(PQexecParams(m_conn, sql.c_str(), int(values.size()), nullptr, values.data(),
                                 nullptr, nullptr, 0));
    auto* raw = result.m_result;
    const auto status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return result;
    const std::string message = trimmed(raw ? PQresultErrorMessage(raw) : PQerrorMessage(m_conn));
    const char* state = raw ? PQresultErrorField(raw, PG_DIAG_SQLSTATE) : nullptr;
    throw PgError(PQstatus(m_conn) == CONNECTION_OK ? PgFailure::Query : PgFailure::Unreachable,
                  message.empty() ? trimmed(PQerrorMessage(m_conn)) : message, state ? state : "");
}

void PgConnection::script(const std::string& sql)
{
    PgResult result(PQexec(m_conn, sql.c_str()));
    auto* raw = result.m_result;
    const auto status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return;
    const char* state = raw ? PQresultErrorField(raw, PG_DIAG_SQLSTATE) : nullptr;
    throw PgError(PQstatus(m_conn) == CONNECTION_OK ? PgFailure::Query : PgFailure::Unreachable,
                  trimmed(PQerrorMessage(m_conn)), state ? state : "");
}

} // namespace kompis::core::classroom
