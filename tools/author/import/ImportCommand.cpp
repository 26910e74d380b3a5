// `kompis-author import FORMAT FILE -o FOLDER`: what teachers already have, as Kompis lessons
// that the project's own loader accepts. Everything that could not be converted is reported with
// its source line; nothing is dropped silently.
#include "Commands.hpp"
#include "core/check/PackageCheck.hpp"
#include "import/CourseWriter.hpp"
#include "import/ImportedCourse.hpp"
#include "import/PlainText.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

namespace fs = std::filesystem;

namespace kompis::author
{

namespace
{

constexpr const char* kUsageLine =
    "Usage: kompis-author import csv|gift|moodle-xml|kvtml|apkg FILE -o FOLDER [--lang sv|nb|nn] "
    "[--swap] [--title TITLE]";

const std::map<std::string, import::Importer> kImporters = {
    {"csv", import::importCsv},     {"tsv", import::importCsv},
    {"gift", import::importGift},   {"moodle-xml", import::importMoodleXml},
    {"kvtml", import::importKvtml}, {"apkg", import::importApkg},
};

int usage(const std::string& message)
{
    std::fprintf(stderr, "kompis-author import: %s\n%s\n", message.c_str(), kUsageLine);
    return kUsage;
}

std::optional<std::string> readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

bool writeFile(const fs::path& path, const std::string& bytes, std::string& error)
{
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush())
        error = "cannot write " + path.string();
    return static_cast<bool>(out);
}

/// The course an import adds to: its languages and every id it already uses.
import::CourseFrame frameOf(const core::Course& course){import::CourseFrame frame;
frame.target = course.targets.empty() ? "sv" : course.targets.front();
frame.instruction =
    course.instructionLangs.empty() ? std::vector<core::LangTag>{"en"} : course.instructionLangs;
for (const auto& slot : course.lessons)
{
    frame.takenIds.insert(slot.id);
    if (!slot.lesson)
        continue;
    for (const auto& entry : slot.lesson->glossary)
        frame.takenIds.insert(entry.id);
    for (const auto& step : slot.lesson->steps)
    {
        frame.takenIds.insert(step.id);
        if (const auto* words = std::get_if<core::VocabularyStep>(&step.body))
            for (const auto& entry : words->entries)
                frame.takenIds.insert(entry.id);
    }
}
return frame;
} // namespace

/// Gives each imported clip a name no other file of the course has, so an import never
/// overwrites a course's own clip; the words follow their clips.
void keepExistingMedia(import::ImportedCourse& imported, const fs::path& folder)
{
    std::map<std::string, std::string> renamed, media;
    for (auto& [path, clip] : imported.media)
    {
        std::string target = path;
        const auto dot = path.rfind('.');
        for (int n = 2; fs::exists(folder / target) && readFile(folder / target) != clip; ++n)
            target = path.substr(0, dot) + "-" + std::to_string(n) + path.substr(dot);
        renamed[path] = target;
        media[target] = std::move(clip);
    }
    imported.media = std::move(media);
    for (auto& lesson : imported.lessons)
        for (auto& word : lesson.words)
            if (renamed.contains(word.audio))
                word.audio = renamed[word.audio];
}

void print(const std::vector<core::Diagnostic>& diagnostics)
{
    for (const auto& d : diagnostics)
        std::printf("%s\n", core::formatDiagnostic(d).c_str());
}

} // namespace kompis::author

