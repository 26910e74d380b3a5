#pragma once

// The one entry point for exports, for the player (background thread, progress bar, a file the
// teacher chose) and kompis-admin alike.

#include "core/export/ExportProgress.hpp"
#include "core/export/XapiExport.hpp"
#include "core/store/ProgressStore.hpp"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <ostream>
#include <string>

namespace kompis::core::exports
{

enum class ExportFormat
{
    AttemptsCsv,
    SummaryCsv,
    Xapi,
};

struct ExportRequest
{
    ExportFormat format = ExportFormat::AttemptsCsv;
    std::optional<std::int64_t> learnerId; ///< empty: every learner
    XapiOptions xapi;
    /// Called every 100 rows and at the end (from the exporting thread).
    ExportProgress progress;
};

struct ExportOutcome
{
    bool written = false;
    bool cancelled = false;
    std::size_t count = 0; ///< rows or statements written
    std::string error;     ///< for people; empty when written or cancelled
};

/// Writes the export to `target` through a private (0600) temporary file that is renamed into
/// place only when complete: a cancelled, failed or killed export never leaves a partial file
/// under the target's name. The store must not be used by another thread meanwhile: a
/// background export opens its own ProgressStore on the same file.
ExportOutcome exportToFile(store::ProgressStore& store, const ExportRequest& request,
                           const std::filesystem::path& target);

/// The same, to a stream (standard output); a failed or cancelled export may have written part.
ExportOutcome exportToStream(store::ProgressStore& store, const ExportRequest& request,
                             std::ostream& out);

} // namespace kompis::core::exports
