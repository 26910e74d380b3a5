#pragma once

#include "core/store/ProgressStore.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kompis::admin
{

/// The words after the command name, with `--name value` and `--name=value` options.
class AdminArgs
{
public:
    explicit AdminArgs(std::vector<std::string> words)
        : m_words(std::move(words))
    {
    }

    [[nodiscard]] bool flag(const std::string& name) const;
    /// The value of an option; sets error() when it is given without a value.
    [[nodiscard]] std::optional<std::string> option(const std::string& name);
    /// Words that are neither options nor option values.
    [[nodiscard]] std::vector<std::string> positional(const std::vector<std::string>& valued) const;
    [[nodiscard]] bool wantsHelp() const { return flag("--help") || flag("-h"); }
    [[nodiscard]] const std::string& error() const { return m_error; }

private:
    std::vector<std::string> m_words;
    std::string m_error;
};

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
int runSync(AdminArgs& args);
/// `learners add --from class.csv`: a class list onto the classroom server.
int runLearnersAdd(AdminArgs& args);

} // namespace kompis::admin
