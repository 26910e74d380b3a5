#include "core/session/CourseShelf.hpp"

#include "core/package/OpenPackage.hpp"

#include <algorithm>
#include <set>

namespace kompis::core::session
{
namespace fs = std::filesystem;

bool CourseEntry::broken() const
{
    return !package || !outline.usable() || outline.errorCount() > 0;
}

const Course* CourseEntry::course() const
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
        if (d.severity == Severity::Error)
            out.push_back(formatDiagnostic(d));
    }
    return out;
}

void CourseEntry::loadFully()
{
    if (fullyLoaded || !package)
        return;
    full = loadCourse(*package, {});
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
        entry->package = openPackage(location, entry->openError);
        if (entry->package)
            entry->openError.clear();
        if (entry->package)
            entry->outline = loadCourse(*entry->package, {.loadLessons = false});
        out.push_back(std::move(entry));
    }
    return out;
}

store::CourseOutline courseOutline(const Course& course)
{
    store::CourseOutline outline{course.id, course.version, {}};
    for (const auto& slot : course.lessons)
    {
        store::CourseOutline::Lesson lesson{slot.id, course.topics, {}, {}};
        if (slot.lesson)
            for (const auto& step : slot.lesson->steps)
            {
                if (step.isItem())
                    lesson.itemIds.push_back(step.id);
                if (const auto* words = std::get_if<VocabularyStep>(&step.body))
                    for (const auto& entry : words->entries)
                        lesson.vocabularyIds.push_back(entry.id);
            }
        outline.lessons.push_back(std::move(lesson));
    }
    return outline;
}

} // namespace kompis::core::session
