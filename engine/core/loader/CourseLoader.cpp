#include "core/loader/CourseLoader.hpp"

#include "core/loader/CourseXml.hpp"
#include "core/loader/LessonXml.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <map>
#include <mutex>
#include <set>
#include <thread>

namespace kompis::core
{

namespace
{

/// A lesson with errors is not offered to learners, except for media problems: a missing clip
/// only costs its sound (the transcript is shown), not the whole lesson.
bool blocksLesson(const Diagnostic& diagnostic)
{
    return diagnostic.severity == Severity::Error && !diagnostic.ruleId.starts_with("media.");
}

/// True when `file` is one of `links` or lies in a linked folder.
bool throughLinkOutside(const std::vector<LinkOutside>& links, const std::string& file)
{
    return std::any_of(links.begin(), links.end(),
                       [&](const LinkOutside& link)
                       { return file == link.path || file.starts_with(link.path + "/"); });
}

/// A link out of a course folder would let the course read (and `pack` ship) any file on the
/// computer, so it is an error wherever it is; links that stay inside the folder are fine.
void reportLinksOutside(const PackageFiles& package, const std::vector<LinkOutside>& links,
                        DiagnosticSink& sink)
{
    for (const auto& link : links)
        sink.error("package.link-outside", SourceLocation{package.displayPath(link.path), 0, 0},
                   "`" + link.path + "` is a symbolic link to " + link.target +
                       ", outside the course folder; Kompis does not read it. Copy the file "
                       "into the course folder instead of linking it");
}

void checkLessonFiles(const PackageFiles& package, const Course& course, DiagnosticSink& sink)
{
    std::set<std::string> listed;
    for (const auto& slot : course.lessons)
    {
        listed.insert(slot.file);
        if (!package.exists(slot.file))
            sink.error("course.missing-lesson-file", slot.where,
                       "lesson `" + slot.id + "` names the file `" + slot.file +
                           "`, which does not exist in the package; create it or fix the path");
    }
    for (const auto& file : package.list())
        if (file.starts_with("lessons/") && file.ends_with(".xml") && !listed.contains(file))
            sink.warning("course.unlisted-lesson",
                         SourceLocation{package.displayPath("course.xml"), 0, 0},
                         "`" + file +
                             "` is not listed in <lessons>, so learners never see it; add "
                             "<lesson id=\"…\" file=\"" +
                             file + "\"/> or remove the file");
}

/// Lessons are independent until the package-wide id check, so they load on every core: a
/// large course validates several times faster. Results come back in course order.
std::vector<std::pair<std::shared_ptr<const Lesson>, DiagnosticSink>>
loadLessonsInParallel(const PackageFiles& package, const Course& course, const LoadOptions& options,
                      const std::vector<LinkOutside>& links)
{
    std::vector<std::pair<std::shared_ptr<const Lesson>, DiagnosticSink>> loaded(
        course.lessons.size());
    std::atomic<std::size_t> next{0};
    std::mutex failureLock;
    std::exception_ptr failure;
    auto work = [&]
    {
        // An exception leaving a thread ends the program (std::terminate); out of memory in one
        // lesson is handed to the caller instead, who can say so.
        try
        {
            for (std::size_t i = next++; i < loaded.size(); i = next++)
            {
                const auto& slot = course.lessons[i];
                // A missing file is already reported as course.missing-lesson-file, a link
                // out of the folder as package.link-outside.
                if (package.exists(slot.file) && !throughLinkOutside(links, slot.file))
                    loaded[i].first = loadLesson(package, course, slot, loaded[i].second, options);
            }
        }
        catch (...)
        {
            next = loaded.size();
            const std::scoped_lock lock(failureLock);
            if (!failure)
                failure = std::current_exception();
        }
    };
    const std::size_t workers = std::min<std::size_t>(
        std::max(1u, std::thread::hardware_concurrency()), loaded.size() / 4 + 1);
    {
        std::vector<std::jthread> threads;
        for (std::size_t w = 1; w < workers; ++w)
            threads.emplace_back(work);
        work();
    }
    if (failure)
        std::rethrow_exception(failure);
    return loaded;
}

} // namespace

std::size_t CourseLoad::errorCount() const
{
    return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                                  [](const auto& d)
                                                  { return d.severity == Severity::Error; }));
}

std::shared_ptr<const Lesson> loadLesson(const PackageFiles& package, const Course& course,
                                         const LessonSlot& slot, DiagnosticSink& sink,
                                         const LoadOptions& options)
{
    if (!package.exists(slot.file))
    {
        // The course was readable when the library was shown; the folder may have gone since.
        sink.error("file.unreadable", SourceLocation{package.displayPath(slot.file), 0, 0},
                   "the lesson file is no longer there (was the course folder moved or deleted?); "
                   "put the course back or open it again");
        return nullptr;
    }
    DiagnosticSink own;
    std::shared_ptr<const Lesson> lesson;
    const loader::XmlSource source(package, slot.file, options.maxXmlBytes, own);
    if (source.ok())
        lesson = loader::readLessonXml(source, package, course, slot, own);
    const auto& found = own.diagnostics();
    if (!options.keepLessonsWithErrors && std::any_of(found.begin(), found.end(), blocksLesson))
        lesson = nullptr;
    sink.append(found);
    return lesson;
}

CourseLoad loadCourse(const PackageFiles& package, const LoadOptions& options)
{
    CourseLoad result;
    DiagnosticSink sink;
    const auto links = package.linksOutside();
    reportLinksOutside(package, links, sink);
    if (throughLinkOutside(links, "course.xml"))
    {
        result.diagnostics = sink.take();
        return result;
    }
    if (!package.exists("course.xml"))
    {
        sink.error("course.missing", SourceLocation{package.displayPath("course.xml"), 0, 0},
                   "the package has no course.xml; a course folder needs course.xml, lessons/ and "
                   "media/ (see "
                   "`kompis-author new` for a template)");
        result.diagnostics = sink.take();
        return result;
    }
    const loader::XmlSource source(package, "course.xml", options.maxXmlBytes, sink);
    if (!source.ok())
    {
        result.diagnostics = sink.take();
        return result;
    }
    auto course = std::make_shared<Course>();
    course->root = package.root();
    const bool usable = loader::readCourseXml(source, sink, *course);
    if (usable)
        checkLessonFiles(package, *course, sink);

    if (usable && options.loadLessons)
    {
        auto loaded = loadLessonsInParallel(package, *course, options, links);
        // Progress is stored by step and word id, so they must be unique in the whole package;
        // checked in course order so the second use is the one reported.
        std::map<std::string, SourceLocation> seen;
        for (std::size_t i = 0; i < course->lessons.size(); ++i)
        {
            auto& slot = course->lessons[i];
            auto& [lesson, lessonSink] = loaded[i];
            if (lesson)
                for (const auto& [id, where] : loader::progressIds(*lesson))
                    if (const auto [previous, fresh] = seen.emplace(id, where); !fresh)
                    {
                        lessonSink.error(
                            "lesson.duplicate-id", where,
                            "id `" + id + "` is already used at " + previous->second.file + ":" +
                                std::to_string(previous->second.line) +
                                "; every step and word needs its own id (progress is saved by it)");
                        if (!options.keepLessonsWithErrors)
                            lesson = nullptr;
                    }
            slot.lesson = std::move(lesson);
            slot.problems = lessonSink.diagnostics();
            sink.append(slot.problems);
        }
    }
    if (usable)
        result.course = std::move(course);
    result.diagnostics = sink.take();
    return result;
}

} // namespace kompis::core
