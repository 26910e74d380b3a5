// Moodle XML question banks as Moodle exports them: `<quiz>` of `<question type="…">`, a
// `type="category"` question starting each category, HTML text in CDATA, fractions in percent.
#include "core/text/Unicode.hpp"
#include "import/CategoryLessons.hpp"
#include "import/PlainText.hpp"
#include "import/TextEncoding.hpp"

#include <filesystem>
#include <map>
#include <tinyxml2.h>

using tinyxml2::XMLElement;

namespace kompis::author::import
{

namespace
{

/// The `<text>` of a child such as `<questiontext format="html"><text>…</text></questiontext>`,
/// as plain text; images it shows go to `images`.
std::string textOf(const XMLElement* parent, const char* child,
                   std::vector<std::string>* images = nullptr)
{
    const auto* element = child ? parent->FirstChildElement(child) : parent;
    if (!element)
        return {};
    const auto* text = element->FirstChildElement("text");
    const char* value = text ? text->GetText() : nullptr;
    if (!value)
        return {};
    const char* format = element->Attribute("format");
    const std::string_view raw = value;
    const bool html =
        (format && std::string_view(format) == "html") || raw.find('<') != std::string_view::npos;
    return core::text::nfc(html ? htmlToText(raw, images) : collapseSpace(raw));
}

class MoodleReader
{
public:
    MoodleReader(const ImportOptions& options, core::DiagnosticSink& sink)
        : m_file(options.sourceName)
        , m_sink(sink)
    {
    }

    bool read(const XMLElement* element, const std::string& type, ImportedQuestion& question)
    {
        question.line = element->GetLineNum();
        question.name = textOf(element, "name");
        std::vector<std::string> images;
        question.prompt = textOf(element, "questiontext", &images);
        question.feedbackGeneral = textOf(element, "generalfeedback", &images);
        question.feedbackRight = textOf(element, "correctfeedback");
        question.feedbackWrong = textOf(element, "incorrectfeedback");
        if (const auto* grade = element->FirstChildElement("defaultgrade");
            grade && grade->GetText())
            question.points = std::atof(grade->GetText());
        if (question.points <= 0 || question.points > 100)
            question.points = 1;
        const auto name = question.name.empty() ? question.prompt.substr(0, 60) : question.name;
        for (const auto& image : images)
            m_sink.warning("import-image", {m_file, question.line, 0},
                           "question `" + name + "`: the image " + image +
                               " is left out (Kompis items hold no pictures; add an <image> step "
                               "before the item)");
        for (const auto* answer = element->FirstChildElement("answer"); answer;
             answer = answer->NextSiblingElement("answer"))
        {
            ImportedAnswer result;
            result.text = textOf(answer, nullptr);
            result.feedback = textOf(answer, "feedback");
            result.fraction = answer->DoubleAttribute("fraction", 0) / 100.0;
            question.answers.push_back(std::move(result));
        }
        if (type == "multichoice")
        {
            const auto* single = element->FirstChildElement("single");
            const bool one =
                !single || !single->GetText() || std::string_view(single->GetText()) != "false";
            question.kind = one ? QuestionKind::SingleChoice : QuestionKind::MultipleChoice;
            return true;
        }
        if (type == "truefalse")
        {
            question.kind = QuestionKind::TrueFalse;
            for (const auto& answer : question.answers)
            {
                const bool isTrue = core::text::foldCase(answer.text) == "true";
                if (answer.fraction > 0.999)
                {
                    question.truth = isTrue;
                    if (!answer.feedback.empty())
                        question.feedbackRight = answer.feedback;
                }
                else if (!answer.feedback.empty())
                    question.feedbackWrong = answer.feedback;
            }
            question.answers.clear();
            return true;
        }
        if (type == "shortanswer")
        {
            question.kind = QuestionKind::ShortAnswer;
            if (const auto* usecase = element->FirstChildElement("usecase"))
                question.caseSensitive =
                    usecase->GetText() && std::string_view(usecase->GetText()) == "1";
            return true;
        }
        if (type == "matching")
        {
            question.kind = QuestionKind::Matching;
            for (const auto* sub = element->FirstChildElement("subquestion"); sub;
                 sub = sub->NextSiblingElement("subquestion"))
            {
                const auto left = textOf(sub, nullptr);
                const auto right = textOf(sub, "answer");
                if (left.empty())
                    m_sink.warning("import-extra-answer", {m_file, sub->GetLineNum(), 0},
                                   "question `" + name + "`: the extra right-hand answer `" +
                                       right + "` is left out (Kompis matches pairs only)");
                else
                    question.pairs.emplace_back(left, right);
            }
            return true;
        }
        static const std::map<std::string, std::string> kNames = {
            {"numerical", "numerical"},
            {"essay", "essay"},
            {"cloze", "cloze (embedded answers)"},
            {"multianswer", "cloze (embedded answers)"},
            {"description", "description (text without answers)"},
            {"calculated", "calculated"},
            {"calculatedsimple", "calculated"},
            {"calculatedmulti", "calculated"},
            {"ddwtos", "drag and drop into text"},
            {"gapselect", "select missing words"},
            {"ddimageortext", "drag and drop onto image"},
            {"ddmarker", "drag and drop markers"},
            {"randomsamatch", "random short-answer matching"},
        };
        const auto known = kNames.find(type);
        m_sink.warning("import-unsupported-question", {m_file, question.line, 0},
                       "question `" + name + "` left out: " +
                           (known == kNames.end() ? "`" + type + "`" : known->second) +
                           " questions have no Kompis form");
        return false;
    }

private:
    std::string m_file;
    core::DiagnosticSink& m_sink;
};

} // namespace

ImportedCourse importMoodleXml(const std::string& bytes, const ImportOptions& options,
                               core::DiagnosticSink& sink)
{
    ImportedCourse course;
    course.title = std::filesystem::path(options.sourceName).stem().string();
    std::string charset;
    const auto text = toUtf8(bytes, charset);
    tinyxml2::XMLDocument document;
    if (document.Parse(text.data(), text.size()) != tinyxml2::XML_SUCCESS)
    {
        sink.error("import-bad-file", {options.sourceName, document.ErrorLineNum(), 0},
                   std::string("not well-formed XML: ") + document.ErrorStr());
        return course;
    }
    const auto* quiz = document.FirstChildElement("quiz");
    if (!quiz)
    {
        sink.error("import-bad-file", {options.sourceName, 1, 0},
                   "this is not a Moodle XML question bank (no <quiz>); export the bank from "
                   "Moodle as \"Moodle XML format\"");
        return course;
    }
    MoodleReader reader(options, sink);
    CategoryLessons lessons(course.title, quiz->GetLineNum());
    for (const auto* element = quiz->FirstChildElement("question"); element;
         element = element->NextSiblingElement("question"))
    {
        const std::string type = element->Attribute("type") ? element->Attribute("type") : "";
        ImportedQuestion question;
        if (type == "category")
            lessons.startCategory(textOf(element, "category"), element->GetLineNum());
        else if (reader.read(element, type, question))
            lessons.add(std::move(question));
    }
    lessons.finish(course, options.sourceName, sink);
    return course;
}

} // namespace kompis::author::import
