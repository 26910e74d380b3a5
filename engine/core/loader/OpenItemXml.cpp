// `<write>` and `<speak>`: items a learner answers freely and no machine grades. They take no
// points and no <feedback>; the learner compares with a model and ticks or rates.
#include "core/grading/Checklist.hpp"
#include "core/loader/LessonContext.hpp"
#include "core/text/Unicode.hpp"

#include <charconv>

namespace kompis::core::loader
{
namespace
{

using tinyxml2::XMLElement;

constexpr auto kCheckAttributes =
    std::to_array<std::string_view>({"contains", "words", "starts", "ends"});

/// A message keeps its lines: each line is trimmed and collapsed, blank lines at the edges go.
std::string messageText(const XMLElement* element)
{
    std::string raw;
    for (const auto* node = element->FirstChild(); node; node = node->NextSibling())
        if (const auto* text = node->ToText())
            raw += text->Value();
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= raw.size())
    {
        const auto end = std::min(raw.find('\n', start), raw.size());
        lines.push_back(collapseSpace(std::string_view(raw).substr(start, end - start)));
        start = end + 1;
    }
    while (!lines.empty() && lines.back().empty())
        lines.pop_back();
    std::string joined;
    bool began = false;
    for (const auto& line : lines)
    {
        if (!began && line.empty())
            continue;
        joined += (began ? "\n" : "") + line;
        began = true;
    }
    return text::nfc(joined);
}

std::optional<std::pair<int, int>> wordRange(std::string_view value)
{
    const auto dash = value.find('-');
    auto number = [](std::string_view part) -> std::optional<int>
    {
        int n = 0;
        const auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), n);
        if (part.empty() || error != std::errc() || end != part.data() + part.size() || n < 0)
            return std::nullopt;
        return n;
    };
    if (dash == std::string_view::npos)
        return std::nullopt;
    const auto low = number(value.substr(0, dash));
    const auto high =
        value.substr(dash + 1).empty() ? std::optional<int>(0) : number(value.substr(dash + 1));
    if (!low || !high || (*high != 0 && *high < *low))
        return std::nullopt;
    return std::pair{*low, *high};
}

std::optional<AutoCheck> readCheck(const LessonContext& context, const XMLElement* point)
{
    const auto& reader = context.reader;
    std::vector<std::string_view> given;
    for (const auto name : kCheckAttributes)
        if (point->Attribute(std::string(name).c_str()))
            given.push_back(name);
    if (given.empty())
        return std::nullopt;
    if (given.size() > 1)
    {
        reader.error("write.several-checks", reader.atAttribute(point, given[1]),
                     "a <point> carries one automatic check; split `" + std::string(given[0]) +
                         "` and `" + std::string(given[1]) + "` into two <point>s");
        return std::nullopt;
    }
    const std::string name(given.front());
    const std::string value = point->Attribute(name.c_str());
    const auto where = reader.atAttribute(point, name);
    AutoCheck check;
    if (name == "contains")
    {
        check.kind = AutoCheck::Kind::Contains;
        std::size_t start = 0;
        while (start <= value.size())
        {
            const auto end = std::min(value.find('|', start), value.size());
            if (auto word = collapseSpace(std::string_view(value).substr(start, end - start));
                !word.empty())
                check.words.push_back(text::nfc(word));
            start = end + 1;
        }
        if (check.words.empty())
        {
            reader.error("write.empty-contains", where,
                         "contains=\"\" names no word; write the word, or several separated by "
                         "|, e.g. contains=\"sjuk|förkyld\"");
            return std::nullopt;
        }
    }
    else if (name == "words")
    {
        check.kind = AutoCheck::Kind::WordCount;
        const auto range = wordRange(value);
        if (!range)
        {
            reader.error("write.bad-word-range", where,
                         "words=\"" + value +
                             "\" is not a range of word counts; write e.g. words=\"10-40\" (or "
                             "words=\"10-\" for at least 10)");
            return std::nullopt;
        }
        check.minWords = range->first;
        check.maxWords = range->second;
    }
    else if (name == "starts")
    {
        check.kind = AutoCheck::Kind::StartsWithGreeting;
        if (!reader.choice(point, "starts", {"greeting"}))
            return std::nullopt;
    }
    else
    {
        check.kind = AutoCheck::Kind::EndsWithName;
        if (!reader.choice(point, "ends", {"name"}))
            return std::nullopt;
    }
    return check;
}