int runImport(Arguments& args)
{
    const auto output = args.value("--output");
    const auto lang = args.value("--lang");
    const auto title = args.value("--title");
    const bool swap = args.flag("--swap");
    const auto& positional = args.positional();
    std::string error;
    if (positional.size() != 2 || !output)
        return usage("name the format, the file and -o FOLDER");
    const auto importer = kImporters.find(positional[0]);
    if (importer == kImporters.end())
        return usage("unknown format `" + positional[0] +
                     "`; the formats are csv, gift, moodle-xml, kvtml and apkg");
    if (lang && *lang != "sv" && *lang != "nb" && *lang != "nn")
        return usage("--lang is sv, nb or nn");
    const auto& sourceName = positional[1];
    const auto bytes = readFile(sourceName);
    if (!bytes)
        return usage("cannot read " + sourceName);

    fs::path folder = fs::path(*output).lexically_normal();
    if (folder.filename().empty())
        folder = folder.parent_path();
    const bool intoCourse = fs::exists(folder / "course.xml");
    std::error_code ec;
    if (fs::exists(folder) && !fs::is_directory(folder))
        return usage(folder.string() + " is a file; -o names a course folder");
    if (!intoCourse && fs::exists(folder) && !fs::is_empty(folder, ec))
        return usage(folder.string() +
                     " is a folder without course.xml; name a new folder or an existing course");

    import::CourseFrame frame;
    LoadedPackage existing;
    if (intoCourse)
    {
        existing = loadPackage(folder.string(), error);
        if (!existing.files || !existing.load.usable())
        {
            print(existing.load.diagnostics);
            return usage("cannot add lessons to " + folder.string() +
                         (error.empty() ? ": its course.xml has errors" : ": " + error));
        }
        frame = frameOf(*existing.load.course);
    }

    import::ImportOptions options;
    options.target = lang.value_or(intoCourse ? frame.target : "");
    options.swapColumns = swap;
    options.sourceName = sourceName;
    core::DiagnosticSink report;
    auto imported = importer->second(*bytes, options, report);
    if (!intoCourse)
    {
        frame.target = options.target.empty() ? (imported.target.empty() ? "sv" : imported.target)
                                              : options.target;
        // Translations named by their language make it an instruction language of the course.
        for (const auto& lesson : imported.lessons)
            for (const auto& word : lesson.words)
                if (!word.translationLang.empty() &&
                    std::find(frame.instruction.begin(), frame.instruction.end(),
                              word.translationLang) == frame.instruction.end())
                    frame.instruction.push_back(word.translationLang);
    }
    else if (!imported.target.empty() && imported.target != frame.target)
        report.warning("import-language", {sourceName, 0, 0},
                       "the file is in `" + imported.target + "` but the course teaches `" +
                           frame.target + "`; imported into it anyway");

    keepExistingMedia(imported, folder);
    const auto lessons = import::writeLessons(imported, frame, sourceName, report);
    // In source order, as a teacher goes through the file to fix them.
    auto found = report.diagnostics();
    std::stable_sort(found.begin(), found.end(),
                     [](const auto& a, const auto& b) { return a.where.line < b.where.line; });
    print(found);
    if (lessons.empty())
    {
        std::printf("nothing to import from %s\n", sourceName.c_str());
        return kProblems;
    }

    std::map<std::string, std::string> files;
    for (const auto& lesson : lessons)
        files[lesson.file] = lesson.xml;
    for (const auto& [path, clip] : imported.media)
        files[path] = clip;
    if (intoCourse)
    {
        const auto courseXml = readFile(folder / "course.xml").value_or("");
        files["course.xml"] = import::addLessonsToCourseXml(courseXml, lessons, error);
        if (!error.empty())
            return usage(error);
    }
    else
    {
        import::CourseMeta meta;
        meta.id = import::slugify(folder.filename().string(), 64);
        if (meta.id.size() < 2)
            meta.id = "imported-course";
        meta.title =
            title.value_or(imported.title.empty() ? folder.filename().string() : imported.title);
        meta.author = imported.author.empty()
                          ? "Imported from " + fs::path(sourceName).filename().string()
                          : imported.author;
        files["course.xml"] = import::writeCourseXml(meta, frame, lessons);
    }
    for (const auto& [path, content] : files)
        if (!writeFile(folder / path, content, error))
            return usage(error);

    // The result is checked by the same loader and checks as `validate` and the player.
    auto written = loadPackage(folder.string(), error);
    if (!written.files)
        return usage(error);
    auto diagnostics = written.load.diagnostics;
    if (written.load.usable())
    {
        const auto more = core::checkPackage(*written.files, *written.load.course);
        diagnostics.insert(diagnostics.end(), more.begin(), more.end());
    }
    // Only what the import wrote matters here; an existing course's old warnings are its own.
    std::erase_if(diagnostics,
                  [&](const core::Diagnostic& d)
                  {
                      return std::none_of(lessons.begin(), lessons.end(),
                                          [&](const auto& lesson)
                                          { return d.where.file.ends_with(lesson.file); }) &&
                             !(d.where.file.ends_with("course.xml") && !intoCourse);
                  });
    print(diagnostics);
    std::size_t words = 0, questions = 0;
    for (const auto& lesson : imported.lessons)
        words += lesson.words.size(), questions += lesson.questions.size();
    const auto errors =
        std::count_if(diagnostics.begin(), diagnostics.end(),
                      [](const auto& d) { return d.severity == core::Severity::Error; });
    std::printf("imported %zu words and %zu questions from %s into %zu lesson%s of %s (%s); "
                "%zu conversion warnings (above); validate: %zu errors, %zu warnings\n",
                words, questions, sourceName.c_str(), lessons.size(),
                lessons.size() == 1 ? "" : "s", folder.string().c_str(),
                intoCourse ? "added to the course" : "a new course", report.warningCount(),
                static_cast<std::size_t>(errors), diagnostics.size() - errors);
    return errors > 0 ? kProblems : kClean;
}

} // namespace kompis::author
