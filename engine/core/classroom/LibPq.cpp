#include "core/classroom/LibPq.hpp"

#include "core/classroom/PgConnection.hpp"
#include "core/util/RuntimeLibrary.hpp"

namespace kompis::core::classroom
{
namespace
{

struct Loaded
{
    util::RuntimeLibrary library{"libpq.so.5"};
    LibPq functions{};

    Loaded()
    {
        auto& f = functions;
        library.bind(f.connectdbParams, "PQconnectdbParams");
        library.bind(f.status, "PQstatus");
        library.bind(f.errorMessage, "PQerrorMessage");
        library.bind(f.finish, "PQfinish");
        library.bind(f.setNoticeProcessor, "PQsetNoticeProcessor");
        library.bind(f.host, "PQhost");
        library.bind(f.port, "PQport");
        library.bind(f.db, "PQdb");
        library.bind(f.exec, "PQexec");
        library.bind(f.execParams, "PQexecParams");
        library.bind(f.resultStatus, "PQresultStatus");
        library.bind(f.resultErrorMessage, "PQresultErrorMessage");
        library.bind(f.resultErrorField, "PQresultErrorField");
        library.bind(f.clear, "PQclear");
        library.bind(f.ntuples, "PQntuples");
        library.bind(f.getvalue, "PQgetvalue");
        library.bind(f.getlength, "PQgetlength");
        library.bind(f.getisnull, "PQgetisnull");
        library.bind(f.conninfoParse, "PQconninfoParse");
        library.bind(f.conninfoFree, "PQconninfoFree");
        library.bind(f.freemem, "PQfreemem");
    }
};

} // namespace

const LibPq& libpq()
{
    static const Loaded loaded; // thread-safe first use; a sync thread may be the first caller
    if (!loaded.library.loaded())
        throw PgError(PgFailure::Unreachable,
                      "the PostgreSQL client library could not be loaded (" +
                          loaded.library.error() + "); install it with: apt-get install libpq5");
    return loaded.functions;
}

} // namespace kompis::core::classroom
