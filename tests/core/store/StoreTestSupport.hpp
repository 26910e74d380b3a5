#pragma once

#include "core/store/ProgressStore.hpp"

#include <filesystem>
#include <string>

namespace kompis::test
{

/// A fresh folder under the system temp dir, removed when the object goes.
class TempDir
{
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
    [[nodiscard]] std::filesystem::path operator/(const std::string& name) const
    {
        return m_path / name;
    }

private:
    std::filesystem::path m_path;
};

/// Options for a test store: cheap PIN hashes, no automatic backups.
core::store::StoreOptions testOptions(const std::filesystem::path& file);

/// An attempt with the given item and outcome at `ts`.
core::store::AttemptRecord attempt(std::int64_t learner, const std::string& item,
                                   core::Outcome outcome, std::int64_t ts,
                                   const std::string& lesson = "l1",
                                   const std::string& course = "svenska");

} // namespace kompis::test
