#pragma once

#include <algorithm>
#include <cstddef>
#include <functional>
#include <stdexcept>

namespace kompis::core::exports
{

/// Rows (or statements) done out of the total; return false to cancel the export.
using ExportProgress = std::function<bool(std::size_t done, std::size_t total)>;

/// Thrown out of a writer when its progress callback asked to stop.
struct ExportCancelled
{
};

/// Data the format cannot express (e.g. a timestamp outside the years 0000-9999 in xAPI).
class ExportError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// Counts rows and reports every 100th (and the last) to the callback.
class ProgressTicker
{
public:
    ProgressTicker(const ExportProgress& progress, std::size_t total)
        : m_progress(progress)
        , m_total(total)
    {
    }

    void tick()
    {
        if (++m_done % 100 == 0)
            report();
    }

    void finish() { report(); }

private:
    void report() const
    {
        if (m_progress && !m_progress(m_done, std::max(m_done, m_total)))
            throw ExportCancelled{};
    }

    const ExportProgress& m_progress;
    std::size_t m_total;
    std::size_t m_done = 0;
};

} // namespace kompis::core::exports
