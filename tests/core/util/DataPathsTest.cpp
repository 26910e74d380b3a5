#include "core/util/DataPaths.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <optional>
#include <string>

using kompis::core::util::dataHome;
using kompis::core::util::defaultStorePath;
using kompis::core::util::userCoursesDir;

namespace
{

/// Sets (or unsets) an environment variable for one scope.
class ScopedEnv
{
public:
    ScopedEnv(const char* name, const char* value)
        : m_name(name)
    {
        if (const char* old = std::getenv(name))
            m_old = old;
        value ? ::setenv(name, value, 1) : ::unsetenv(name);
    }
    ~ScopedEnv() { m_old ? ::setenv(m_name, m_old->c_str(), 1) : ::unsetenv(m_name); }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* m_name;
    std::optional<std::string> m_old;
};

} // namespace

TEST_CASE("data lives in XDG_DATA_HOME/kompis when that is absolute, else in ~/.local/share")
{
    const ScopedEnv home("HOME", "/home/amal");
    const ScopedEnv store("KOMPIS_STORE", nullptr);
    {
        const ScopedEnv xdg("XDG_DATA_HOME", "/data/amal");
        CHECK(dataHome() == "/data/amal/kompis");
        CHECK(userCoursesDir() == "/data/amal/kompis/courses");
        CHECK(defaultStorePath() == "/data/amal/kompis/progress.sqlite");
    }
    {
        // The XDG spec says a relative XDG_DATA_HOME is invalid and is ignored.
        const ScopedEnv xdg("XDG_DATA_HOME", "relative/path");
        CHECK(dataHome() == "/home/amal/.local/share/kompis");
        CHECK(userCoursesDir() == "/home/amal/.local/share/kompis/courses");
    }
}

TEST_CASE("KOMPIS_STORE names the store file, and without any home the store is local")
{
    const ScopedEnv xdg("XDG_DATA_HOME", nullptr);
    {
        const ScopedEnv store("KOMPIS_STORE", "/srv/klass/progress.sqlite");
        CHECK(defaultStorePath() == "/srv/klass/progress.sqlite");
    }
    const ScopedEnv store("KOMPIS_STORE", nullptr);
    const ScopedEnv home("HOME", nullptr);
    CHECK(dataHome().empty());
    CHECK(userCoursesDir().empty());
    CHECK(defaultStorePath() == "progress.sqlite");
}
