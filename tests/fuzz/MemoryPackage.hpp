#pragma once

#include "core/package/PackageFiles.hpp"

#include <map>
#include <string>

namespace kompis::fuzz
{

/// A package held in memory, so a fuzz input becomes package files without touching the disk.
class MemoryPackage final : public core::PackageFiles
{
public:
    explicit MemoryPackage(std::map<std::string, std::string> files)
        : m_files(std::move(files))
    {
    }

    [[nodiscard]] std::string root() const override { return "fuzz"; }
    [[nodiscard]] std::string displayPath(const std::string& relative) const override
    {
        return "fuzz/" + relative;
    }
    [[nodiscard]] bool exists(const std::string& relative) const override
    {
        return m_files.contains(relative);
    }
    [[nodiscard]] std::optional<std::size_t> size(const std::string& relative) const override
    {
        const auto found = m_files.find(relative);
        if (found == m_files.end())
            return std::nullopt;
        return found->second.size();
    }
    [[nodiscard]] std::optional<std::string> read(const std::string& relative,
                                                  std::string& error) const override
    {
        const auto found = m_files.find(relative);
        if (found == m_files.end())
        {
            error = "no such file";
            return std::nullopt;
        }
        return found->second;
    }
    [[nodiscard]] std::vector<std::string> list() const override
    {
        std::vector<std::string> names;
        for (const auto& [name, bytes] : m_files)
            names.push_back(name);
        return names;
    }

private:
    std::map<std::string, std::string> m_files;
};

} // namespace kompis::fuzz
