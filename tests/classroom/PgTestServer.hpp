#pragma once

#include <filesystem>
#include <string>

namespace kompis::test
{

/// A throwaway PostgreSQL 15 cluster in a temporary folder, started with initdb and pg_ctl as
/// an unprivileged user (`nobody` when the tests run as root, as in CI; PostgreSQL refuses
/// root). Local socket logins are trusted (the admin, `kompis_admin`); TCP logins on 127.0.0.1
/// need a password, so a wrong one is refused as on a school's server.
class PgTestServer
{
public:
    /// `durable`: keep fsync on (benchmarks); tests run without it.
    explicit PgTestServer(bool durable = false);
    ~PgTestServer();
    PgTestServer(const PgTestServer&) = delete;
    PgTestServer& operator=(const PgTestServer&) = delete;

    /// False when the PostgreSQL binaries are missing; skipReason() says what to install.
    [[nodiscard]] bool available() const { return m_available; }
    [[nodiscard]] const std::string& skipReason() const { return m_skipReason; }

    /// The administrator's URL (local socket, no password).
    [[nodiscard]] std::string adminUrl() const;
    /// A TCP URL for `role` on 127.0.0.1 (password given apart).
    [[nodiscard]] std::string tcpUrl(const std::string& role) const;
    [[nodiscard]] int port() const { return m_port; }

    void stop();
    void start();

private:
    [[nodiscard]] int run(const std::string& command) const;
    [[nodiscard]] std::filesystem::path templateCluster() const;

    std::filesystem::path m_dir;
    std::filesystem::path m_bin;
    int m_port = 0;
    bool m_available = false;
    bool m_asNobody = false;
    bool m_durable = false;
    bool m_running = false;
    std::string m_skipReason;
};

} // namespace kompis::test
