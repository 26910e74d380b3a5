#pragma once

#include "core/package/PackageFiles.hpp"

#include <map>
#include <string>

namespace kompis::core
{

/// A package held in memory: fuzz inputs, tests, and packages built by tools before they are
/// written.
class MemoryPackage final : public PackageFiles
{
public:
    explicit MemoryPackage(std::map<std::string, std::string> files, std::string name = "memory")
        : m_files(std::move(files))
        , m_name(std::move(name))
    {
    }

    [[nodiscard]] std::string root() const override { return m_name; }
    [[nodiscard]] std::string displayPath(const std::string& relative) const override
    {
        return m_name + "/" + relative;
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
    [[nodiscard]] std::size_t residentBytes() const override
    {
        std::size_t total = 0;
        for (const auto& [name, bytes] : m_files)
            total += name.size() + bytes.size();
        return total;
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
    std::string m_name;
};

} // namespace kompis::core
