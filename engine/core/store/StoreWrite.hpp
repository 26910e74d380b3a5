#pragma once

// The one write path of ProgressStore, shared by its source files: BEGIN IMMEDIATE, the body,
// COMMIT; busy errors retry the whole transaction, storage errors switch to "not saving" until
// a later commit reaches the file again.

#include "core/store/ProgressStore.hpp"

#include <chrono>
#include <random>
#include <sqlite3.h>
#include <thread>

namespace kompis::core::store
{

template <typename F> SaveResult ProgressStore::write(F&& body)
{
    std::minstd_rand jitter(std::random_device{}());
    for (int attempt = 0;; ++attempt)
    {
        bool begun = false;
        try
        {
            m_db.exec("BEGIN IMMEDIATE");
            begun = true;
            SaveResult result = body();
            if (!result.saved)
            {
                m_db.exec("ROLLBACK");
                return result;
            }
            m_db.exec("COMMIT");
            if (!m_report.saving && m_savingFailed && !m_db.isInMemory())
            {
                // The file took this commit: the full disk or I/O trouble has passed.
                m_report.saving = true;
                m_savingFailed = false;
                m_report.message = m_report.recovery;
            }
            if (!m_report.saving)
            {
                // Kept in memory for this session only: the caller must not call it saved.
                result.saved = false;
                result.error = m_report.message;
            }
            return result;
        }
        catch (const SqliteError& e)
        {
            if (begun && !sqlite3_get_autocommit(m_db.handle()))
                sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
            if (e.meansBusy() && attempt < m_options.busyRetries)
            {
                std::this_thread::sleep_for(std::chrono::milliseconds(1 + jitter() % 20));
                continue;
            }
            if (e.meansNotSaving())
            {
                m_savingFailed = m_savingFailed || m_report.saving;
                m_report.saving = false;
                m_report.message = std::string("Progress is not being saved: ") + e.what() + " (" +
                                   m_report.path.string() + ")";
            }
            return failed(e.what());
        }
        catch (...)
        {
            // Never leave a transaction open behind an unexpected exception.
            if (begun && !sqlite3_get_autocommit(m_db.handle()))
                sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
    }
}

} // namespace kompis::core::store
