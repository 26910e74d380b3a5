#include "app/App.hpp"
#include "core/util/DataPaths.hpp"

#include <cstdlib>
#include <iostream>
#include <optional>
#include <string_view>
#include <unistd.h>

namespace
{

void usage(std::ostream& out)
{
    out << "usage: kompis [--store PATH] [--course PATH]... [--script FILE] [--screenshot-dir "
           "DIR]\n"
           "              [--profile NAME] [--size WxH] [--ui-language CODE] "
           "[--no-default-courses]\n"
           "       kompis --preview COURSE-DIR [--lesson ID] [--step ID] (see kompis-author "
           "preview)\n"
           "Self-paced Swedish and Norwegian for work. Courses come from the bundled folder,\n"
           "~/.local/share/kompis/courses and every --course (a course folder or .kompis file).\n";
}

std::filesystem::path executableDir()
{
    std::error_code ec;
    auto p = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : p.parent_path();
}

/// A folder of its own for a preview's store, removed when the player ends.
class ThrowawayFolder
{
public:
    ThrowawayFolder()
    {
        std::string pattern = (std::filesystem::temp_directory_path() / "kompis-preview-XXXXXX");
        if (::mkdtemp(pattern.data()))
            m_path = pattern;
    }
    ~ThrowawayFolder()
    {
        std::error_code ec;
        if (!m_path.empty())
            std::filesystem::remove_all(m_path, ec);
    }
    ThrowawayFolder(const ThrowawayFolder&) = delete;
    ThrowawayFolder& operator=(const ThrowawayFolder&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

} // namespace

int main(int argc, char** argv)
{
    kompis::app::Options options;
    bool noDefaultCourses = false;
    for (int i = 1; i < argc; ++i)
    {
        const std::string_view arg = argv[i];
        auto value = [&]() -> std::string
        {
            if (i + 1 >= argc)
            {
                std::cerr << "kompis: " << arg << " needs a value\n";
                std::exit(2);
            }
            return argv[++i];
        };
        if (arg == "--store")
            options.store = value();
        else if (arg == "--course")
            options.courses.emplace_back(value());
        else if (arg == "--script")
            options.script = value();
        else if (arg == "--screenshot-dir")
            options.screenshotDir = value();
        else if (arg == "--no-default-courses")
            noDefaultCourses = true;
        else if (arg == "--profile")
            options.profile = value();
        else if (arg == "--ui-language")
            options.uiLanguage = value();
        else if (arg == "--preview")
            options.preview = value();
        else if (arg == "--lesson")
            options.previewLesson = value();
        else if (arg == "--step")
            options.previewStep = value();
        else if (arg == "--size")
        {
            const std::string v = value();
            if (std::sscanf(v.c_str(), "%ux%u", &options.width, &options.height) != 2)
            {
                std::cerr << "kompis: --size takes WIDTHxHEIGHT\n";
                return 2;
            }
        }
        else if (arg == "--help" || arg == "-h")
        {
            usage(std::cout);
            return 0;
        }
        else
        {
            std::cerr << "kompis: unknown option " << arg << "\n";
            usage(std::cerr);
            return 2;
        }
    }
    std::optional<ThrowawayFolder> previewStore;
    if (options.previewing())
    {
        // A preview never writes a learner's real progress: its store is thrown away after.
        options.courses = {options.preview};
        noDefaultCourses = true;
        if (options.store.empty())
        {
            previewStore.emplace();
            if (previewStore->path().empty())
            {
                std::cerr << "kompis: cannot make a folder for the preview's store\n";
                return 1;
            }
            options.store = previewStore->path() / "progress.sqlite";
        }
    }
    else if (!options.previewLesson.empty() || !options.previewStep.empty())
    {
        std::cerr << "kompis: --lesson and --step go with --preview\n";
        return 2;
    }
    // Installed layout first (relative to the binary, so a moved install still works), then the
    // source tree for runs from a build folder.
    const auto exeDir = executableDir();
    const auto installedShare = exeDir.parent_path() / "share" / "kompis";
    options.dataDirs = {installedShare, KOMPIS_INSTALLED_DATA, KOMPIS_SOURCE_MEDIA};
    options.courseRoots = {installedShare / "courses", KOMPIS_INSTALLED_COURSES_DIR,
                           KOMPIS_SOURCE_COURSES_DIR};
    if (const auto userCourses = kompis::core::util::userCoursesDir(); !userCourses.empty())
        options.courseRoots.push_back(userCourses);
    // Bundled courses appear once even when both the installed and the source copy exist.
    std::error_code ec;
    if (std::filesystem::is_directory(installedShare / "courses", ec) ||
        std::filesystem::is_directory(KOMPIS_INSTALLED_COURSES_DIR, ec))
        std::erase(options.courseRoots, std::filesystem::path(KOMPIS_SOURCE_COURSES_DIR));
    // Tests show exactly the courses they name.
    if (noDefaultCourses)
        options.courseRoots.clear();
    kompis::app::App app(std::move(options));
    return app.run();
}
