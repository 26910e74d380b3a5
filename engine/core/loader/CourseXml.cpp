#include "core/loader/CourseXml.hpp"

#include "core/loader/ElementReader.hpp"
#include "core/loader/SpeakerXml.hpp"
#include "core/model/InputLimits.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <regex>
#include <set>
#include <sstream>

namespace kompis::core::loader
{

namespace
{

constexpr auto kTargetLanguages = std::to_array<std::string_view>({"sv", "nb", "nn"});
constexpr auto kLevels = std::to_array<std::string_view>({"A1", "A2", "B1", "B2", "C1"});
constexpr auto kTopics =
    std::to_array<std::string_view>({"workplace", "culture", "cross-border", "agenda2030",
                                     "language", "job-search", "safety", "entrepreneurship"});
constexpr auto kCourseChildren = std::to_array<std::string_view>(
    {"title", "description", "topics", "authors", "licence", "speakers", "lessons"});

std::vector<std::string> splitWords(std::string_view text)
{
    std::vector<std::string> words;
    std::istringstream stream{std::string(text)};
    for (std::string word; stream >> word;)
        words.push_back(word);
    return words;
}

bool isLanguageTag(const std::string& tag)
{
    // BCP 47 as packages use it: a 2–3 letter language, optional script or region subtags.
    static const std::regex pattern("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    return std::regex_match(tag, pattern);
}

/// `pass-mark="0.75"`: a share from 0 to 1. A bad value keeps the default and says why.
void readPassMark(const ElementReader& reader, const tinyxml2::XMLElement* root, Course& course)
{
    const auto value = reader.optional(root, "pass-mark");
    if (!value)
        return;
    double parsed = 0;
    const char* end = value->data() + value->size();
    const auto [stop, status] = std::from_chars(value->data(), end, parsed);
    if (status == std::errc() && stop == end && std::isfinite(parsed) && parsed >= 0 && parsed <= 1)
    {
        course.passMark = parsed;
        return;
    }
    reader.error("bad-pass-mark", reader.atAttribute(root, "pass-mark"),
                 "pass-mark `" + *value +
                     "` must be a share from 0 to 1 written with a dot, e.g. pass-mark=\"0.6\" "
                     "for 60 %");
}

bool isLevel(const std::string& level)
{
    const auto dash = level.find('-');
    auto known = [](std::string_view part)
    { return std::find(kLevels.begin(), kLevels.end(), part) != kLevels.end(); };
    if (dash == std::string::npos)
        return known(level);
    const auto from = level.substr(0, dash);
    const auto to = level.substr(dash + 1);
    return known(from) && known(to) && from < to;
}

std::vector<std::string> readLanguageList(const ElementReader& reader,
                                          const tinyxml2::XMLElement* root,
                                          std::string_view attribute)
{
    std::vector<std::string> tags;
    const auto value = reader.required(root, attribute);
    if (!value)
        return tags;
    for (auto& tag : splitWords(*value))
    {
        if (!isLanguageTag(tag))
            reader.error("bad-value", reader.atAttribute(root, attribute),
                         "`" + tag + "` in " + std::string(attribute) +
                             "= is not a language tag; use tags such as sv, nb, nn, en, fi");
        else if (std::find(tags.begin(), tags.end(), tag) != tags.end())
            reader.error("bad-value", reader.atAttribute(root, attribute),
                         "`" + tag + "` is listed twice in " + std::string(attribute) + "=");
        else
            tags.push_back(std::move(tag));
    }
    return tags;
}

/// `overview="ti so"`: languages only the course's overview (titles, description, goals) is
/// given in. A language cannot be both: `instruction=` already promises every text in it.
void readOverviewLanguages(const ElementReader& reader, const tinyxml2::XMLElement* root,
                           Course& course)
{
    if (!root->Attribute("overview"))
        return;
    for (auto& tag : readLanguageList(reader, root, "overview"))
    {
        if (std::find(course.instructionLangs.begin(), course.instructionLangs.end(), tag) !=
            course.instructionLangs.end())
            reader.error("overview-is-instruction", reader.atAttribute(root, "overview"),
                         "`" + tag +
                             "` is listed in both instruction= and overview=; an instruction "
                             "language has every text already, so remove it from overview=");
        else
            course.overviewLangs.push_back(std::move(tag));
    }
}

void readLessons(const ElementReader& reader, const tinyxml2::XMLElement* lessons, Course& course)
{
    reader.checkAttributes(lessons, {});
    reader.checkNoText(lessons);
    std::map<std::string, SourceLocation> seen;
    std::map<std::string, std::string> fileOwners;
    for (const auto* entry = lessons->FirstChildElement(); entry;
         entry = entry->NextSiblingElement())
    {
        if (std::string_view(entry->Name()) != "lesson")
        {
            reader.unknownElement(entry, {"lesson"});
            continue;
        }
        if (course.lessons.size() == limits::kMaxLessonsPerCourse)
        {
            reader.error("course.too-many-lessons", reader.at(entry),
                         "a course lists at most " + std::to_string(limits::kMaxLessonsPerCourse) +
                             " lessons; this one and the lessons after it are left out. Split the "
                             "course into several courses");
            break;
        }
        reader.checkAttributes(entry, {"id", "file", "requires"});
        const auto id = reader.required(entry, "id");
        const auto file = reader.required(entry, "file");
        if (!id || !file)
            continue;
        if (!isValidId(*id))
        {
            reader.error("bad-id", reader.atAttribute(entry, "id"),
                         "lesson id `" + *id +
                             "` may only use a-z, 0-9, '-', '_' and '.', at most 64 characters");
            continue;
        }
        if (const auto previous = seen.find(*id); previous != seen.end())
        {
            reader.error("duplicate-lesson", reader.atAttribute(entry, "id"),
                         "lesson id `" + *id + "` is already used on line " +
                             std::to_string(previous->second.line) +
                             "; give every lesson its own id");
            continue;
        }
        seen.emplace(*id, reader.at(entry));
        if (!isSafePackagePath(*file))
        {
            reader.error("course.lesson-path-outside", reader.atAttribute(entry, "file"),
                         "lesson file `" + *file +
                             "` must be a path inside the package, such as lessons/" + *id +
                             ".xml (no '/' at the "
                             "start, no '..', '.' or empty parts)");
            continue;
        }
        // Two lessons in one file would load it twice and report every id in it twice.
        if (const auto [owner, fresh] = fileOwners.emplace(*file, *id); !fresh)
        {
            reader.error("course.duplicate-lesson-file", reader.atAttribute(entry, "file"),
                         "lesson `" + *id + "` names the file `" + *file + "`, which lesson `" +
                             owner->second + "` already uses; give every lesson its own file");
            continue;
        }
        LessonSlot slot;
        slot.id = *id;
        slot.file = *file;
        slot.where = reader.at(entry);
        if (const auto requires_ = reader.optional(entry, "requires"))
        {
            slot.prerequisites = splitWords(*requires_);
            if (slot.prerequisites.size() > limits::kMaxPrerequisitesPerLesson)
            {
                reader.error("course.too-many-prerequisites", reader.atAttribute(entry, "requires"),
                             "lesson `" + *id + "` requires " +
                                 std::to_string(slot.prerequisites.size()) + " lessons; at most " +
                                 std::to_string(limits::kMaxPrerequisitesPerLesson) +
                                 " are read. Require only the lessons just before it (the "
                                 "earlier ones follow from theirs)");
                slot.prerequisites.resize(limits::kMaxPrerequisitesPerLesson);
            }
        }
        course.lessons.push_back(std::move(slot));
    }
    if (course.lessons.empty() && !lessons->FirstChildElement("lesson"))
        reader.error("no-lessons", reader.at(lessons),
                     "<lessons> lists no lesson; add <lesson id=\"…\" file=\"lessons/….xml\"/>");
}

} // namespace

bool isValidId(std::string_view id)
{
    if (id.empty() || id.size() > 64)
        return false;
    return std::all_of(id.begin(), id.end(),
                       [](char c) {
                           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                                  c == '_' || c == '.';
                       });
}

bool readCourseXml(const XmlSource& source, DiagnosticSink& sink, Course& course)
{
    const auto* root = source.root();
    ElementReader bootstrap(source, sink, "course", {});
    if (std::string_view(root->Name()) != "course")
    {
        sink.error("xml.wrong-root", source.at(root),
                   "course.xml must hold a <course> element, not <" + std::string(root->Name()) +
                       ">");
        return false;
    }
    bootstrap.checkAttributes(root, {"id", "version", "format", "targets", "instruction",
                                     "overview", "level", "pass-mark"});

    if (auto id = bootstrap.required(root, "id"))
    {
        if (isValidId(*id) && id->size() >= 2)
            course.id = *id;
        else
            bootstrap.error("bad-id", bootstrap.atAttribute(root, "id"),
                            "course id `" + *id +
                                "` must be 2–64 characters of a-z, 0-9 and '-', such as "
                                "svenska-pa-jobbet");
    }
    if (auto version = bootstrap.required(root, "version"))
    {
        static const std::regex semver(
            "(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?");
        if (std::regex_match(*version, semver))
            course.version = *version;
        else
            bootstrap.error("bad-version", bootstrap.atAttribute(root, "version"),
                            "version `" + *version +
                                "` is not a semantic version; write MAJOR.MINOR.PATCH, e.g. 1.0.0");
    }
    if (const auto format = bootstrap.required(root, "format"))
    {
        if (*format == "1")
            course.format = 1;
        else
            bootstrap.error(
                "unsupported-format", bootstrap.atAttribute(root, "format"),
                "format `" + *format +
                    "` is not supported by this version of Kompis, which reads format 1");
    }
    for (auto& tag : readLanguageList(bootstrap, root, "targets"))
    {
        if (std::find(kTargetLanguages.begin(), kTargetLanguages.end(), tag) ==
            kTargetLanguages.end())
            bootstrap.error("bad-target", bootstrap.atAttribute(root, "targets"),
                            "target language `" + tag + "` is not supported; use sv, nb or nn");
        else
            course.targets.push_back(std::move(tag));
    }
    if (course.targets.size() > 2)
        bootstrap.error("bad-target", bootstrap.atAttribute(root, "targets"),
                        "a course has one target language, or two for a parallel course");
    const auto errorsBefore = sink.errorCount();
    course.instructionLangs = readLanguageList(bootstrap, root, "instruction");
    if (root->Attribute("instruction") &&
        std::find(course.instructionLangs.begin(), course.instructionLangs.end(), "en") ==
            course.instructionLangs.end())
        bootstrap.error(
            "instruction-without-en", bootstrap.atAttribute(root, "instruction"),
            "the instruction languages must include en so every learner and teacher can follow");
    // A broken list is reported once; an empty one tells the rest of the loader not to check
    // against it.
    if (sink.errorCount() != errorsBefore)
        course.instructionLangs.clear();
    readOverviewLanguages(bootstrap, root, course);
    if (const auto level = bootstrap.required(root, "level"))
    {
        if (isLevel(*level))
            course.level = *level;
        else
            bootstrap.error(
                "bad-level", bootstrap.atAttribute(root, "level"),
                "level `" + *level +
                    "` is not a CEFR level; use A1, A2, B1, B2 or C1, or a range like A1-A2");
    }
    readPassMark(bootstrap, root, course);

    const ElementReader reader(source, sink, "course",
                               Languages{course.targets, course.instructionLangs,
                                         course.overviewLangs, !course.instructionLangs.empty()});
    const LangTag plainInstruction =
        course.instructionLangs.empty() ? "en" : course.instructionLangs.front();
    reader.checkNoText(root);
    for (const auto* element = root->FirstChildElement(); element;
         element = element->NextSiblingElement())
        if (std::find(kCourseChildren.begin(), kCourseChildren.end(),
                      std::string_view(element->Name())) == kCourseChildren.end())
            reader.unknownElement(element, kCourseChildren);

    if (const auto* title = reader.child(root, "title", true))
    {
        reader.checkAttributes(title, {});
        course.title = reader.requiredText(title, TextRole::Overview, plainInstruction);
        reader.limitTitle(course.title, title);
    }
    if (const auto* description = reader.child(root, "description", true))
        reader.checkAttributes(description, {}),
            course.description =
                reader.requiredText(description, TextRole::Overview, plainInstruction);
    if (const auto* topics = reader.child(root, "topics", true))
    {
        reader.checkAttributes(topics, {});
        for (auto& topic : splitWords(reader.plainText(topics)))
        {
            if (std::find(kTopics.begin(), kTopics.end(), topic) == kTopics.end())
            {
                std::string message = "unknown topic `" + topic + "`";
                if (const auto guess = closestName(topic, kTopics); !guess.empty())
                    message += "; did you mean `" + guess + "`?";
                else
                    message += "; use workplace, culture, cross-border, agenda2030, language, "
                               "job-search, safety or "
                               "entrepreneurship";
                reader.error("unknown-topic", reader.at(topics), std::move(message));
            }
            else
                course.topics.push_back(std::move(topic));
        }
        if (course.topics.empty() && topics->FirstChild() == nullptr)
            reader.error("empty-text", reader.at(topics),
                         "<topics> is empty; name at least one topic, e.g. workplace");
    }
    if (const auto* authors = reader.child(root, "authors", true))
    {
        reader.checkAttributes(authors, {});
        reader.checkNoText(authors);
        for (const auto* author = authors->FirstChildElement(); author;
             author = author->NextSiblingElement())
        {
            if (std::string_view(author->Name()) != "author")
            {
                reader.unknownElement(author, {"author"});
                continue;
            }
            reader.checkAttributes(author, {});
            if (auto name = reader.plainText(author); !name.empty())
                course.authors.push_back(std::move(name));
            else
                reader.error("empty-text", reader.at(author), "<author> is empty; write a name");
        }
        if (course.authors.empty() && !authors->FirstChildElement("author"))
            reader.error("missing-element", reader.at(authors),
                         "<authors> needs at least one <author>");
    }
    if (const auto* licence = reader.child(root, "licence", true))
    {
        reader.checkAttributes(licence, {});
        course.licence = reader.plainText(licence);
        if (course.licence.empty())
            reader.error("empty-text", reader.at(licence),
                         "<licence> is empty; give an SPDX id such as CC-BY-SA-4.0");
    }
    if (const auto* speakers = reader.child(root, "speakers", false))
        readSpeakers(reader, speakers, {}, course.speakers);
    const auto* lessons = reader.child(root, "lessons", true);
    if (lessons)
    {
        readLessons(reader, lessons, course);
        checkPrerequisites(source, lessons, course, sink);
    }
    return !course.id.empty() && !course.lessons.empty() && !course.targets.empty();
}

} // namespace kompis::core::loader
