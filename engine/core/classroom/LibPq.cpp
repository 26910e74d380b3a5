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
        f.connectdbParams = library.function<decltype(f.connectdbParams)>("PQconnectdbParams");
        f.status = library.function<decltype(f.status)>("PQstatus");
        f.errorMessage = library.function<decltype(f.errorMessage)>("PQerrorMessage");
        f.finish = library.function<decltype(f.finish)>("PQfinish");
        f.setNoticeProcessor =
            library.function<decltype(f.setNoticeProcessor)>("PQsetNoticeProcessor");
        f.host = library.function<decltype(f.host)>("PQhost");
        f.port = library.function<decltype(f.port)>("PQport");
        f.db = library.function<decltype(f.db)>("PQdb");
        f.exec = library.function<decltype(f.exec)>("PQexec");
        f.execParams = library.function<decltype(f.execParams)>("PQexecParams");
        f.resultStatus = library.function<decltype(f.resultStatus)>("PQresultStatus");
        f.resultErrorMessage =
            library.function<decltype(f.resultErrorMessage)>("PQresultErrorMessage");
        f.resultErrorField = library.function<decltype(f.resultErrorField)>("PQresultErrorField");
        f.clear = library.function<decltype(f.clear)>("PQclear");
        f.ntuples = library.function<decltype(f.ntuples)>("PQntuples");
        f.getvalue = library.function<decltype(f.getvalue)>("PQgetvalue");
        f.getlength = library.function<decltype(f.getlength)>("PQgetlength");
        f.getisnull = library.function<decltype(f.getisnull)>("PQgetisnull");
        f.conninfoParse = library.function<decltype(f.conninfoParse)>("PQconninfoParse");
        f.conninfoFree = library.function<decltype(f.conninfoFree)>("PQconninfoFree");
        f.freemem = library.function<decltype(f.freemem)>("PQfreemem");
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
