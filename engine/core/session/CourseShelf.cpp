#include "app/CourseShelf.hpp"

#include "core/package/OpenPackage.hpp"

#include <algorithm>
#include <set>

namespace kompis::app
{
namespace fs = std::filesystem;

bool CourseEntry::broken() const
{
    return !package || !outline.usable() || outline.errorCount() > 0;
}

const core::Course* CourseEntry::course() const
{
    if (fullyLoaded && full.usable())
        return full.course.get();
    return outline.course.get();
}

std::vector<std::string> CourseEntry::firstProblems(std::size_t count) const
{
    std::vector<std::string> out;
    if (!openError.empty())
        out.push_back(openError);
    for (const auto& d : outline.diagnostics)
    {
        if (out.size() >= count)
            break;
        if (d.severity == core::Severity::Error)
            out.push_back(core::formatDiagnostic(d));
    }
    return out;
}

void CourseEntry::loadFully()
{
    if (fullyLoaded || !package)
        return;
    full = core::loadCourse(*package, {});
    fullyLoaded = true;
}

std::vector<fs::path> courseLocations(const std::vector<fs::path>& roots,
                                      const std::vector<fs::path>& explicitPaths)
{
    std::vector<fs::path> out;
    std::set<fs::path> seen;
    auto add = [&](const fs::path& p)
    {
        std::error_code ec;
        fs::path canonical = fs::weakly_canonical(p, ec);
        if (ec)
            canonical = p;
        if (seen.insert(canonical).second)
            out.push_back(p);
    };
    auto isCourse = [](const fs::path& p)
    {
        std::error_code ec;
        return fs::is_regular_file(p / "course.xml", ec) || p.extension() == ".kompis";
    };
    for (const fs::path& root : roots)
    {
        std::error_code ec;
        if (!fs::is_directory(root, ec))
            continue;
        std::vector<fs::path> children;
        for (const auto& e : fs::directory_iterator(root, ec))
            if (isCourse(e.path()))
                children.push_back(e.path());
        std::sort(children.begin(), children.end());
        for (const auto& c : children)
            add(c);
    }
    for (const fs::path& p : explicitPaths)
    {
        std::error_code ec;
        if (fs::is_directory(p, ec) && !isCourse(p))
        {
            for (const auto& c : courseLocations({p}, {}))
                add(c);
        }
        else
            add(p);
    }
    return out;
}

std::vector<std::unique_ptr<CourseEntry>> openCourses(const std::vector<fs::path>& locations)
{
    std::vector<std::unique_ptr<CourseEntry>> out;
    for (const fs::path& location : locations)
    {
        auto entry = std::make_unique<CourseEntry>();
        entry->location = location.string();
        // A folder, or a packed .kompis checked entry by entry (see OpenPackage.hpp).
        entry->package = core::openPackage(location, entry->openError);
        if (entry->package)
            entry->openError.clear();
        if (entry->package)
            entry->outline = core::loadCourse(*entry->package, {.loadLessons = false});
        out.push_back(std::move(entry));
    }
    return out;
}

} // namespace kompis::app
