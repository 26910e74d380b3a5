#pragma once

#include "core/export/ExportProgress.hpp"
#include "core/store/ProgressStore.hpp"

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>

namespace kompis::core::exports
{

struct XapiOptions
{
    /// The actor's account home page (the system that knows the learners).
    std::string homePage = "https://kompis.invalid/learners";
    /// Activity ids are <base>courses/<course>[/lessons/<lesson>|/items/<item>].
    std::string activityBase = "https://kompis.invalid/xapi/";
    /// Put learners' display names in the statements (the account name is always the learner's
    /// UUID, the same on every PC of a classroom).
    bool includeNames = true;
};

/// Writes a JSON array of xAPI 1.0.3 statements: `answered` for every attempt, and `completed`
/// plus `passed` or `failed` for every finished lesson. Returns the number of statements. Throws
/// ExportError for a timestamp outside the years 0000-9999 (xAPI timestamps are ISO 8601 with
/// four-digit years) and ExportCancelled when `progress` says stop.
std::size_t writeXapiStatements(store::ProgressStore& store, std::optional<std::int64_t> learnerId,
                                const XapiOptions& options, std::ostream& out,
                                const ExportProgress& progress = {});

} // namespace kompis::core::exports
