#include "app/ClassroomLink.hpp"

#include "core/classroom/PgConnection.hpp"

#include <ctime>

namespace kompis::app
{

namespace
{

core::classroom::SyncOptions syncOptions(core::classroom::ClassroomConfig config,
                                         const std::filesystem::path& storePath)
{
    core::classroom::SyncOptions options;
    options.classroom = std::move(config);
    options.storePath = storePath;
    return options;
}

} // namespace

ClassroomLink::ClassroomLink(core::classroom::ClassroomConfig config,
                             const std::filesystem::path& storePath)
    : m_config(config)
    , m_sync(syncOptions(std::move(config), storePath))
{
    m_sync.start();
}

std::unique_ptr<ClassroomLink> ClassroomLink::find(const std::filesystem::path& storePath,
                                                   std::string& error)
{
    auto lookup = core::classroom::findClassroom();
    error = lookup.error;
    if (!lookup.config)
        return nullptr;
    return std::make_unique<ClassroomLink>(std::move(*lookup.config), storePath);
}

void ClassroomLink::refreshOverview()
{
    if (m_reading.valid())
        return;
    // Its own connection on its own thread: a server that is away costs the connect timeout
    // there, never a frozen window.
    m_reading = std::async(std::launch::async,
                           [config = m_config]() -> Overview
                           {
                               Overview out;
                               out.readAt = std::int64_t(std::time(nullptr));
                               out.readWhen = std::chrono::steady_clock::now();
                               try
                               {
                                   core::classroom::PgConnection db(config.url, config.password);
                                   out.learners = core::classroom::classOverview(db);
                               }
                               catch (const core::classroom::PgError& e)
                               {
                                   out.error = e.what();
                                   out.unreachable =
                                       e.failure() == core::classroom::PgFailure::Unreachable;
                               }
                               catch (const std::exception& e)
                               {
                                   out.error = e.what();
                               }
                               return out;
                           });
}

bool ClassroomLink::overviewPending()
{
    if (!m_reading.valid())
        return false;
    if (m_reading.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return true;
    m_overview = m_reading.get();
    return false;
}

} // namespace kompis::app
