#include "app/BackgroundExport.hpp"

namespace kompis::app
{

BackgroundExport::BackgroundExport(std::filesystem::path storePath,
                                   core::exports::ExportRequest request,
                                   std::filesystem::path target)
    : m_target(std::move(target))
{
    m_thread = std::jthread(
        [this, storePath = std::move(storePath), request = std::move(request)]() mutable
        { run(std::move(storePath), std::move(request)); });
}

BackgroundExport::~BackgroundExport()
{
    m_cancel = true;
}

float BackgroundExport::fraction() const
{
    const std::size_t total = m_total;
    return total ? float(m_done) / float(total) : 0.0f;
}

void BackgroundExport::run(std::filesystem::path storePath, core::exports::ExportRequest request)
{
    core::exports::ExportOutcome outcome;
    try
    {
        // A store object is one thread's: this thread reads through its own connection.
        core::store::StoreOptions options;
        options.path = std::move(storePath);
        options.autoBackup = false;
        options.moveDamagedAside = false;
        core::store::ProgressStore store(options);
        // The bar shows the whole length from the start (the writer reports every 100 rows).
        m_total = store.attemptCount(request.learnerId);
        request.progress = [this](std::size_t done, std::size_t total)
        {
            m_done = done;
            m_total = total;
            return !m_cancel;
        };
        outcome = core::exports::exportToFile(store, request, m_target);
    }
    catch (const std::exception& e)
    {
        outcome.error = e.what();
    }
    m_outcome = std::move(outcome);
    m_finished = true;
}

} // namespace kompis::app
