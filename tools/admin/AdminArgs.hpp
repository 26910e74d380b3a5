#pragma once

#include "common/CommandLine.hpp"
#include "core/store/ProgressStore.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace kompis::admin
{

/// A command's parsed words (the tools' shared parser).
using AdminArgs = tools::CommandLine;

/// The store path for commands that read an existing store: --store, else the usual default.
[[nodiscard]] std::filesystem::path storePathFrom(AdminArgs& args);

enum class StoreUse
{
    Read,
    Write,
};

/// Opens the store named by --store (or the default) when it exists; null after a message when
/// it cannot be opened, was damaged (and moved aside), or cannot take writes the command needs.
[[nodiscard]] std::unique_ptr<core::store::ProgressStore>
openExisting(AdminArgs& args, const char* command, StoreUse use);

/// Asks for the teacher PIN and unlocks, when the store has one (or had one: a removed teacher
/// row still refuses). False after a message; `token` is set when a PIN was checked.
[[nodiscard]] bool unlockIfProtected(core::store::ProgressStore& store, AdminArgs& args,
                                     const char* command,
                                     std::optional<core::store::TeacherToken>& token);

int runFsrsReplay(AdminArgs& args);
int runExport(AdminArgs& args);
int runLearners(AdminArgs& args);
int runBackup(AdminArgs& args);
int runRestore(AdminArgs& args);
int runTeacherPin(AdminArgs& args);
int runRename(AdminArgs& args);
int runResetPin(AdminArgs& args);
int runDelete(AdminArgs& args);
int runClassroom(AdminArgs& args);
/// After a teacher's rename (`newName`) or deletion (none) of a learner in the local store:
/// when a classroom is configured, makes the same change on its server (which takes it only
/// from the teacher's role). Prints what went wrong; the exit status (0 also without a
/// classroom).
int changeLearnerInClassroom(const std::string& learnerUuid,
                             const std::optional<std::string>& newName, const char* command);
int runSync(AdminArgs& args);
/// `learners add --from class.csv`: a class list onto the classroom server.
int runLearnersAdd(AdminArgs& args);

} // namespace kompis::admin
