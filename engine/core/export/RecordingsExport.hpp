#pragma once

// The learners' recordings from speaking exercises, copied out for a teacher who asks for them.
// Recordings are voices: they never travel in the CSV or xAPI exports, only through this.

#include "core/store/ProgressStore.hpp"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

namespace kompis::core::exports
{

struct RecordingsOutcome
{
    std::size_t files = 0; ///< recordings copied
    std::string error;     ///< for people; empty when every recording was copied
};

/// Copies every recording of one learner (or of all) into `targetDir`: a folder per learner
/// named "<id> <name>", one `<item>.ogg` per speaking exercise, and `recordings.csv` listing
/// learner, item and file. Folders are created readable by their owner only (0700, files 0600):
/// voices are personal data.
RecordingsOutcome exportRecordings(store::ProgressStore& store,
                                   std::optional<std::int64_t> learnerId,
                                   const std::filesystem::path& targetDir);

/// The folder name for a learner: their id, then their name with characters that no file
/// system takes (slashes, control characters, a leading dot) replaced, cut at 40 letters.
[[nodiscard]] std::string learnerFolderName(std::int64_t id, const std::string& displayName);

} // namespace kompis::core::exports
