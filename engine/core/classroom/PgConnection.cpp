#include "core/classroom/PgConnection.hpp"

#include "core/classroom/LibPq.hpp"

#include <cstdlib>

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
        libpq().clear(m_result);
}

int PgResult::rows() const
{
    return libpq().ntuples(m_result);
}

std::string PgResult::text(int row, int column) const
{
    return std::string(libpq().getvalue(m_result, row, column),
                       std::size_t(libpq().getlength(m_result, row, column)));
}

std::int64_t PgResult::integer(int row, int column) const
{
    return std::strtoll(libpq().getvalue(m_result, row, column), nullptr, 10);
}

double PgResult::real(int row, int column) const
{
    return std::strtod(libpq().getvalue(m_result, row, column), nullptr);
}

bool PgResult::isNull(int row, int column) const
{
    return libpq().getisnull(m_result, row, column) != 0;
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
    m_conn = libpq().connectdbParams(keys.data(), values.data(), 1);
    if (!m_conn)
        throw PgError(PgFailure::Unreachable, "out of memory while connecting");
    if (libpq().status(m_conn) != CONNECTION_OK)
    {
        const std::string message = trimmed(libpq().errorMessage(m_conn));
        libpq().finish(m_conn);
        m_conn = nullptr;
        throw PgError(classify(message), message);
    }
    libpq().setNoticeProcessor(
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
        libpq().finish(m_conn);
}

bool PgConnection::ok() const
{
    return m_conn && libpq().status(m_conn) == CONNECTION_OK;
}

std::string PgConnection::where() const
{
    if (!m_conn)
        return {};
    const std::string host = libpq().host(m_conn) ? libpq().host(m_conn) : "";
    const std::string port = libpq().port(m_conn) ? libpq().port(m_conn) : "";
    return (host.starts_with('/') ? "socket " + host : host) + ":" + port + "/" +
           libpq().db(m_conn);
}

PgResult PgConnection::exec(const std::string& sql, const std::vector<PgParam>& params)
{
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& p : params)
        values.push_back(p ? p->c_str() : nullptr);
    PgResult result(libpq().execParams(m_conn, sql.c_str(), int(values.size()), nullptr,
                                       values.data(), nullptr, nullptr, 0));
    auto* raw = result.m_result;
    const auto status = raw ? libpq().resultStatus(raw) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return result;
    const std::string message =
        trimmed(raw ? libpq().resultErrorMessage(raw) : libpq().errorMessage(m_conn));
    const char* state = raw ? libpq().resultErrorField(raw, PG_DIAG_SQLSTATE) : nullptr;
    throw PgError(
        libpq().status(m_conn) == CONNECTION_OK ? PgFailure::Query : PgFailure::Unreachable,
        message.empty() ? trimmed(libpq().errorMessage(m_conn)) : message, state ? state : "");
}

void PgConnection::script(const std::string& sql)
{
    PgResult result(libpq().exec(m_conn, sql.c_str()));
    auto* raw = result.m_result;
    const auto status = raw ? libpq().resultStatus(raw) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return;
    const char* state = raw ? libpq().resultErrorField(raw, PG_DIAG_SQLSTATE) : nullptr;
    throw PgError(libpq().status(m_conn) == CONNECTION_OK ? PgFailure::Query
                                                          : PgFailure::Unreachable,
                  trimmed(libpq().errorMessage(m_conn)), state ? state : "");
}

} // namespace kompis::core::classroom
