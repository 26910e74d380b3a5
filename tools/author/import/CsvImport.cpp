// Word lists as Quizlet, Anki ("Notes in plain text") and Excel ("CSV" or "Unicode text") write
// them: `;`, `,` or tab between fields, a header row or not, quoted fields with "" for a quote.
#include "core/text/Unicode.hpp"
#include "import/ImportedCourse.hpp"
#include "import/PlainText.hpp"
#include "import/TextEncoding.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <map>
#include <optional>

namespace kompis::author::import
{

namespace
{

struct Record
{
    std::vector<std::string> fields;
    int line = 0;
};

std::vector<Record> parseRecords(const std::string& text, char separator, int firstLine)
{
    std::vector<Record> records;
    Record record{{}, firstLine};
    std::string field;
    bool quoted = false, fieldStarted = false;
    int line = firstLine;
    const auto endField = [&]
    {
        record.fields.push_back(std::move(field));
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&]
    {
        endField();
        const bool blank = std::all_of(record.fields.begin(), record.fields.end(),
                                       [](const auto& f) { return collapseSpace(f).empty(); });
        if (!blank)
            records.push_back(std::move(record));
        record = Record{{}, line + 1};
    };
    for (std::size_t i = 0; i < text.size(); ++i)
    {
        const char c = text[i];
        if (quoted)
        {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
                field += '"', ++i;
            else if (c == '"')
                quoted = false;
            else
            {
                if (c == '\n')
                    ++line;
                field += c;
            }
        }
        else if (c == '"' && !fieldStarted)
            quoted = fieldStarted = true;
        else if (c == separator)
            endField();
        else if (c == '\r')
            continue;
        else if (c == '\n')
        {
            endRecord();
            ++line;
        }
        else
            field += c, fieldStarted = true;
    }
    if (!field.empty() || !record.fields.empty())
        endRecord();
    return records;
}

/// The separator that splits the most of the first rows into two or more fields: tab, then
/// `;` (Excel in Nordic locales, where `,` is the decimal comma), then `,`.
char guessSeparator(const std::string& text)
{
    const auto sample = text.substr(0, 16384);
    char best = '\t';
    std::size_t bestRows = 0;
    for (const char separator : {'\t', ';', ','})
    {
        const auto records = parseRecords(sample, separator, 1);
        const auto rows = static_cast<std::size_t>(std::count_if(
            records.begin(), records.end(), [](const Record& r) { return r.fields.size() >= 2; }));
        if (rows > bestRows)
            best = separator, bestRows = rows;
    }
    return best;
}

enum class Column
{
    Term,
    Translation,
    Example,
    Unknown,
};

struct Heading
{
    Column column;
    core::LangTag lang; ///< for a translation column named by its language
};

/// What a header cell names, or nullopt when it is no header word (then the row is data).
std::optional<Heading> headingOf(const std::string& cell)
{
    static const std::map<std::string, Heading> kHeadings = {
        {"term", {Column::Term, ""}},
        {"word", {Column::Term, ""}},
        {"ord", {Column::Term, ""}},
        {"front", {Column::Term, ""}},
        {"fråga", {Column::Term, ""}},
        {"svenska", {Column::Term, "sv"}},
        {"swedish", {Column::Term, "sv"}},
        {"norsk", {Column::Term, "nb"}},
        {"norwegian", {Column::Term, "nb"}},
        {"bokmål", {Column::Term, "nb"}},
        {"nynorsk", {Column::Term, "nn"}},
        {"definition", {Column::Translation, ""}},
        {"translation", {Column::Translation, ""}},
        {"översättning", {Column::Translation, ""}},
        {"oversettelse", {Column::Translation, ""}},
        {"betydelse", {Column::Translation, ""}},
        {"betydning", {Column::Translation, ""}},
        {"meaning", {Column::Translation, ""}},
        {"back", {Column::Translation, ""}},
        {"svar", {Column::Translation, ""}},
        {"english", {Column::Translation, "en"}},
        {"engelska", {Column::Translation, "en"}},
        {"engelsk", {Column::Translation, "en"}},
        {"arabic", {Column::Translation, "ar"}},
        {"arabiska", {Column::Translation, "ar"}},
        {"arabisk", {Column::Translation, "ar"}},
        {"finnish", {Column::Translation, "fi"}},
        {"finska", {Column::Translation, "fi"}},
        {"finsk", {Column::Translation, "fi"}},
        {"ukrainian", {Column::Translation, "uk"}},
        {"ukrainska", {Column::Translation, "uk"}},
        {"ukrainsk", {Column::Translation, "uk"}},
        {"dari", {Column::Translation, "prs"}},
        {"persian", {Column::Translation, "fa"}},
        {"persiska", {Column::Translation, "fa"}},
        {"somali", {Column::Translation, "so"}},
        {"somaliska", {Column::Translation, "so"}},
        {"tigrinya", {Column::Translation, "ti"}},
        {"tigrinska", {Column::Translation, "ti"}},
        {"example", {Column::Example, ""}},
        {"exempel", {Column::Example, ""}},
        {"eksempel", {Column::Example, ""}},
        {"exempelmening", {Column::Example, ""}},
        {"sentence", {Column::Example, ""}},
        {"mening", {Column::Example, ""}},
        {"setning", {Column::Example, ""}},
    };
    const auto found = kHeadings.find(core::text::foldCase(collapseSpace(cell)));
    if (found == kHeadings.end())
        return std::nullopt;
    return found->second;
}

/// A field as text: Anki's HTML and `[sound:…]` references (the clips are not in a text
/// export) taken out.
std::string fieldText(const std::string& raw, std::vector<std::string>& sounds)
{
    std::string text = raw;
    for (auto at = text.find("[sound:"); at != std::string::npos; at = text.find("[sound:"))
    {
        const auto end = text.find(']', at);
        if (end == std::string::npos)
            break;
        sounds.push_back(text.substr(at + 7, end - at - 7));
        text.erase(at, end - at + 1);
    }
    if (text.find('<') != std::string::npos || text.find('&') != std::string::npos)
        return htmlToText(text);
    return collapseSpace(text);
}

} // namespace

ImportedCourse importCsv(const std::string& bytes, const ImportOptions& options,
                         core::DiagnosticSink& sink)
{
    const auto& file = options.sourceName;
    ImportedCourse course;
    course.title = std::filesystem::path(file).stem().string();
    course.target = options.target;
    std::string charset;
    auto text = toUtf8(bytes, charset);
    if (!charset.empty())
        sink.report(core::Severity::Note, "import-encoding", {file, 0, 0},
                    "the file is not UTF-8; read it as " + charset +
                        " (what Excel saves on Swedish and Norwegian Windows)");

    // Anki 2.1.54+ starts its text exports with `#separator:tab`, `#html:true`, … lines.
    char separator = 0;
    int firstLine = 1;
    while (text.starts_with('#'))
    {
        const auto end = text.find('\n');
        const auto directive = text.substr(0, end);
        if (directive.starts_with("#separator:"))
        {
            const auto name = collapseSpace(directive.substr(11));
            separator = name == "tab"         ? '\t'
                        : name == "semicolon" ? ';'
                        : name == "comma"     ? ','
                        : name == "pipe"      ? '|'
                        : name == "space"     ? ' '
                                              : (name.empty() ? '\t' : name[0]);
        }
        text.erase(0, end == std::string::npos ? text.size() : end + 1);
        ++firstLine;
    }
    if (!separator)
        separator = guessSeparator(text);
    auto records = parseRecords(text, separator, firstLine);

    std::size_t termColumn = options.swapColumns ? 1 : 0;
    std::size_t translationColumn = options.swapColumns ? 0 : 1;
    std::optional<std::size_t> exampleColumn;
    core::LangTag translationLang;
    std::vector<std::string> headerNames;
    if (!records.empty())
    {
        const auto& first = records.front().fields;
        std::vector<std::optional<Heading>> headings;
        for (const auto& cell : first)
            headings.push_back(headingOf(cell));
        const auto named = std::count_if(headings.begin(), headings.end(),
                                         [](const auto& h) { return h.has_value(); });
        if (named >= 2 || (named == 1 && first.size() == 1))
        {
            if (course.target.empty())
                for (const auto& heading : headings)
                    if (heading && heading->column == Column::Term && !heading->lang.empty() &&
                        course.target.empty())
                        course.target = heading->lang;
            headerNames = first;
            bool termFound = false, translationFound = false;
            for (std::size_t c = 0; c < headings.size(); ++c)
            {
                if (!headings[c])
                    continue;
                const auto& heading = *headings[c];
                // A column named by a language is the term column when it is the target.
                const bool isTarget = heading.column == Column::Term &&
                                      (heading.lang.empty() || heading.lang == course.target ||
                                       (course.target != "sv" && heading.lang != "sv"));
                if (isTarget && !termFound)
                    termColumn = c, termFound = true;
                else if ((heading.column == Column::Translation ||
                          heading.column == Column::Term) &&
                         !translationFound)
                {
                    translationColumn = c, translationFound = true;
                    if (heading.lang != course.target)
                        translationLang = heading.lang;
                }
                else if (heading.column == Column::Example && !exampleColumn)
                    exampleColumn = c;
            }
            records.erase(records.begin());
        }
    }

    if (course.target.empty())
        course.target = "sv";
    ImportedLesson lesson;
    lesson.line = firstLine;
    std::map<std::size_t, int> unusedColumns; // column → first line with text in it
    for (const auto& record : records)
    {
        std::vector<std::string> sounds;
        const auto cell = [&](std::size_t c)
        { return c < record.fields.size() ? fieldText(record.fields[c], sounds) : std::string(); };
        ImportedWord word;
        word.term = core::text::nfc(cell(termColumn));
        word.translation = core::text::nfc(cell(translationColumn));
        word.translationLang = translationLang;
        if (exampleColumn)
            word.example = core::text::nfc(cell(*exampleColumn));
        word.line = record.line;
        for (std::size_t c = 0; c < record.fields.size(); ++c)
            if (c != termColumn && c != translationColumn && c != exampleColumn &&
                !collapseSpace(record.fields[c]).empty() && !unusedColumns.contains(c))
                unusedColumns[c] = record.line;
        for (const auto& sound : sounds)
            sink.warning("import-sound", {file, record.line, 0},
                         "[sound:" + sound +
                             "] left out: a text export holds no clips (export the deck as .apkg "
                             "with media, or add the clip and run kompis-author tts)");
        if (word.term.empty() || word.translation.empty())
        {
            sink.warning("import-incomplete-row", {file, record.line, 0},
                         "this row has " +
                             std::string(word.term.empty() ? "no word" : "no translation") +
                             (word.term.empty() ? "" : " for `" + word.term + "`") + "; left out");
            continue;
        }
        lesson.words.push_back(std::move(word));
    }
    for (const auto& [column, line] : unusedColumns)
        sink.warning("import-extra-column", {file, line, 0},
                     "column " + std::to_string(column + 1) +
                         (column < headerNames.size() ? " (`" + headerNames[column] + "`)" : "") +
                         " is not imported: Kompis reads a word, its translation and an example "
                         "sentence (name the columns in a header row)");
    if (lesson.words.empty())
        sink.error("import-nothing", {file, 0, 0}, "no word with a translation found in the file");
    else
        course.lessons.push_back(std::move(lesson));
    return course;
}

} // namespace kompis::author::import
