#include "ClassroomTestSupport.hpp"

#include "core/store/StoreTestSupport.hpp"

#include <thread>

namespace kompis::test
{
using namespace kompis::core;

TestClassroom::TestClassroom(bool durable)
    : server(durable)
{
    if (!server.available())
        return;
    classroom::PgConnection admin(server.adminUrl(), "");
    init = classroom::initClassroom(admin, server.adminUrl(), {}, true);
}

classroom::ClassroomConfig TestClassroom::pcConfig(const std::string& pcName) const
{
    return {server.tcpUrl("kompis_pc"), init.pcPassword, pcName, "test config"};
}

classroom::ClassroomConfig TestClassroom::teacherConfig() const
{
    return {server.tcpUrl("kompis_teacher"), init.teacherPassword, "teacher", "test config"};
}

classroom::PgConnection TestClassroom::teacher() const
{
    return classroom::PgConnection(server.tcpUrl("kompis_teacher"), init.teacherPassword);
}

std::vector<std::string> TestClassroom::addLearners(const std::vector<std::string>& names)
{
    std::string csv = "name\n";
    for (const auto& n : names)
        csv += n + "\n";
    auto db = teacher();
    const auto added = classroom::addLearnersFromCsv(db, csv, "class.csv", 1800000000, 1, 65536);
    if (!added.errors.empty())
        throw std::runtime_error(added.errors.front());
    std::vector<std::string> uuids;
    for (const auto& n : names)
        uuids.push_back(db.exec("SELECT uuid::text FROM kompis.learners WHERE display_name=$1", {n})
                            .text(0, 0));
    return uuids;
}

std::int64_t TestClassroom::serverAttempts(const std::string& learnerUuid) const
{
    auto db = teacher();
    if (learnerUuid.empty())
        return db.exec("SELECT count(*) FROM kompis.attempts").integer(0, 0);
    return db
        .exec("SELECT count(*) FROM kompis.attempts WHERE learner_uuid=$1::uuid", {learnerUuid})
        .integer(0, 0);
}

TestPc::TestPc(const std::filesystem::path& dir, const classroom::ClassroomConfig& config,
               std::chrono::milliseconds interval)
    : path(dir / (config.pcName + ".sqlite"))
{
    store = std::make_unique<store::ProgressStore>(testOptions(path));
    classroom::SyncOptions options;
    options.classroom = config;
    options.storePath = path;
    options.interval = interval;
    options.firstBackoff = std::chrono::milliseconds(100);
    options.maxBackoff = std::chrono::milliseconds(400);
    sync = std::make_unique<classroom::ClassroomSync>(options);
}

std::int64_t TestPc::local(const std::string& learnerUuid)
{
    for (const auto& l : store->learners())
        if (l.uuid == learnerUuid)
            return l.id;
    return 0;
}

std::vector<std::string> TestPc::attemptUuids(const std::string& learnerUuid)
{
    std::vector<std::string> out;
    store->forEachAttempt(std::nullopt,
                          [&](const store::AttemptRow& row)
                          {
                              if (learnerUuid.empty() || row.learnerUuid == learnerUuid)
                                  out.push_back(row.uuid);
                          });
    return out;
}

bool eventually(const std::function<bool()>& done, std::chrono::milliseconds limit)
{
    const auto until = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < until)
    {
        if (done())
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return done();
}

} // namespace kompis::test
