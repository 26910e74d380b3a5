#include "PgTestServer.hpp"

#include <cstdlib>
#include <pwd.h>
#include <random>
#include <stdexcept>
#include <unistd.h>

namespace kompis::test
{
namespace fs = std::filesystem;

namespace
{
fs::path findBinaries()
{
    if (const char* env = std::getenv("KOMPIS_PG_BIN"); env && *env)
        return env;
    for (const char* v : {"17", "16", "15", "14", "13"})
    {
        const fs::path bin = fs::path("/usr/lib/postgresql") / v / "bin";
        if (fs::exists(bin / "initdb") && fs::exists(bin / "pg_ctl"))
            return bin;
    }
    return {};
}
} // namespace

PgTestServer::PgTestServer(bool durable)
    : m_durable(durable)
{
    m_bin = findBinaries();
    if (m_bin.empty())
    {
        m_skipReason = "PostgreSQL server binaries not found (apt-get install postgresql, or set "
                       "KOMPIS_PG_BIN): classroom tests skipped";
        return;
    }
    char pattern[] = "/tmp/kompis-pg-XXXXXX";
    if (!mkdtemp(pattern))
        throw std::runtime_error("cannot make a temporary folder for PostgreSQL");
    m_dir = pattern;
    m_asNobody = ::geteuid() == 0;
    if (m_asNobody)
    {
        const passwd* nobody = getpwnam("nobody");
        if (!nobody || chown(m_dir.c_str(), nobody->pw_uid, nobody->pw_gid) != 0)
            throw std::runtime_error("cannot give " + m_dir.string() + " to the user nobody");
    }
    const fs::path data = m_dir / "data";
    if (run("cp -a '" + templateCluster().string() + "' '" + data.string() + "'") != 0)
        throw std::runtime_error("cannot copy the PostgreSQL template cluster");
    std::random_device seed;
    std::uniform_int_distribution<int> ports(20000, 60000);
    for (int tries = 0; tries < 5 && !m_running; ++tries)
    {
        m_port = ports(seed);
        start();
    }
    if (!m_running)
        throw std::runtime_error("PostgreSQL did not start; see " +
                                 (m_dir / "server.log").string());
    m_available = true;
}

PgTestServer::~PgTestServer()
{
    if (m_bin.empty())
        return;
    stop();
    std::error_code ec;
    fs::remove_all(m_dir, ec);
}

fs::path PgTestServer::templateCluster() const
{
    // initdb takes seconds on a busy machine; every test copies one cluster made once.
    const fs::path cluster =
        fs::temp_directory_path() / ("kompis-pg-template-" + std::to_string(::geteuid()) + "-" +
                                     m_bin.parent_path().filename().string());
    if (fs::exists(cluster / "PG_VERSION"))
        return cluster;
    const fs::path building = m_dir / "template";
    const std::string init = "'" + (m_bin / "initdb").string() + "' -D '" + building.string() +
                             "' -U kompis_admin --auth-local=trust --auth-host=scram-sha-256 "
                             "-E UTF8 --locale=C -N >'" +
                             (m_dir / "initdb.log").string() + "' 2>&1";
    if (run(init) != 0)
        throw std::runtime_error("initdb failed; see " + (m_dir / "initdb.log").string());
    std::error_code ec;
    fs::rename(building, cluster, ec); // another test may have won the race: then use theirs
    fs::remove_all(building, ec);
    return cluster;
}

int PgTestServer::run(const std::string& command) const
{
    const std::string full =
        m_asNobody ? "cd /tmp && runuser -u nobody -- sh -c \"" + command + "\"" : command;
    return std::system(full.c_str());
}

void PgTestServer::start()
{
    const std::string options = "-p " + std::to_string(m_port) + " -k " + m_dir.string() +
                                " -c listen_addresses=127.0.0.1 -c max_connections=120" +
                                (m_durable ? "" : " -c fsync=off");
    m_running = run("'" + (m_bin / "pg_ctl").string() + "' -D '" + (m_dir / "data").string() +
                    "' -o '" + options + "' -l '" + (m_dir / "server.log").string() +
                    "' -w -t 30 start >/dev/null 2>&1") == 0;
}

void PgTestServer::stop()
{
    if (!m_running)
        return;
    (void)run("'" + (m_bin / "pg_ctl").string() + "' -D '" + (m_dir / "data").string() +
              "' -m immediate -w stop >/dev/null 2>&1");
    m_running = false;
}

std::string PgTestServer::adminUrl() const
{
    return "postgresql://kompis_admin@/postgres?host=" + m_dir.string() +
           "&port=" + std::to_string(m_port);
}

std::string PgTestServer::tcpUrl(const std::string& role) const
{
    return "postgresql://" + role + "@127.0.0.1:" + std::to_string(m_port) +
           "/postgres?sslmode=disable";
}

} // namespace kompis::test
