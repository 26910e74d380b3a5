#include "core/classroom/ClassroomConfig.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace kompis::core::classroom
{
namespace fs = std::filesystem;

namespace
{
std::string trim(std::string s)
{
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string::npos)
        return {};
    const auto last = s.find_last_not_of(" \t\r");
    return s.substr(first, last - first + 1);
}

std::string hostName()
{
    char name[256] = {};
    if (gethostname(name, sizeof name - 1) != 0 || !*name)
        return "pc";
    return name;
}

// The password file is the one secret on a PC: read it whole, minus the final newline.
std::optional<std::string> readPassword(const fs::path& file, std::string& error)
{
    std::ifstream in(file);
    if (!in)
    {
        error = file.string() +
                ": cannot read the classroom password file (it should be readable by root and "
                "the kompis group)";
        return std::nullopt;
    }
    std::string password;
    std::getline(in, password);
    return trim(password);
}
} // namespace

ClassroomLookup readClassroomConf(const fs::path& file)
{
    ClassroomLookup lookup;
    std::ifstream in(file);
    if (!in)
    {
        lookup.error = file.string() + ": cannot read the classroom config";
        return lookup;
    }
    ClassroomConfig config;
    config.source = file.string();
    std::optional<fs::path> passwordFile;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number)
    {
        line = trim(line);
        if (line.empty() || line.front() == '#')
            continue;
        const auto eq = line.find('=');
        if (eq == std::string::npos)
        {
            lookup.error = file.string() + ":" + std::to_string(number) +
                           ": expected `key = value`, found \"" + line + "\"";
            return lookup;
        }
        const std::string key = trim(line.substr(0, eq));
        const std::string value = trim(line.substr(eq + 1));
        if (key == "url")
            config.url = value;
        else if (key == "password_file")
            passwordFile = fs::path(value);
        else if (key == "pc_name")
            config.pcName = value;
        else
        {
            lookup.error = file.string() + ":" + std::to_string(number) + ": unknown setting \"" +
                           key + "\" (known: url, password_file, pc_name)";
            return lookup;
        }
    }
    if (config.url.empty())
    {
        lookup.error = file.string() + ": no `url = postgresql://…` line";
        return lookup;
    }
    if (passwordFile)
    {
        const fs::path resolved =
            passwordFile->is_absolute() ? *passwordFile : file.parent_path() / *passwordFile;
        auto password = readPassword(resolved, lookup.error);
        if (!password)
            return lookup;
        config.password = std::move(*password);
    }
    if (config.pcName.empty())
        config.pcName = hostName();
    lookup.config = std::move(config);
    return lookup;
}

ClassroomLookup findClassroom()
{
    if (const char* url = std::getenv("KOMPIS_CLASSROOM"); url && *url)
    {
        ClassroomLookup lookup;
        ClassroomConfig config;
        config.url = url;
        config.source = "KOMPIS_CLASSROOM";
        if (const char* file = std::getenv("KOMPIS_CLASSROOM_PASSWORD_FILE"); file && *file)
        {
            auto password = readPassword(file, lookup.error);
            if (!password)
                return lookup;
            config.password = std::move(*password);
        }
        const char* pc = std::getenv("KOMPIS_PC_NAME");
        config.pcName = pc && *pc ? pc : hostName();
        lookup.config = std::move(config);
        return lookup;
    }
    const char* conf = std::getenv("KOMPIS_CLASSROOM_CONF");
    const fs::path file = conf && *conf ? fs::path(conf) : fs::path(kDefaultClassroomConf);
    std::error_code ec;
    if (!fs::exists(file, ec))
        return {};
    return readClassroomConf(file);
}

std::string redactedUrl(const std::string& url)
{
    // postgresql://user:secret@host → postgresql://user:***@host
    const auto scheme = url.find("://");
    if (scheme == std::string::npos)
        return url;
    const auto at = url.find('@', scheme + 3);
    const auto colon = url.find(':', scheme + 3);
    if (at == std::string::npos || colon == std::string::npos || colon > at)
        return url;
    return url.substr(0, colon + 1) + "***" + url.substr(at);
}

} // namespace kompis::core::classroom