void readChecklist(const LessonContext& context, const XMLElement* list, WriteTask& task)
{
    const auto& reader = context.reader;
    reader.checkAttributes(list, {});
    reader.checkNoText(list);
    for (const auto* point = list->FirstChildElement(); point; point = point->NextSiblingElement())
    {
        if (std::string_view(point->Name()) != "point")
        {
            reader.unknownElement(point, {"point"});
            continue;
        }
        reader.checkAttributes(point, kCheckAttributes);
        ChecklistPoint result;
        result.where = reader.at(point);
        result.text = reader.requiredText(point, TextRole::Instruction, context.instructionLang());
        result.check = readCheck(context, point);
        task.checklist.push_back(std::move(result));
    }
    if (task.checklist.empty())
        reader.error("write.no-checklist", reader.at(list),
                     "<checklist> has no <point>; list what a good answer does, e.g. "
                     "<point contains=\"sjuk\">You say that you are ill</point>");
}

/// A model answer that fails its own checklist would teach learners to distrust the hints.
void checkModelAgainstChecklist(const LessonContext& context, const XMLElement* model,
                                const WriteTask& task)
{
    for (const auto& point : task.checklist)
        if (point.check && !grading::passes(*point.check, task.modelAnswer, context.stepLang))
            context.reader.warning("write.model-fails-check", context.reader.at(model),
                                   "the model answer does not pass the automatic check of the "
                                   "point on line " +
                                       std::to_string(point.where.line) +
                                       "; fix the model answer or the check");
}

void readPrompt(const LessonContext& context, const XMLElement* element, Item& item)
{
    if (const auto* prompt = context.reader.child(element, "prompt", true))
    {
        context.reader.checkAttributes(prompt, {});
        item.prompt =
            context.reader.requiredText(prompt, TextRole::Instruction, context.instructionLang());
    }
}

void checkChildren(const LessonContext& context, const XMLElement* element, Names allowed)
{
    for (const auto* child = element->FirstChildElement(); child;
         child = child->NextSiblingElement())
        if (!isOneOf(child->Name(), allowed))
            context.reader.unknownElement(child, allowed);
}

} // namespace

bool readOpenItem(const LessonContext& context, const XMLElement* element, Item& item)
{
    const auto& reader = context.reader;
    const std::string_view kind = element->Name();
    reader.checkAttributes(element, {"id", "lang"});
    reader.checkNoText(element);
    // Nothing here is judged right or wrong, so it adds no points to the lesson score.
    item.points = 0;
    readPrompt(context, element, item);
    if (kind == "write")
    {
        checkChildren(context, element, {"prompt", "situation", "model", "checklist"});
        WriteTask task;
        if (const auto* situation = reader.child(element, "situation", true))
        {
            reader.checkAttributes(situation, {});
            task.situation =
                reader.requiredText(situation, TextRole::Instruction, context.instructionLang());
        }
        if (const auto* list = reader.child(element, "checklist", true))
            readChecklist(context, list, task);
        if (const auto* model = reader.child(element, "model", false))
        {
            reader.checkAttributes(model, {});
            for (const auto* child = model->FirstChildElement(); child;
                 child = child->NextSiblingElement())
                reader.unknownElement(child, {});
            task.modelAnswer = messageText(model);
            if (task.modelAnswer.empty())
                reader.error("empty-text", reader.at(model),
                             "<model> is empty; write a model answer or leave the element out");
            else
                checkModelAgainstChecklist(context, model, task);
        }
        item.body = std::move(task);
        return true;
    }
    checkChildren(context, element, {"prompt", "audio"});
    SpeakAloud speak;
    const auto* audio = reader.child(element, "audio", true);
    auto clip = audio ? readAudio(context, audio) : std::nullopt;
    if (!clip)
        return false;
    speak.model = std::move(*clip);
    item.body = std::move(speak);
    return true;
}

} // namespace kompis::core::loader
