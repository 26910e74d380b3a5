#pragma once

#include <libpq-fe.h>

namespace kompis::core::classroom
{

/// The libpq functions Kompis calls, found in libpq.so.5 when a classroom is first used. Only
/// classroom PCs and the teacher's tools need PostgreSQL; the player no longer loads libpq and
/// the two dozen libraries behind it (Kerberos, LDAP, TLS) at every start.
struct LibPq
{
    decltype(&::PQconnectdbParams) connectdbParams;
    decltype(&::PQstatus) status;
    decltype(&::PQerrorMessage) errorMessage;
    decltype(&::PQfinish) finish;
    decltype(&::PQsetNoticeProcessor) setNoticeProcessor;
    decltype(&::PQhost) host;
    decltype(&::PQport) port;
    decltype(&::PQdb) db;
    decltype(&::PQexec) exec;
    decltype(&::PQexecParams) execParams;
    decltype(&::PQresultStatus) resultStatus;
    decltype(&::PQresultErrorMessage) resultErrorMessage;
    decltype(&::PQresultErrorField) resultErrorField;
    decltype(&::PQclear) clear;
    decltype(&::PQntuples) ntuples;
    decltype(&::PQgetvalue) getvalue;
    decltype(&::PQgetlength) getlength;
    decltype(&::PQgetisnull) getisnull;
    decltype(&::PQconninfoParse) conninfoParse;
    decltype(&::PQconninfoFree) conninfoFree;
    decltype(&::PQfreemem) freemem;
};

/// libpq, opened on the first call. Throws PgError (Unreachable) naming the package to install
/// when the library is missing, as for any other reason the server cannot be reached.
const LibPq& libpq();

} // namespace kompis::core::classroom
