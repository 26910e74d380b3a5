#include "core/store/Backup.hpp"

#include "core/review/UtcTime.hpp"
#include "core/store/PrivateFile.hpp"

#include <algorithm>
#include <ctime>

namespace kompis::core::store
{
namespace fs = std::filesystem;

namespace
{
constexpr std::string_view kPrefix = "progress-";
constexpr std::string_view kSuffix = ".sqlite";

// "2026-11-23T07:00:00Z" → "20261123T070000Z": sortable and safe in every file system.
std::string compactStamp(std::int64_t now)
{
    std::string s = review::formatIsoUtc(now);
    std::erase_if(s, [](char c) { return c == '-' || c == ':'; });
    return s;
}

std::optional<std::int64_t> stampTime(const std::string& name)
{
    if (name.size() != kPrefix.size() + 16 + kSuffix.size())
        return std::nullopt;
    const std::string c = name.substr(kPrefix.size(), 16);
    const std::string iso = c.substr(0, 4) + "-" + c.substr(4, 2) + "-" + c.substr(6, 2) + "T" +
                            c.substr(9, 2) + ":" + c.substr(11, 2) + ":" + c.substr(13, 2) + "Z";
    return review::parseIsoUtc(iso);
}

bool isRotated(const std::string& name)
{
    return name.starts_with(kPrefix) && name.ends_with(kSuffix) && stampTime(name).has_value();
}

std::vector<std::string> rotatedBackups(const fs::path& dir)
{
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (const auto name = entry.path().filename().string(); isRotated(name))
            names.push_back(name);
    std::sort(names.begin(), names.end());
    return names;
}
} // namespace

void moveStoreFiles(const fs::path& from, const fs::path& to)
{
    fs::rename(from, to);
    std::error_code ec;
    for (const char* suffix : {"-wal", "-shm"})
        if (fs::exists(from.string() + suffix, ec))
            fs::rename(from.string() + suffix, to.string() + suffix, ec);
}

bool passesIntegrityCheck(const fs::path& file)
{
    try
    {
        Connection db = Connection::open(file.string(), false);
        Statement check(db.handle(), "PRAGMA quick_check(1)");
        return check.step() && check.text(0) == "ok" && db.scalar("PRAGMA user_version") > 0;
    }
    catch (const SqliteError&)
    {
        return false;
    }
}

fs::path keptAsideName(const fs::path& file, const std::string& why)
{
    const std::string base = file.string() + "." + why + "-" + compactStamp(std::time(nullptr));
    fs::path target = base;
    for (int n = 2; fs::exists(target); ++n)
        target = base + "-" + std::to_string(n);
    return target;
}

RestoreResult restoreStore(const fs::path& backup, const StoreOptions& options,
                           const std::function<std::string(ProgressStore&)>& allow)
{
    RestoreResult out;
    const fs::path target = resolveStorePath(options.path);
    if (!fs::is_regular_file(backup) || !passesIntegrityCheck(backup))
    {
        out.error = backup.string() + " is not a sound Kompis progress file (it fails the check)";
        return out;
    }
    if (auto problem = createPrivateFolders(target.parent_path()); !problem.empty())
    {
        out.error = problem;
        return out;
    }
    const fs::path part = target.string() + ".restore.part";
    std::error_code ec;
    fs::remove(part, ec);
    if (auto problem = createPrivateFile(part); !problem.empty())
    {
        out.error = problem;
        return out;
    }
    fs::copy_file(backup, part, fs::copy_options::overwrite_existing, ec);
    if (ec)
    {
        fs::remove(part, ec);
        out.error = "cannot copy " + backup.string() + ": " + ec.message();
        return out;
    }
    {
        // Opening the copy migrates an older schema and proves it works before anything moves.
        StoreOptions copyOptions = options;
        copyOptions.path = part;
        copyOptions.autoBackup = false;
        ProgressStore copy(copyOptions);
        if (!copy.saving() || copy.openReport().movedAside)
            out.error =
                "the copy of " + backup.string() + " does not open: " + copy.statusMessage();
        else if (allow)
            out.error = allow(copy);
    }
    if (!out.error.empty())
    {
        for (const char* suffix : {"", "-wal", "-shm"})
            fs::remove(part.string() + suffix, ec);
        return out;
    }
    try
    {
        if (fs::exists(target))
        {
            out.previousKeptAs = keptAsideName(target, "before-restore");
            moveStoreFiles(target, *out.previousKeptAs);
        }
        fs::rename(part, target);
        out.restored = true;
    }
    catch (const fs::filesystem_error& e)
    {
        out.error = std::string("cannot put the backup in place: ") + e.what();
    }
    return out;
}

fs::path ProgressStore::backupDir() const
{
    if (!m_options.backupDir.empty())
        return m_options.backupDir;
    return m_report.path.parent_path() / "backups";
}

SaveResult ProgressStore::backupTo(const fs::path& target)
{
    if (auto problem = createPrivateFolders(target.parent_path()); !problem.empty())
        return failed("backup failed: " + problem);
    const fs::path part = partNameFor(target);
    std::error_code ec;
    fs::remove(part, ec);
    // VACUUM INTO fills an empty file it is given: made here, it has private permissions.
    if (auto problem = createPrivateFile(part); !problem.empty())
        return failed("backup failed: " + problem);
    try
    {
        Statement st(m_db.handle(), "VACUUM INTO ?");
        st.bind(1, part.string());
        st.run();
    }
    catch (const SqliteError& e)
    {
        fs::remove(part, ec);
        return failed(std::string("backup failed: ") + e.what());
    }
    // Renaming last means a backup file, once there, is always complete.
    fs::rename(part, target, ec);
    if (ec)
        return failed("backup failed: " + ec.message());
    return SaveResult{true, 0, {}};
}

SaveResult ProgressStore::autoBackup(std::int64_t now)
{
    const fs::path dir = backupDir();
    auto names = rotatedBackups(dir);
    const auto every = std::chrono::duration_cast<std::chrono::seconds>(m_options.autoBackupEvery);
    if (!names.empty() && now - *stampTime(names.back()) < every.count())
        return SaveResult{true, 0, {}};
    const std::string name = std::string(kPrefix) + compactStamp(now) + std::string(kSuffix);
    SaveResult made = backupTo(dir / name);
    if (!made)
        return made;
    names.push_back(name);
    std::sort(names.begin(), names.end());
    // Only backups that pass a check count as kept: a run of damaged (or empty-looking) copies
    // never pushes the last good one out.
    const auto keep = std::size_t(std::max(1, m_options.autoBackupKeep));
    std::size_t good = 0;
    std::error_code ec;
    for (auto i = names.size(); i-- > 0;)
    {
        if (good >= keep)
            fs::remove(dir / names[i], ec); // only our own rotated snapshots
        else if (passesIntegrityCheck(dir / names[i]))
            ++good;
    }
    return made;
}

std::optional<fs::path> ProgressStore::newestGoodBackup() const
{
    const fs::path dir = backupDir();
    auto names = rotatedBackups(dir);
    for (auto it = names.rbegin(); it != names.rend(); ++it)
        if (passesIntegrityCheck(dir / *it))
            return dir / *it;
    return std::nullopt;
}

void ProgressStore::keepNewestGoodBackup()
{
    const auto good = newestGoodBackup();
    if (!good)
        return;
    // Out of the rotation: the backups made after the move-aside hold a fresh, empty store.
    const auto name = good->filename().string();
    fs::path kept = good->parent_path() /
                    (name.substr(0, name.size() - kSuffix.size()) + "-kept" + std::string(kSuffix));
    std::error_code ec;
    fs::rename(*good, kept, ec);
    m_report.restoreFrom = ec ? *good : kept;
}

} // namespace kompis::core::store
