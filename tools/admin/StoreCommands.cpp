#include "AdminArgs.hpp"
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
)";

std::string when(std::int64_t t)
{
    return t > 0 ? core::util::formatIsoUtc(t) : "-";
}
} // namespace

std::unique_ptr<core::store::ProgressStore> openExisting(AdminArgs& args, const char* command)
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
    auto store = std::make_unique<core::store::ProgressStore>(options);
    if (!store->openReport().message.empty())
        std::cerr << "kompis-admin " << command << ": " << store->openReport().message << "\n";
    return store;
}

int runLearners(AdminArgs& args)
{
    if (args.wantsHelp())
    {
        std::cout << kLearnersHelp;
        return 0;
    }
    auto store = openExisting(args, "learners");
    if (!store)
        return 1;
    const auto now = std::int64_t(std::time(nullptr));
    std::cout << "id\tname\tcolour\tlanguage\tcreated\tlast_seen\tpin\tlocked_until\n";
    for (const auto& p : store->learners())
        std::cout << p.id << '\t' << p.displayName << '\t' << p.colour << '\t' << p.uiLanguage
                  << '\t' << when(p.createdAt) << '\t' << when(p.lastSeenAt) << '\t'
                  << (p.hasPin ? "yes" : "no") << '\t'
                  << (p.lockedUntil > now ? when(p.lockedUntil) : "-") << '\n';
    return 0;
}

int runBackup(AdminArgs& args)
{
    if (args.wantsHelp())
    {
        std::cout << kBackupHelp;
        return 0;
    }
    const auto to = args.option("--to");
    if (!args.error().empty())
    {
        std::cerr << "kompis-admin backup: " << args.error() << "\n";
        return 2;
    }
    auto store = openExisting(args, "backup");
    if (!store)
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

} // namespace kompis::admin
