#include "core/loader/LessonXml.hpp"

#include "core/loader/CourseXml.hpp"
#include "core/loader/LessonContext.hpp"
#include "core/loader/SpeakerXml.hpp"
#include "core/text/Unicode.hpp"

#include <algorithm>
#include <map>

namespace kompis::core::loader
{

namespace
{

using tinyxml2::XMLElement;

constexpr std::size_t kMaxSteps = 500;
constexpr auto kContentSteps =
    std::to_array<std::string_view>({"text", "dialogue", "vocabulary", "tip", "image"});
constexpr auto kAllSteps = std::to_array<std::string_view>(
    {"text", "dialogue", "vocabulary", "tip", "image", "single", "multiple", "truefalse", "gapfill",
     "wordorder", "match", "dictation", "listen", "write", "speak"});
constexpr auto kPartsOfSpeech = std::to_array<std::string_view>(
    {"noun", "verb", "adjective", "adverb", "pronoun", "preposition", "conjunction", "numeral",
     "interjection", "phrase"});

LocalText instructionText(const LessonContext& context, const XMLElement* element,
                          TextRole role = TextRole::Instruction)
{
    context.reader.checkAttributes(element, {});
    return context.reader.requiredText(element, role, context.instructionLang());
}

/// The lesson's title and goals: the course map shows them in the overview languages too.
LocalText overviewText(const LessonContext& context, const XMLElement* element)
{
    return instructionText(context, element, TextRole::Overview);
}

/// A paragraph's spans: text runs and `<term ref>` glossary links, white space collapsed across
/// them. `<audio>` in a plain `<p>` is left for readParagraphAudio.
std::vector<TextSpan> readSpans(const LessonContext& context, const XMLElement* element,
                                bool audioHere)
{
    const auto& reader = context.reader;
    std::vector<TextSpan> spans;
    for (const auto* node = element->FirstChild(); node; node = node->NextSibling())
    {
        if (const auto* text = node->ToText())
        {
            if (spans.empty() || !spans.back().termRef.empty())
                spans.push_back(TextSpan{});
            spans.back().text += text->Value();
            continue;
        }
        const auto* term = node->ToElement();
        if (!term)
            continue;
        if (std::string_view(term->Name()) == "audio")
        {
            if (!audioHere)
                reader.error("unknown-element", reader.at(term),
                             "<audio> goes after the <t> pieces, inside <p>, with the lang of the "
                             "piece it reads: <p><t lang=\"sv\">…</t><audio lang=\"sv\" …/></p>");
            continue;
        }
        if (std::string_view(term->Name()) != "term")
        {
            reader.unknownElement(term, {"term", "t", "audio"});
            continue;
        }
        reader.checkAttributes(term, {"ref"});
        TextSpan span;
        span.text = reader.plainText(term);
        if (const auto ref = reader.required(term, "ref"))
        {
            if (!context.glossaryIds.contains(*ref))
                reader.error("unknown-term", reader.atAttribute(term, "ref"),
                             "<term ref=\"" + *ref +
                                 "\"> names no <entry> in this lesson's <glossary>; add one or "
                                 "fix the id");
            else
                span.termRef = *ref;
        }
        spans.push_back(std::move(span));
    }
    // Collapse white space over the whole paragraph, keeping the single spaces between spans.
    std::vector<TextSpan> result;
    bool pendingSpace = false;
    bool any = false;
    for (auto& span : spans)
    {
        std::string run;
        for (const char c : span.text)
        {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            {
                pendingSpace = any;
                continue;
            }
            if (pendingSpace)
                run += ' ';
            pendingSpace = false;
            any = true;
            run += c;
        }
        if (!run.empty())
            result.push_back(TextSpan{text::nfc(run), span.termRef});
    }
    return result;
}

Paragraph readParagraph(const LessonContext& context, const XMLElement* p)
{
    const auto& reader = context.reader;
    reader.checkAttributes(p, {});
    Paragraph paragraph;
    paragraph.where = reader.at(p);
    if (!p->FirstChildElement("t"))
    {
        auto spans = readSpans(context, p, true);
        if (spans.empty())
            reader.error("empty-text", reader.at(p),
                         "<p> is empty; write the paragraph or remove it");
        else
            paragraph.variants.emplace_back(context.stepLang, std::move(spans));
        readParagraphAudio(context, p, paragraph);
        return paragraph;
    }
    reader.checkNoText(p);
    const auto& targets = reader.languages().targets;
    for (const auto* t = p->FirstChildElement(); t; t = t->NextSiblingElement())
    {
        if (std::string_view(t->Name()) == "audio")
            continue; // read below, once the pieces are known
        if (std::string_view(t->Name()) != "t")
        {
            reader.unknownElement(t, {"t", "audio"});
            continue;
        }
        reader.checkAttributes(t, {"lang"});
        const auto lang = reader.required(t, "lang");
        if (!lang)
            continue;
        if (std::find(targets.begin(), targets.end(), *lang) == targets.end())
        {
            reader.error("unknown-lang", reader.atAttribute(t, "lang"),
                         "lang=\"" + *lang + "\" is not a target language of this course (" +
                             joinWords(targets) +
                             "); paragraphs of a text step are in the language being learned");
            continue;
        }
        auto spans = readSpans(context, t, false);
        if (!spans.empty())
            paragraph.variants.emplace_back(*lang, std::move(spans));
    }
    readParagraphAudio(context, p, paragraph);
    return paragraph;
}

TextStep readText(const LessonContext& context, const XMLElement* element)
{
    const auto& reader = context.reader;
    TextStep step;
    for (const auto* child = element->FirstChildElement(); child;
         child = child->NextSiblingElement())
    {
        const std::string_view name = child->Name();
        if (name == "heading")
            step.heading = instructionText(context, child);
        else if (name == "p")
            step.paragraphs.push_back(readParagraph(context, child));
        else if (name == "audio")
        {
            // One clip reads the whole text; a second would silently win over the first.
            if (child != element->FirstChildElement("audio"))
                reader.error("duplicate-element", reader.at(child),
                             "a second <audio> in one <text>: the text's own clip reads the "
                             "whole text; put a clip for one paragraph inside its <p>");
            else
                step.audio = readAudio(context, child);
        }
        else
            reader.unknownElement(child, {"heading", "p", "audio"});
    }
    if (!element->FirstChildElement("p"))
        reader.error("missing-element", reader.at(element),
                     "<text> needs at least one <p> paragraph");
    return step;
}

DialogueStep readDialogue(const LessonContext& context, const XMLElement* element)
{
    const auto& reader = context.reader;
    DialogueStep step;
    for (const auto* child = element->FirstChildElement(); child;
         child = child->NextSiblingElement())
    {
        const std::string_view name = child->Name();
        if (name == "heading")
            step.heading = instructionText(context, child);
        else if (name == "context")
            step.context = instructionText(context, child);
        else if (name == "line")
        {
            reader.checkAttributes(child, {"speaker"});
            reader.checkNoText(child);
            DialogueLine line;
            line.where = reader.at(child);
            line.speaker = reader.required(child, "speaker").value_or("");
            if (!context.speakers.empty() && !line.speaker.empty())
                if (const auto* speaker =
                        resolveSpeaker(reader, child, "speaker", line.speaker, context.speakers))
                {
                    line.speakerId = speaker->id;
                    line.speaker = speaker->name;
                }
            for (const auto* part = child->FirstChildElement(); part;
                 part = part->NextSiblingElement())
            {
                const std::string_view partName = part->Name();
                if (partName == "say")
                {
                    reader.checkAttributes(part, {});
                    line.text = reader.requiredText(part, TextRole::Target, context.stepLang);
                }
                else if (partName == "translation")
                    line.translation = instructionText(context, part);
                else if (partName == "audio")
                {
                    line.audio = readAudio(context, part);
                    // A line's clip is spoken by the line's speaker unless it says otherwise.
                    if (line.audio && line.audio->speaker.empty())
                        line.audio->speaker =
                            line.speakerId.empty() ? line.speaker : line.speakerId;
                }
                else
                    reader.unknownElement(part, {"say", "translation", "audio"});
            }
            if (!child->FirstChildElement("say"))
                reader.error("missing-element", line.where,
                             "<line> needs a <say> with what the speaker says");
            step.lines.push_back(std::move(line));
        }
        else
            reader.unknownElement(child, {"heading", "context", "line"});
    }
    if (step.lines.empty())
        reader.error("missing-element", reader.at(element), "<dialogue> needs at least one <line>");
    return step;
}

Article readArticle(const LessonContext& context, const XMLElement* word, const LangTag& lang)
{
    const auto& reader = context.reader;
    const auto value = reader.optional(word, "article");
    if (!value)
        return Article::None;
    const bool swedish = lang == "sv";
    if (swedish && (*value == "en" || *value == "ett"))
        return *value == "en" ? Article::En : Article::Ett;
    if (!swedish && (*value == "en" || *value == "ei" || *value == "et"))
        return *value == "en" ? Article::En : *value == "ei" ? Article::Ei : Article::Et;
    reader.error("bad-article", reader.atAttribute(word, "article"),
                 "article=\"" + *value + "\" is not a " + (swedish ? "Swedish" : "Norwegian") +
                     " article; use " + (swedish ? "en or ett" : "en, ei or et"));
    return Article::None;
}

VocabularyEntry readWord(const LessonContext& context, const XMLElement* word)
{
    const auto& reader = context.reader;
    reader.checkAttributes(word, {"id", "lemma", "pos", "article", "lang"});
    reader.checkNoText(word);
    VocabularyEntry entry;
    entry.where = reader.at(word);
    entry.id = reader.required(word, "id").value_or("");
    if (!entry.id.empty() && !isValidId(entry.id))
        reader.error("bad-id", reader.atAttribute(word, "id"),
                     "id `" + entry.id +
                         "` may only use a-z, 0-9, '-', '_' and '.', at most 64 characters");
    entry.lemma = reader.required(word, "lemma").value_or("");
    entry.lang = context.stepLang;
    if (const auto lang = reader.optional(word, "lang"))
    {
        const auto& targets = reader.languages().targets;
        if (std::find(targets.begin(), targets.end(), *lang) == targets.end())
            reader.error("unknown-lang", reader.atAttribute(word, "lang"),
                         "lang=\"" + *lang + "\" is not a target language of this course (" +
                             joinWords(targets) + ")");
        else
            entry.lang = *lang;
    }
    if (const auto pos = reader.choice(word, "pos", kPartsOfSpeech))
        entry.partOfSpeech = *pos;
    else if (!word->Attribute("pos"))
        reader.error("missing-attribute", reader.at(word),
                     "<word> needs pos=\"…\" (noun, verb, adjective, …)");
    entry.article = readArticle(context, word, entry.lang);
    if (entry.partOfSpeech == "noun" && entry.article == Article::None &&
        !word->Attribute("article"))
        reader.warning("missing-article", reader.at(word),
                       "the noun `" + entry.lemma + "` has no article; add article=\"" +
                           (entry.lang == "sv" ? "en|ett" : "en|ei|et") +
                           "\" so learners learn its gender");
    for (const auto* child = word->FirstChildElement(); child; child = child->NextSiblingElement())
    {
        const std::string_view name = child->Name();
        if (name == "forms")
        {
            reader.checkAttributes(child, {});
            reader.checkNoText(child);
            for (const auto* form = child->FirstChildElement(); form;
                 form = form->NextSiblingElement())
            {
                if (std::string_view(form->Name()) != "form")
                {
                    reader.unknownElement(form, {"form"});
                    continue;
                }
                reader.checkAttributes(form, {"name"});
                WordForm result{reader.required(form, "name").value_or(""), reader.plainText(form)};
                if (result.text.empty())
                    reader.error("empty-text", reader.at(form),
                                 "<form> is empty; write the inflected form");
                else
                    entry.forms.push_back(std::move(result));
            }
        }
        else if (name == "translation")
            entry.translation = instructionText(context, child);
        else if (name == "example")
            readExample(context, child, entry);
        else if (name == "exampleTranslation")
            entry.exampleTranslation = instructionText(context, child);
        else if (name == "audio")
            entry.audio = readAudio(context, child);
        else
            reader.unknownElement(
                child, {"forms", "translation", "example", "exampleTranslation", "audio"});
    }
    if (!word->FirstChildElement("translation"))
        reader.error("missing-element", entry.where, "<word> needs a <translation>");
    return entry;
}

VocabularyStep readVocabulary(const LessonContext& context, const XMLElement* element)
{
    const auto& reader = context.reader;
    VocabularyStep step;
    for (const auto* child = element->FirstChildElement(); child;
         child = child->NextSiblingElement())
    {
        const std::string_view name = child->Name();
        if (name == "heading")
            step.heading = instructionText(context, child);
        else if (name == "word")
        {
            LessonContext wordContext = context;
            if (const char* lang = child->Attribute("lang"))
                wordContext.stepLang = lang;
            step.entries.push_back(readWord(wordContext, child));
        }
        else
            reader.unknownElement(child, {"heading", "word"});
    }
    if (step.entries.empty())
        reader.error("missing-element", reader.at(element),
                     "<vocabulary> needs at least one <word>");
    return step;
}

TipStep readTip(const LessonContext& context, const XMLElement* element)
{
    const auto& reader = context.reader;
    TipStep step;
    if (const auto kind = reader.choice(element, "kind", {"tip", "culture"}))
        step.kind = *kind == "culture" ? TipKind::Culture : TipKind::Tip;
    for (const auto* child = element->FirstChildElement(); child;
         child = child->NextSiblingElement())
    {
        const std::string_view name = child->Name();
        if (name == "heading")
            step.heading = instructionText(context, child);
        else if (name == "p")
            step.paragraphs.push_back(instructionText(context, child));
        else
            reader.unknownElement(child, {"heading", "p"});
    }
    if (step.paragraphs.empty())
        reader.error("missing-element", reader.at(element), "<tip> needs at least one <p>");
    return step;
}

std::optional<Step> readStep(LessonContext& context, const XMLElement* element)
{
    const auto& reader = context.reader;
    const std::string_view kind = element->Name();
    if (!isOneOf(kind, kAllSteps))
    {
        reader.unknownElement(element, kAllSteps);
        return std::nullopt;
    }
    Step step;
    step.where = reader.at(element);
    step.id = reader.required(element, "id").value_or("");
    if (!step.id.empty() && !isValidId(step.id))
    {
        reader.error("bad-id", reader.atAttribute(element, "id"),
                     "id `" + step.id +
                         "` may only use a-z, 0-9, '-', '_' and '.', at most 64 characters");
        step.id.clear();
    }
    const auto& targets = reader.languages().targets;
    context.stepLang = targets.empty() ? LangTag("sv") : targets.front();
    if (const auto lang = reader.optional(element, "lang"))
    {
        if (std::find(targets.begin(), targets.end(), *lang) == targets.end())
            reader.error("unknown-lang", reader.atAttribute(element, "lang"),
                         "lang=\"" + *lang + "\" is not a target language of this course (" +
                             joinWords(targets) + ")");
        else
            step.lang = context.stepLang = *lang;
    }
    if (isOneOf(kind, kContentSteps))
    {
        if (kind == "tip")
            reader.checkAttributes(element, {"id", "lang", "kind"});
        else if (kind == "image")
            reader.checkAttributes(element, {"id", "lang", "src"});
        else
            reader.checkAttributes(element, {"id", "lang"});
        reader.checkNoText(element);
    }
    if (kind == "text")
        step.body = readText(context, element);
    else if (kind == "dialogue")
        step.body = readDialogue(context, element);
    else if (kind == "vocabulary")
        step.body = readVocabulary(context, element);
    else if (kind == "tip")
        step.body = readTip(context, element);
    else if (kind == "image")
    {
        auto image = readImage(context, element);
        if (!image)
            return std::nullopt;
        step.body = ImageStep{std::move(*image)};
    }
    else
    {
        Item item;
        readItem(context, element, item);
        step.body = std::move(item);
    }
    if (step.id.empty())
        return std::nullopt;
    return step;
}

void readGlossary(LessonContext& context, const XMLElement* glossary, Lesson& lesson)
{
    const auto& reader = context.reader;
    reader.checkAttributes(glossary, {});
    reader.checkNoText(glossary);
    for (const auto* entry = glossary->FirstChildElement(); entry;
         entry = entry->NextSiblingElement())
    {
        if (std::string_view(entry->Name()) != "entry")
        {
            reader.unknownElement(entry, {"entry"});
            continue;
        }
        reader.checkAttributes(entry, {"id", "lemma"});
        GlossaryEntry result;
        result.where = reader.at(entry);
        result.id = reader.required(entry, "id").value_or("");
        result.lemma = reader.optional(entry, "lemma").value_or("");
        result.meaning =
            reader.requiredText(entry, TextRole::Instruction, context.instructionLang());
        if (result.id.empty())
            continue;
        if (!context.glossaryIds.insert(result.id).second)
        {
            reader.error("duplicate-id", reader.atAttribute(entry, "id"),
                         "glossary entry `" + result.id +
                             "` is defined twice in this lesson; keep one");
            continue;
        }
        lesson.glossary.push_back(std::move(result));
    }
}

} // namespace

std::shared_ptr<const Lesson> readLessonXml(const XmlSource& source, const PackageFiles& package,
                                            const Course& course, const LessonSlot& slot,
                                            DiagnosticSink& sink)
{
    const auto* root = source.root();
    if (std::string_view(root->Name()) != "lesson")
    {
        sink.error("xml.wrong-root", source.at(root),
                   "a lesson file must hold a <lesson> element, not <" + std::string(root->Name()) +
                       ">");
        return nullptr;
    }
    Languages languages{course.targets, course.instructionLangs, course.overviewLangs,
                        !course.instructionLangs.empty()};
    if (languages.instruction.empty())
        languages.instruction.push_back("en");
    const ElementReader reader(source, sink, "lesson", languages);
    LessonContext context{reader,
                          package,
                          course,
                          {},
                          languages.targets.empty() ? "sv" : languages.targets.front(),
                          course.speakers};

    auto lesson = std::make_shared<Lesson>();
    lesson->file = slot.file;
    reader.checkAttributes(root, {"id", "format", "minutes"});
    reader.checkNoText(root);
    lesson->id = reader.required(root, "id").value_or("");
    if (!lesson->id.empty() && lesson->id != slot.id)
        reader.error("id-mismatch", reader.atAttribute(root, "id"),
                     "this file's lesson id is `" + lesson->id + "` but course.xml lists it as `" +
                         slot.id + "`; make the two the same");
    lesson->id = slot.id;
    if (const auto format = reader.required(root, "format"); format && *format != "1")
        reader.error("course.unsupported-format", reader.atAttribute(root, "format"),
                     "format `" + *format +
                         "` is not supported by this version of Kompis, which reads format 1");
    if (!root->Attribute("minutes"))
        reader.error("missing-attribute", reader.at(root),
                     "<lesson> needs minutes=\"…\": the estimated study time in minutes (1–120)");
    lesson->minutes = reader.integer(root, "minutes", 1, 120).value_or(0);

    for (const auto* child = root->FirstChildElement(); child; child = child->NextSiblingElement())
        if (!isOneOf(child->Name(), {"title", "goals", "glossary", "speakers", "steps"}))
            reader.unknownElement(child, {"title", "goals", "glossary", "speakers", "steps"});
    if (const auto* title = reader.child(root, "title", true))
    {
        lesson->title = overviewText(context, title);
        reader.limitTitle(lesson->title, title);
    }
    if (const auto* goals = reader.child(root, "goals", false))
    {
        reader.checkAttributes(goals, {});
        reader.checkNoText(goals);
        for (const auto* goal = goals->FirstChildElement(); goal; goal = goal->NextSiblingElement())
        {
            if (std::string_view(goal->Name()) != "goal")
                reader.unknownElement(goal, {"goal"});
            else
                lesson->goals.push_back(overviewText(context, goal));
        }
    }
    if (const auto* glossary = reader.child(root, "glossary", false))
        readGlossary(context, glossary, *lesson);
    if (const auto* speakers = reader.child(root, "speakers", false))
    {
        readSpeakers(reader, speakers, course.speakers, lesson->speakers);
        context.speakers.insert(context.speakers.end(), lesson->speakers.begin(),
                                lesson->speakers.end());
    }
    if (const auto* steps = reader.child(root, "steps", true))
    {
        reader.checkAttributes(steps, {});
        reader.checkNoText(steps);
        for (const auto* element = steps->FirstChildElement(); element;
             element = element->NextSiblingElement())
        {
            if (lesson->steps.size() == kMaxSteps)
            {
                reader.error("too-many-steps", reader.at(element),
                             "a lesson may hold at most 500 steps; split it into several lessons");
                break;
            }
            if (auto step = readStep(context, element))
                lesson->steps.push_back(std::move(*step));
        }
        if (!steps->FirstChildElement())
            reader.error("no-steps", reader.at(steps),
                         "<steps> is empty; add the lesson's texts and quiz items");
    }
    return lesson;
}

std::vector<std::pair<std::string, SourceLocation>> progressIds(const Lesson& lesson)
{
    std::vector<std::pair<std::string, SourceLocation>> ids;
    for (const auto& step : lesson.steps)
    {
        ids.emplace_back(step.id, step.where);
        if (const auto* vocabulary = std::get_if<VocabularyStep>(&step.body))
            for (const auto& entry : vocabulary->entries)
                if (!entry.id.empty())
                    ids.emplace_back(entry.id, entry.where);
    }
    return ids;
}

} // namespace kompis::core::loader
