// KDE's vocabulary files (Parley, KWordQuiz, KHangMan): kvtml 2.0 with `<identifiers>` (one per
// language), `<entries>` of `<translation id>`s, `<lessons>` and `<wordtypes>` containers; and
// the older kvtml 1 (`<e><o>…</o><t>…</t></e>`).
#include "core/text/Unicode.hpp"
#include "import/ImportedCourse.hpp"
#include "import/PlainText.hpp"
#include "import/TextEncoding.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <tinyxml2.h>

using tinyxml2::XMLElement;

namespace kompis::author::import
{

namespace
{

std::string childText(const XMLElement* parent, const char* name)
{
    const auto* child = parent ? parent->FirstChildElement(name) : nullptr;
    return child && child->GetText() ? core::text::nfc(collapseSpace(child->GetText())) : "";
}

/// `sv`, `nb`, `nn` for the locales Parley writes (`sv`, `sv_SE`, `nb`, `no`, `nb_NO`, `nn`).
core::LangTag targetOf(std::string locale)
{
    locale = locale.substr(0, locale.find_first_of("_-@."));
    if (locale == "no" || locale == "nb")
        return "nb";
    if (locale == "sv" || locale == "nn")
        return locale;
    return {};
}

std::string posOf(const std::string& special)
{
    for (const char* pos : {"noun", "verb", "adjective", "adverb"})
        if (special.starts_with(pos))
            return pos;
    return {};
}

/// The indefinite article of a noun of Parley's gender (`noun male`, `noun female`,
/// `noun neutral`) as Kompis writes it: en and ett in Swedish; en, ei and et in Norwegian
/// (nynorsk's ein and eit too).
std::string articleOf(const std::string& special, const core::LangTag& target)
{
    const bool swedish = target == "sv";
    if (special == "noun male")
        return "en";
    if (special == "noun female")
        return swedish ? "en" : "ei";
    if (special == "noun neutral")
        return swedish ? "ett" : "et";
    return {};
}

/// Entry ids of a container tree, each with the title of the top-level container it is in.
void collectLessons(const XMLElement* container, const std::string& title,
                    std::map<std::string, std::string>& lessonOf, std::vector<std::string>& order,
                    std::map<std::string, int>& lineOf)
{
    for (const auto* entry = container->FirstChildElement("entry"); entry;
         entry = entry->NextSiblingElement("entry"))
        if (const char* id = entry->Attribute("id"); id && !lessonOf.contains(id))
            lessonOf[id] = title;
    if (std::find(order.begin(), order.end(), title) == order.end())
    {
        order.push_back(title);
        lineOf[title] = container->GetLineNum();
    }
    for (const auto* child = container->FirstChildElement("container"); child;
         child = child->NextSiblingElement("container"))
        collectLessons(child, title, lessonOf, order, lineOf);
}

void collectWordTypes(const XMLElement* container, std::string pos,
                      std::map<std::string, std::string>& posOfEntry)
{
    // Keep the whole special type (`noun male`): the gender gives the article.
    if (const auto special = childText(container, "specialwordtype"); !posOf(special).empty())
        pos = special;
    for (const auto* entry = container->FirstChildElement("entry"); entry;
         entry = entry->NextSiblingElement("entry"))
        if (const char* id = entry->Attribute("id"); id && !pos.empty())
            posOfEntry[id] = pos;
    for (const auto* child = container->FirstChildElement("container"); child;
         child = child->NextSiblingElement("container"))
        collectWordTypes(child, pos, posOfEntry);
}

ImportedCourse readKvtml1(const XMLElement* root, const ImportOptions& options,
                          core::DiagnosticSink& sink, ImportedCourse course)
{
    ImportedLesson lesson;
    lesson.title = course.title;
    for (const auto* e = root->FirstChildElement("e"); e; e = e->NextSiblingElement("e"))
    {
        ImportedWord word;
        word.term = childText(e, "o");
        word.translation = childText(e, "t");
        word.line = e->GetLineNum();
        if (word.term.empty() || word.translation.empty())
        {
            sink.warning("import-no-translation", {options.sourceName, word.line, 0},
                         "`" + word.term + "` has no translation; left out");
            continue;
        }
        lesson.words.push_back(std::move(word));
    }
    if (!lesson.words.empty())
        course.lessons.push_back(std::move(lesson));
    return course;
}

} // namespace

ImportedCourse importKvtml(const std::string& bytes, const ImportOptions& options,
                           core::DiagnosticSink& sink)
{
    const auto& file = options.sourceName;
    ImportedCourse course;
    course.title = std::filesystem::path(file).stem().string();
    std::string charset;
    const auto text = toUtf8(bytes, charset);
    if (!charset.empty())
        sink.report(core::Severity::Note, "import-encoding", {file, 0, 0},
                    "the file says it is UTF-8 but is not; read it as " + charset);
    tinyxml2::XMLDocument document;
    if (document.Parse(text.data(), text.size()) != tinyxml2::XML_SUCCESS)
    {
        sink.error("import-bad-file", {file, document.ErrorLineNum(), 0},
                   std::string("not well-formed XML: ") + document.ErrorStr());
        return course;
    }
    const auto* root = document.FirstChildElement("kvtml");
    if (!root)
    {
        sink.error("import-bad-file", {file, 1, 0}, "this is not a kvtml file (no <kvtml>)");
        return course;
    }
    if (const auto title = childText(root->FirstChildElement("information"), "title");
        !title.empty() && !title.ends_with(".kvtml"))
        course.title = title;
    course.author = childText(root->FirstChildElement("information"), "author");
    const char* version = root->Attribute("version");
    if (!version || std::string_view(version) < "2")
    {
        auto result = readKvtml1(root, options, sink, std::move(course));
        if (result.lessons.empty())
            sink.error("import-nothing", {file, 0, 0}, "no word with a translation in the file");
        return result;
    }

    // Which identifier is the language taught, and which one translates it.
    std::string targetId, translationId;
    core::LangTag translationLang;
    std::vector<std::pair<std::string, std::string>> identifiers; // id → locale
    if (const auto* ids = root->FirstChildElement("identifiers"))
        for (const auto* id = ids->FirstChildElement("identifier"); id;
             id = id->NextSiblingElement("identifier"))
            identifiers.emplace_back(id->Attribute("id") ? id->Attribute("id") : "",
                                     childText(id, "locale"));
    for (const auto& [id, locale] : identifiers)
    {
        const auto target = targetOf(locale);
        if (!target.empty() && targetId.empty() &&
            (options.target.empty() || options.target == target))
            targetId = id, course.target = target;
    }
    // Some files name the wrong locale (Debian's sv/numbers.kvtml says en); a teacher who
    // says which language it is gets the file's only column.
    if (targetId.empty() && identifiers.size() == 1 && !options.target.empty())
    {
        targetId = identifiers.front().first;
        course.target = options.target;
        sink.warning("import-language", {file, 0, 0},
                     "the file says its language is `" + identifiers.front().second +
                         "`; read as " + options.target + " as --lang says");
    }
    if (targetId.empty())
    {
        std::string locales;
        for (const auto& [id, locale] : identifiers)
            locales += (locales.empty() ? "" : ", ") + locale;
        sink.error("import-language", {file, 0, 0},
                   "the file has no Swedish or Norwegian column (its languages: " +
                       (locales.empty() ? std::string("none") : locales) +
                       "); Kompis teaches sv, nb and nn (name one with --lang if the file is "
                       "mislabelled)");
        return course;
    }
    for (const auto& [id, locale] : identifiers)
        if (id != targetId && (translationId.empty() || locale.starts_with("en")))
            translationId = id, translationLang = locale.substr(0, locale.find_first_of("_-@."));
    if (translationId.empty())
        sink.warning("import-one-language", {file, 0, 0},
                     "the file has only one language (" + course.target +
                         "): its comments become descriptions in " + course.target +
                         " and the course needs translations added by hand");

    std::map<std::string, std::string> lessonOf, posOfEntry;
    std::vector<std::string> lessonOrder;
    std::map<std::string, int> lessonLine;
    if (const auto* lessons = root->FirstChildElement("lessons"))
        for (const auto* container = lessons->FirstChildElement("container"); container;
             container = container->NextSiblingElement("container"))
            collectLessons(container, childText(container, "name"), lessonOf, lessonOrder,
                           lessonLine);
    if (const auto* types = root->FirstChildElement("wordtypes"))
        for (const auto* container = types->FirstChildElement("container"); container;
             container = container->NextSiblingElement("container"))
            collectWordTypes(container, {}, posOfEntry);

    std::map<std::string, ImportedLesson> byTitle;
    const auto* entries = root->FirstChildElement("entries");
    for (const auto* entry = entries ? entries->FirstChildElement("entry") : nullptr; entry;
         entry = entry->NextSiblingElement("entry"))
    {
        const std::string id = entry->Attribute("id") ? entry->Attribute("id") : "";
        const XMLElement *term = nullptr, *translation = nullptr;
        for (const auto* t = entry->FirstChildElement("translation"); t;
             t = t->NextSiblingElement("translation"))
        {
            const std::string tid = t->Attribute("id") ? t->Attribute("id") : "";
            if (tid == targetId)
                term = t;
            else if (tid == translationId)
                translation = t;
        }
        ImportedWord word;
        word.line = entry->GetLineNum();
        word.term = childText(term, "text");
        word.example = childText(term, "example");
        if (translation)
        {
            word.translation = childText(translation, "text");
            word.translationLang = translationLang == "en" ? "" : translationLang;
        }
        if (word.translation.empty() && translationId.empty())
        {
            word.translation = childText(term, "comment");
            word.translationLang = course.target;
        }
        if (posOfEntry.contains(id))
        {
            word.partOfSpeech = posOf(posOfEntry[id]);
            word.article = articleOf(posOfEntry[id], course.target);
        }
        for (const auto* t : {term, translation})
            for (const char* media : {"sound", "image"})
                if (const auto url = childText(t, media); !url.empty())
                    sink.warning("import-media", {file, word.line, 0},
                                 std::string("the ") + media + " " + url + " of `" + word.term +
                                     "` is left out (kvtml names files outside the file; add it "
                                     "to media/ and an <audio> to the word)");
        if (word.term.empty() || word.translation.empty())
        {
            sink.warning("import-no-translation", {file, word.line, 0},
                         word.term.empty()
                             ? "an entry has no " + course.target + " text; left out"
                             : "`" + word.term + "` has no translation or description; left out");
            continue;
        }
        const auto lessonTitle = lessonOf.contains(id) ? lessonOf[id] : course.title;
        auto& lesson = byTitle[lessonTitle];
        if (lesson.title.empty())
        {
            lesson.title = lessonTitle;
            lesson.line = lessonLine.contains(lessonTitle) ? lessonLine[lessonTitle] : word.line;
        }
        lesson.words.push_back(std::move(word));
    }
    lessonOrder.push_back(course.title);
    for (const auto& title : lessonOrder)
        if (auto found = byTitle.find(title);
            found != byTitle.end() && !found->second.words.empty())
        {
            course.lessons.push_back(std::move(found->second));
            byTitle.erase(found);
        }
    if (course.lessons.empty())
        sink.error("import-nothing", {file, 0, 0}, "no word with a translation in the file");
    return course;
}

} // namespace kompis::author::import
