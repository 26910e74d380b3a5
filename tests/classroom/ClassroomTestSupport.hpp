#pragma once

#include "PgTestServer.hpp"
#include "core/classroom/ClassroomAdmin.hpp"
#include "core/classroom/ClassroomSync.hpp"
#include "core/store/ProgressStore.hpp"

#include <filesystem>
#include <memory>
#include <string>

/// Skips the rest of a test case, with the reason, where no PostgreSQL can be started.
#define KOMPIS_NEED_SERVER(classroom)                                                              \
    if (!(classroom).available())                                                                  \
    {                                                                                              \
        WARN((classroom).server.skipReason());                                                     \
        return;                                                                                    \
    }

namespace kompis::test
{

/// A classroom on a throwaway server, set up as `kompis-admin classroom init` does.
class TestClassroom
{
public:
    explicit TestClassroom(bool durable = false);
    [[nodiscard]] bool available() const { return server.available(); }
    /// The config a PC gets (the PC role over TCP with its password).
    [[nodiscard]] core::classroom::ClassroomConfig pcConfig(const std::string& pcName) const;
    [[nodiscard]] core::classroom::ClassroomConfig teacherConfig() const;
    /// A teacher's connection.
    [[nodiscard]] core::classroom::PgConnection teacher() const;
    /// Adds learners by name through the class-list import; returns their UUIDs in order.
    std::vector<std::string> addLearners(const std::vector<std::string>& names);
    /// How many attempts the server holds (for one learner, or all).
    [[nodiscard]] std::int64_t serverAttempts(const std::string& learnerUuid = {}) const;

    PgTestServer server;
    core::classroom::InitResult init;
};

/// One classroom PC: its own progress store and its sync.
struct TestPc
{
    TestPc(const std::filesystem::path& dir, const core::classroom::ClassroomConfig& config,
           std::chrono::milliseconds interval = std::chrono::milliseconds(2000));
    /// The local id of the learner with this UUID (after a sync has pulled the class).
    [[nodiscard]] std::int64_t local(const std::string& learnerUuid);
    /// Attempt UUIDs in this store (for one learner UUID, or all).
    [[nodiscard]] std::vector<std::string> attemptUuids(const std::string& learnerUuid = {});

    std::filesystem::path path;
    std::unique_ptr<core::store::ProgressStore> store;
    std::unique_ptr<core::classroom::ClassroomSync> sync;
};

/// Waits up to `limit` for `done` to turn true, checking every 20 ms.
bool eventually(const std::function<bool()>& done,
                std::chrono::milliseconds limit = std::chrono::milliseconds(15000));

} // namespace kompis::test
