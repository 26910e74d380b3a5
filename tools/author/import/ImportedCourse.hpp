#pragma once

#include "core/diag/Diagnostic.hpp"
#include "core/model/LocalText.hpp"

#include <map>
#include <string>
#include <vector>

/// What teachers already have (word lists, Moodle banks, Parley files, Anki decks), read into one
/// neutral shape that the Kompis XML writer turns into lessons.
namespace kompis::author::import
{

/// A word or phrase of a word list: `term` in the target language, `translation` in an
/// instruction language (or, for one-language lists, a description in the target language).
struct ImportedWord
{
    std::string term;
    std::string translation;
    core::LangTag translationLang; ///< empty: the course's first instruction language
    std::string partOfSpeech;      ///< a Kompis pos (`noun`, `verb`, …) or empty when unknown
    std::string article;           ///< `en`, `ett`, `ei`, `et` or empty
    std::string example;           ///< a target-language sentence, or empty
    std::string audio;             ///< package path of a copied clip (`media/…`), or empty
    int line = 0;
};

/// One answer of a question bank, Moodle style: a fraction of the marks (1 = right,
/// 0 = wrong, between: partly right, below 0: a penalty) and its own feedback.
struct ImportedAnswer
{
    std::string text;
    double fraction = 0;
    std::string feedback;
};

enum class QuestionKind
{
    SingleChoice,
    MultipleChoice,
    TrueFalse,
    ShortAnswer,
    Matching,
};

struct ImportedQuestion
{
    QuestionKind kind = QuestionKind::SingleChoice;
    std::string name;   ///< the bank's question name, used for the item id
    std::string prompt; ///< the question text (instruction language)
    /// For a short answer written in the middle of a sentence (GIFT `Two plus {=two} is four`):
    /// the text before and after the gap; both empty otherwise.
    std::string before, after;
    std::vector<ImportedAnswer> answers;
    bool truth = true;                                         ///< true/false questions
    std::string feedbackRight, feedbackWrong, feedbackGeneral; ///< any may be empty
    std::vector<std::pair<std::string, std::string>> pairs;    ///< matching
    bool caseSensitive = false;
    double points = 1;
    int line = 0;
};

struct ImportedLesson
{
    std::string title;
    std::vector<ImportedWord> words;
    std::vector<ImportedQuestion> questions;
    int line = 0;
};

/// Everything an importer read, with media to copy (package path → bytes).
struct ImportedCourse
{
    std::string title;
    std::string author;
    core::LangTag target; ///< `sv`, `nb` or `nn` when the source says so; empty: the default
    std::vector<ImportedLesson> lessons;
    std::map<std::string, std::string> media;
};

/// What the user asked for on the command line.
struct ImportOptions
{
    core::LangTag target;     ///< empty: what the file or the existing course says, else `sv`
    bool swapColumns = false; ///< word lists: the target-language column is the second one
    std::string sourceName;   ///< the file as the user named it, for diagnostics
};

/// Every importer's signature: read `bytes` of a file, report what cannot be converted to
/// `sink` (rule ids `import-…`, with the source line), never throw.
using Importer = ImportedCourse (*)(const std::string& bytes, const ImportOptions& options,
                                    core::DiagnosticSink& sink);

ImportedCourse importCsv(const std::string& bytes, const ImportOptions& options,
                         core::DiagnosticSink& sink);
ImportedCourse importGift(const std::string& bytes, const ImportOptions& options,
                          core::DiagnosticSink& sink);
ImportedCourse importMoodleXml(const std::string& bytes, const ImportOptions& options,
                               core::DiagnosticSink& sink);
ImportedCourse importKvtml(const std::string& bytes, const ImportOptions& options,
                           core::DiagnosticSink& sink);
/// `bytes` is the whole .apkg (a zip).
ImportedCourse importApkg(const std::string& bytes, const ImportOptions& options,
                          core::DiagnosticSink& sink);

} // namespace kompis::author::import
