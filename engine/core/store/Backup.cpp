#include "core/store/ProgressStore.hpp"
#include "core/util/UtcTime.hpp"

#include <algorithm>

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
    std::string s = util::formatIsoUtc(now);
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
    return util::parseIsoUtc(iso);
}
} // namespace

fs::path ProgressStore::backupDir() const
{
    if (!m_options.backupDir.empty())
        return m_options.backupDir;
    return m_report.path.parent_path() / "backups";
}

SaveResult ProgressStore::backupTo(const fs::path& target)
{
    std::error_code ec;
    if (target.has_parent_path())
        fs::create_directories(target.parent_path(), ec);
    const fs::path part = target.string() + ".part";
    fs::remove(part, ec);
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
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec))
    {
        const std::string name = entry.path().filename().string();
        if (name.starts_with(kPrefix) && name.ends_with(kSuffix) && stampTime(name))
            names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    const auto every = std::chrono::duration_cast<std::chrono::seconds>(m_options.autoBackupEvery);
    if (!names.empty() && now - *stampTime(names.back()) < every.count())
        return SaveResult{true, 0, {}};
    const std::string name = std::string(kPrefix) + compactStamp(now) + std::string(kSuffix);
    SaveResult made = backupTo(dir / name);
    if (!made)
        return made;
    names.push_back(name);
    std::sort(names.begin(), names.end());
    const auto keep = std::size_t(std::max(1, m_options.autoBackupKeep));
    for (std::size_t i = 0; i + keep < names.size(); ++i)
        fs::remove(dir / names[i], ec); // only our own rotated snapshots
    return made;
}

} // namespace kompis::core::store
