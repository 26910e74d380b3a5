// Issue 20 in the player when the classroom server is away: the learner works on, every answer
// is committed on this PC, and the banner says the PC is offline (no error, no wait).
#include "ui/e2e/E2eSandbox.hpp"
#include "ui/e2e/ScopedEnv.hpp"

#include <catch2/catch.hpp>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using kompis::test::e2e::attemptsIn;
using kompis::test::e2e::kToFirstItem;
using kompis::test::e2e::Sandbox;
using kompis::test::e2e::ScopedEnv;

namespace
{
// A port on 127.0.0.1 where nothing listens: bound and released again.
int closedPort()
{
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    socklen_t len = sizeof addr;
    ::getsockname(s, reinterpret_cast<sockaddr*>(&addr), &len);
    ::close(s);
    return ntohs(addr.sin_port);
}
} // namespace

TEST_CASE("with the classroom server down the learner answers on, the answer is saved on this "
          "PC and the player says it is offline")
{
    Sandbox box("classroom-offline");
    ScopedEnv url("KOMPIS_CLASSROOM",
                  "postgresql://kompis_pc@127.0.0.1:" + std::to_string(closedPort()) +
                      "/kompis?sslmode=disable&connect_timeout=2");
    const std::string script = std::string(kToFirstItem) + R"(click option-1
click check
expect-text Right!
wait 1500
expect-text No connection to the classroom server
screenshot classroom-offline.png
click next
expect-screen lesson/hello-q2
quit
)";
    REQUIRE(box.run("offline", script) == 0);
    INFO(box.errors("offline"));
    const auto rows = attemptsIn(box.store());
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].attempt.itemId == "hello-q1");
}
