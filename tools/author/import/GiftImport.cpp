// Moodle's GIFT question format: questions separated by blank lines, `//` comments,
// `::name::`, answers in `{…}` (`=` right, `~` wrong, `%50%` weights, `#` feedback, `####`
// general feedback, `->` matching, T/F), `$CATEGORY:` lines, backslash escapes.
#include "core/text/Unicode.hpp"
#include "import/CategoryLessons.hpp"
#include "import/PlainText.hpp"
#include "import/TextEncoding.hpp"

#include <filesystem>
#include <string_view>

namespace kompis::author::import
{

namespace
{

struct Block
{
    std::string text;
    int line = 0;
};

/// The file as blocks of non-blank lines with comments removed.
std::vector<Block> blocksOf(const std::string& text)
{
    std::vector<Block> blocks;
    Block current;
    std::size_t start = 0;
    int line = 0;
    while (start <= text.size())
    {
        auto end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        std::string row = text.substr(start, end - start);
        if (!row.empty() && row.back() == '\r')
            row.pop_back();
        ++line;
        start = end + 1;
        const auto trimmed = collapseSpace(row);
        if (trimmed.starts_with("//"))
            continue;
        if (trimmed.empty())
        {
            if (!current.text.empty())
                blocks.push_back(std::move(current));
            current = Block{};
            continue;
        }
        if (current.text.empty())
            current.line = line;
        else
            current.text += '\n';
        current.text += row;
    }
    if (!current.text.empty())
        blocks.push_back(std::move(current));
    return blocks;
}

/// Position of the first `c` in `text` from `from` that no backslash escapes.
std::size_t findUnescaped(std::string_view text, char c, std::size_t from = 0)
{
    for (std::size_t i = from; i < text.size(); ++i)
    {
        if (text[i] == '\\')
            ++i;
        else if (text[i] == c)
            return i;
    }
    return std::string_view::npos;
}

std::size_t findUnescaped(std::string_view text, std::string_view what, std::size_t from = 0)
{
    for (std::size_t i = from; i + what.size() <= text.size(); ++i)
    {
        if (text[i] == '\\')
            ++i;
        else if (text.substr(i, what.size()) == what)
            return i;
    }
    return std::string_view::npos;
}

/// GIFT text as plain text: escapes resolved, HTML taken out when the question is `[html]`.
std::string giftText(std::string_view raw, bool html, std::vector<std::string>* images)
{
    std::string out;
    for (std::size_t i = 0; i < raw.size(); ++i)
    {
        if (raw[i] == '\\' && i + 1 < raw.size())
        {
            ++i;
            out += raw[i] == 'n' ? '\n' : raw[i];
        }
        else
            out += raw[i];
    }
    return core::text::nfc(html || out.find('<') != std::string::npos ? htmlToText(out, images)
                                                                      : collapseSpace(out));
}

struct Part
{
    char mark = 0; ///< '=' or '~'
    std::string text;
};

/// The answers of a `{…}` block, split at unescaped `=` and `~` (not the `=` of a `->`-less
/// text), with the general feedback (`####`) taken out first.
std::vector<Part> answerParts(std::string_view body)
{
    std::vector<Part> parts;
    for (std::size_t i = 0; i < body.size(); ++i)
    {
        const char c = body[i];
        if (c == '\\' && i + 1 < body.size())
        {
            if (!parts.empty())
                parts.back().text += body.substr(i, 2);
            ++i;
        }
        else if (c == '=' || c == '~')
            parts.push_back(Part{c, {}});
        else if (!parts.empty())
            parts.back().text += c;
    }
    return parts;
}

/// `%50%text#feedback` → fraction 0.5, text, feedback.
ImportedAnswer parseAnswer(const Part& part, bool html, std::vector<std::string>& images)
{
    ImportedAnswer answer;
    answer.fraction = part.mark == '=' ? 1 : 0;
    std::string_view rest = part.text;
    const auto lead = rest.find_first_not_of(" \t\n");
    rest = lead == std::string_view::npos ? std::string_view() : rest.substr(lead);
    if (rest.starts_with('%'))
    {
        const auto close = rest.find('%', 1);
        if (close != std::string_view::npos)
        {
            answer.fraction = std::atof(std::string(rest.substr(1, close - 1)).c_str()) / 100.0;
            rest = rest.substr(close + 1);
        }
    }
    const auto hash = findUnescaped(rest, '#');
    answer.text = giftText(rest.substr(0, hash), html, &images);
    if (hash != std::string_view::npos)
        answer.feedback = giftText(rest.substr(hash + 1), html, &images);
    return answer;
}

class GiftReader
{
public:
    GiftReader(const ImportOptions& options, core::DiagnosticSink& sink)
        : m_file(options.sourceName)
        , m_sink(sink)
    {
    }

