#include "StoreTestSupport.hpp"

#include <atomic>
#include <unistd.h>

namespace kompis::test
{

TempDir::TempDir()
{
    static std::atomic<int> counter{0};
    m_path = std::filesystem::temp_directory_path() /
             ("kompis-store-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(m_path);
    std::filesystem::create_directories(m_path);
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

core::store::StoreOptions testOptions(const std::filesystem::path& file)
{
    core::store::StoreOptions o;
    o.path = file;
    o.autoBackup = false;
    o.pinOpsLimit = 1;
    o.pinMemLimit = 64 * 1024;
    return o;
}

core::store::AttemptRecord attempt(std::int64_t learner, const std::string& item,
                                   core::Outcome outcome, std::int64_t ts,
                                   const std::string& lesson, const std::string& course)
{
    core::store::AttemptRecord a;
    a.learnerId = learner;
    a.courseId = course;
    a.courseVersion = "1.0.0";
    a.lessonId = lesson;
    a.itemId = item;
    a.response = "svar " + item;
    a.outcome = outcome;
    a.points = outcome == core::Outcome::Right ? 1.0 : 0.0;
    a.maxPoints = 1.0;
    a.timeSpentMs = 4000;
    a.timestamp = ts;
    return a;
}

} // namespace kompis::test
