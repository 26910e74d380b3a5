#include "AdminArgs.hpp"
#include "PinInput.hpp"
#include "core/diag/Printable.hpp"
#include "core/store/Backup.hpp"
#include "core/store/ProgressStore.hpp"
#include "core/util/UtcTime.hpp"

#include <ctime>
#include <iostream>
#include <memory>

namespace kompis::admin
{
namespace
{
constexpr const char* kLearnersHelp = R"(Usage: kompis-admin learners [--store PATH]

Lists the learner profiles, tab-separated: id, name, colour, UI language, created, last seen,
whether a PIN is set, and until when the profile is locked after wrong PINs.
)";

constexpr const char* kBackupHelp = R"(Usage: kompis-admin backup [--to FILE] [--store PATH]

Writes a consistent snapshot of the progress store (SQLite VACUUM INTO), safe while learners
are using it. Without --to the snapshot goes to the store's backups folder as
progress-manual-<UTC time>.sqlite. (The player also keeps rotating daily backups there.)
It holds everyone's answers: when a teacher PIN is set, it is needed.
)";

constexpr const char* kRestoreHelp = R"(Usage: kompis-admin restore BACKUP [--store PATH]

Puts a copy of BACKUP (a file from the backups folder, or one made with `kompis-admin backup`)
in place of the progress store. Close Kompis on this computer first. The backup is checked and
opened before anything moves; the store that was there is kept beside it as
<store>.before-restore-<UTC time>, never deleted. When the backup has a teacher PIN, it is
needed.
)";

std::string when(std::int64_t t)
{
    return t > 0 ? core::util::formatIsoUtc(t) : "-";
}
} // namespace

std::unique_ptr<core::store::ProgressStore> openExisting(AdminArgs& args, const char* command,
                                                         StoreUse use)
{
    const auto path = storePathFrom(args);
    if (!std::filesystem::exists(path))
    {
        std::cerr << path.string() << ": error: no progress store here (use --store)\n";
        return nullptr;
    }
    core::store::StoreOptions options;
    options.path = path;
    options.autoBackup = false;
    // A damaged file stays where it is: an empty fresh store in its place would make every
    // later command report nothing as if it were everything.
    options.moveDamagedAside = false;
    auto store = std::make_unique<core::store::ProgressStore>(options);
    const auto& report = store->openReport();
    if (!report.recovery.empty())
    {
        std::cerr << "kompis-admin " << command << ": error: " << report.recovery << "\n";
        return nullptr;
    }
    if (!store->saving() && (use == StoreUse::Write || store->connection().isInMemory()))
    {
        std::cerr << "kompis-admin " << command << ": error: " << report.message << "\n";
        return nullptr;
    }
    return store;
}

int runLearners(AdminArgs& args)
{
    if (args.wantsHelp())
    {
        std::cout << kLearnersHelp;
        return 0;
    }
    auto store = openExisting(args, "learners", StoreUse::Read);
    if (!store)
        return 1;
    const auto now = std::int64_t(std::time(nullptr));
    std::cout << "id\tname\tcolour\tlanguage\tcreated\tlast_seen\tpin\tlocked_until\n";
    // Names come from whoever typed them (or wrote the file): escapes would reach the terminal.
    for (const auto& p : store->learners())
        std::cout << p.id << '\t' << core::printable(p.displayName) << '\t'
                  << core::printable(p.colour) << '\t' << core::printable(p.uiLanguage) << '\t'
                  << when(p.createdAt) << '\t' << when(p.lastSeenAt) << '\t'
                  << (p.hasPin ? "yes" : "no") << '\t'
                  << (p.lockedUntil > now ? when(p.lockedUntil) : "-") << '\n';
    return 0;
}

int runBackup(AdminArgs& args)
{
    if (args.wantsHelp())
    {
        std::cout << kBackupHelp << kTeacherPinOptions;
        return 0;
    }
    const auto to = args.value("--to");
    auto store = openExisting(args, "backup", StoreUse::Read);
    if (!store)
        return 1;
    std::optional<core::store::TeacherToken> teacher;
    if (!unlockIfProtected(*store, args, "backup", teacher))
        return 1;
    std::filesystem::path target;
    if (to)
        target = *to;
    else
    {
        std::string stamp = core::util::formatIsoUtc(std::time(nullptr));
        std::erase_if(stamp, [](char c) { return c == '-' || c == ':'; });
        target = store->backupDir() / ("progress-manual-" + stamp + ".sqlite");
    }
    if (std::filesystem::exists(target))
    {
        std::cerr << target.string() << ": error: already exists; not overwriting\n";
        return 1;
    }
    const auto result = store->backupTo(target);
    if (!result)
    {
        std::cerr << "kompis-admin backup: " << result.error << "\n";
        return 1;
    }
    std::cout << target.string() << "\n";
    return 0;
}

int runRestore(AdminArgs& args)
{
    if (args.wantsHelp())
    {
        std::cout << kRestoreHelp << kTeacherPinOptions;
        return 0;
    }
    const auto words = args.positional();
    if (words.size() != 1)
    {
        std::cerr << "kompis-admin restore: name one backup file\n\n" << kRestoreHelp;
        return 2;
    }
    core::store::StoreOptions options;
    options.path = storePathFrom(args);
    options.autoBackup = false;
    const auto result = core::store::restoreStore(
        words[0], options,
        [&](core::store::ProgressStore& copy) -> std::string
        {
            std::optional<core::store::TeacherToken> teacher;
            return unlockIfProtected(copy, args, "restore", teacher) ? "" : "not restored";
        });
    if (!result.restored)
    {
        std::cerr << "kompis-admin restore: error: " << result.error << "\n";
        return 1;
    }
    if (result.previousKeptAs)
        std::cerr << "kompis-admin restore: the store that was there is kept as "
                  << result.previousKeptAs->string() << "\n";
    std::cout << "restored " << words[0] << " to " << options.path.string() << "\n";
    return 0;
}

} // namespace kompis::admin