    void unsupported(int line, const std::string& what, const std::string& name)
    {
        m_sink.warning("import-unsupported-question", {m_file, line, 0},
                       "question `" + name + "` left out: " + what +
                           " questions have no Kompis form");
    }

    /// One question block; false when it is not one Kompis can take (reported).
    bool read(const Block& block, ImportedQuestion& question)
    {
        std::string_view text = block.text;
        question.line = block.line;
        const auto lead = text.find_first_not_of(" \t\n");
        text = text.substr(lead == std::string_view::npos ? text.size() : lead);
        if (text.starts_with("::"))
        {
            const auto close = findUnescaped(text, "::", 2);
            if (close != std::string_view::npos)
            {
                question.name = giftText(text.substr(2, close - 2), false, nullptr);
                text = text.substr(close + 2);
            }
        }
        bool html = false;
        const auto lead2 = text.find_first_not_of(" \t\n");
        text = text.substr(lead2 == std::string_view::npos ? text.size() : lead2);
        if (text.starts_with('['))
        {
            const auto close = text.find(']');
            if (close != std::string_view::npos && close < 12)
            {
                html = text.substr(1, close - 1) == "html";
                text = text.substr(close + 1);
            }
        }
        const auto open = findUnescaped(text, '{');
        const auto close = open == std::string_view::npos ? open : findUnescaped(text, '}', open);
        std::vector<std::string> images;
        const auto nameOr = [&](std::string_view fallback) {
            return question.name.empty() ? giftText(fallback.substr(0, 60), html, nullptr)
                                         : question.name;
        };
        if (open == std::string_view::npos || close == std::string_view::npos)
        {
            unsupported(block.line, "description (text without answers)", nameOr(text));
            return false;
        }
        question.before = giftText(text.substr(0, open), html, &images);
        question.after = giftText(text.substr(close + 1), html, &images);
        auto body = text.substr(open + 1, close - open - 1);
        const auto name = nameOr(text.substr(0, open));
        if (question.name.empty())
            question.name = name;
        if (const auto general = findUnescaped(body, "####"); general != std::string_view::npos)
        {
            question.feedbackGeneral = giftText(body.substr(general + 4), html, &images);
            body = body.substr(0, general);
        }
        for (const auto& image : images)
            m_sink.warning("import-image", {m_file, block.line, 0},
                           "question `" + name + "`: the image " + image +
                               " is left out (Kompis items hold no pictures; add an <image> step "
                               "before the item)");
        const auto trimmedBody = collapseSpace(body);
        if (trimmedBody.starts_with('#'))
        {
            unsupported(block.line, "numerical", name);
            return false;
        }
        if (trimmedBody.empty())
        {
            unsupported(block.line, "essay", name);
            return false;
        }
        // The missing-word form puts the answers inside the sentence.
        const bool inSentence = !question.after.empty();
        if (!inSentence)
            question.prompt = question.before, question.before.clear();
        else
            question.prompt = collapseSpace(question.before + " _____ " + question.after);

        const auto upper = trimmedBody.substr(0, trimmedBody.find('#'));
        if (upper == "T" || upper == "TRUE" || upper == "F" || upper == "FALSE")
        {
            question.kind = QuestionKind::TrueFalse;
            question.truth = upper.front() == 'T';
            const auto parts = std::string_view(trimmedBody);
            const auto first = findUnescaped(parts, '#');
            if (first != std::string_view::npos)
            {
                const auto second = findUnescaped(parts, '#', first + 1);
                // Moodle: the first feedback is for a wrong answer, the second for a right one.
                question.feedbackWrong =
                    giftText(parts.substr(first + 1, second - first - 1), html, nullptr);
                if (second != std::string_view::npos)
                    question.feedbackRight = giftText(parts.substr(second + 1), html, nullptr);
            }
            question.before.clear();
            question.after.clear();
            return true;
        }
        const auto parts = answerParts(body);
        if (parts.empty())
        {
            unsupported(block.line, "this kind of", name);
            return false;
        }
        const bool matching = findUnescaped(body, "->") != std::string_view::npos;
        if (matching)
        {
            question.kind = QuestionKind::Matching;
            question.before.clear();
            question.after.clear();
            for (const auto& part : parts)
            {
                const auto arrow = findUnescaped(part.text, "->");
                const auto left =
                    giftText(std::string_view(part.text).substr(0, arrow), html, nullptr);
                const auto right =
                    arrow == std::string::npos
                        ? std::string()
                        : giftText(std::string_view(part.text).substr(arrow + 2), html, nullptr);
                if (left.empty())
                    m_sink.warning("import-extra-answer", {m_file, block.line, 0},
                                   "question `" + name + "`: the extra right-hand answer `" +
                                       right + "` is left out (Kompis matches pairs only)");
                else
                    question.pairs.emplace_back(left, right);
            }
            return true;
        }
        bool anyWrong = false, anyRight = false, weightedWrong = false;
        for (const auto& part : parts)
        {
            auto answer = parseAnswer(part, html, images);
            anyWrong = anyWrong || part.mark == '~';
            anyRight = anyRight || part.mark == '=';
            weightedWrong = weightedWrong || (part.mark == '~' && answer.fraction > 0);
            question.answers.push_back(std::move(answer));
        }
        // As Moodle reads GIFT: only `=` is short answer; weighted `~` answers without a `=`
        // are several right answers; a `=` with weighted `~`s is one right answer with
        // partly right ones.
        if (!anyWrong)
            question.kind = QuestionKind::ShortAnswer;
        else if (weightedWrong && !anyRight)
            question.kind = QuestionKind::MultipleChoice;
        else
            question.kind = QuestionKind::SingleChoice;
        if (question.kind != QuestionKind::ShortAnswer)
            question.before.clear(), question.after.clear();
        else if (inSentence)
            question.prompt.clear(); // the sentence with its gap says it all
        return true;
    }

private:
    std::string m_file;
    core::DiagnosticSink& m_sink;
};

} // namespace

ImportedCourse importGift(const std::string& bytes, const ImportOptions& options,
                          core::DiagnosticSink& sink)
{
    ImportedCourse course;
    course.title = std::filesystem::path(options.sourceName).stem().string();
    std::string charset;
    const auto text = toUtf8(bytes, charset);
    if (!charset.empty())
        sink.report(core::Severity::Note, "import-encoding", {options.sourceName, 0, 0},
                    "the file is not UTF-8; read it as " + charset);
    GiftReader reader(options, sink);
    CategoryLessons lessons(course.title, 1);
    for (auto& block : blocksOf(text))
    {
        // A `$CATEGORY:` line may share a block with the question after it.
        if (block.text.starts_with("$CATEGORY:"))
        {
            const auto end = block.text.find('\n');
            lessons.startCategory(std::string_view(block.text).substr(10, end - 10), block.line);
            if (end == std::string::npos)
                continue;
            block.text.erase(0, end + 1);
            ++block.line;
        }
        ImportedQuestion question;
        if (reader.read(block, question))
            lessons.add(std::move(question));
    }
    lessons.finish(course, options.sourceName, sink);
    return course;
}

} // namespace kompis::author::import
