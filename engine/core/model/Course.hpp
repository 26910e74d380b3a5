#pragma once

#include "core/model/Item.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kompis::core
{

/// A run of paragraph text; `termRef` names a glossary entry when the run is a `<term>`.
struct TextSpan
{
    std::string text;
    std::string termRef;
};

/// A paragraph in one or more languages, each a sequence of spans.
struct Paragraph
{
    std::vector<std::pair<LangTag, std::vector<TextSpan>>> variants;
    /// The paragraph read aloud (`<audio>` inside `<p>`): at most one clip per language, each
    /// with the `lang` of the piece it reads.
    std::vector<AudioRef> audio;
    SourceLocation where;

    /// The clip reading the piece in `lang`, or null.
    [[nodiscard]] const AudioRef* audioFor(const LangTag& lang) const
    {
        for (const auto& clip : audio)
            if (clip.lang == lang)
                return &clip;
        return nullptr;
    }
};

struct GlossaryEntry
{
    std::string id;
    std::string lemma; ///< base form in the target language, optional
    LocalText meaning; ///< in the instruction languages
    SourceLocation where;
};

struct TextStep
{
    LocalText heading;
    std::vector<Paragraph> paragraphs;
    std::optional<AudioRef> audio; ///< the whole text read aloud
};

/// A person who speaks in a course's dialogues and clips (`<speaker>` in `<speakers>`), with the
/// voice `kompis-author tts` gives them.
struct Speaker
{
    std::string id;
    std::string name;  ///< what learners see beside the line
    std::string voice; ///< `female`, `male`, or an espeak-ng variant `f1`–`f5`, `m1`–`m8`
    int speed = 0;     ///< words per minute for synthesis; 0: the tool's default
    SourceLocation where;
};

struct DialogueLine
{
    std::string speaker;   ///< the name shown; the speaker's `name` when a speaker list applies
    std::string speakerId; ///< the listed speaker's id, or empty when the course has no list
    LocalText text;
    LocalText translation; ///< optional, in the instruction languages
    std::optional<AudioRef> audio;
    SourceLocation where;
};

struct DialogueStep
{
    LocalText heading;
    LocalText context; ///< the situation, in the instruction languages
    std::vector<DialogueLine> lines;
};

/// Grammatical article of a noun: Swedish en/ett, Norwegian bokmål en/ei/et.
enum class Article
{
    None,
    En,
    Ett,
    Ei,
    Et,
};

struct WordForm
{
    std::string name; ///< e.g. `definite`, `plural`, `definite-plural`, `past`, `supine`
    std::string text;
};

struct VocabularyEntry
{
    std::string id;
    LangTag lang; ///< the target variant this word belongs to
    std::string lemma;
    std::string partOfSpeech; ///< noun, verb, adjective, adverb, phrase, …
    Article article = Article::None;
    std::vector<WordForm> forms;
    LocalText translation;
    std::string example;                  ///< a sentence in the target language, optional
    std::optional<AudioRef> exampleAudio; ///< the example read aloud (`<audio>` in `<example>`)
    SourceLocation exampleWhere;          ///< where `<example>` is, when there is one
    LocalText exampleTranslation;
    std::optional<AudioRef> audio; ///< the word itself
    SourceLocation where;
};

struct VocabularyStep
{
    LocalText heading;
    std::vector<VocabularyEntry> entries;
};

enum class TipKind
{
    Tip,
    Culture,
};

struct TipStep
{
    TipKind kind = TipKind::Tip;
    LocalText heading;
    std::vector<LocalText> paragraphs;
};

struct ImageStep
{
    ImageRef image;
};

using StepBody = std::variant<TextStep, DialogueStep, VocabularyStep, TipStep, ImageStep, Item>;

/// One screen of a lesson: content, or a quiz item.
struct Step
{
    std::string id;
    LangTag lang; ///< empty: for every target variant; otherwise only learners following it see it
    SourceLocation where;
    StepBody body;

    [[nodiscard]] bool isItem() const { return std::holds_alternative<Item>(body); }
    [[nodiscard]] const Item* item() const { return std::get_if<Item>(&body); }
};

/// Every clip of a step in the order the file gives them: a text's own and its paragraphs',
/// dialogue lines', words' and their examples', an item's. Tools that list, check or voice
/// clips walk this one list, so a new place for `<audio>` is never missed by one of them.
std::vector<const AudioRef*> stepAudio(const Step& step);

struct Lesson
{
    std::string id;
    LocalText title;
    int minutes = 0;
    std::vector<LocalText> goals;
    std::vector<GlossaryEntry> glossary;
    std::vector<Speaker> speakers; ///< this lesson's own, besides the course's
    std::vector<Step> steps;
    std::string file; ///< package-relative path of the lesson file

    /// The glossary entry with this id, or null.
    [[nodiscard]] const GlossaryEntry* findGlossary(std::string_view glossaryId) const;
};

/// A lesson as `course.xml` lists it, and what became of loading it.
struct LessonSlot
{
    std::string id;
    std::string file;
    std::vector<std::string> prerequisites; ///< ids of lessons to finish first (`requires=` in XML)
    SourceLocation where;
    /// Null when the lesson could not be loaded (or was not loaded yet).
    std::shared_ptr<const Lesson> lesson;
    std::vector<Diagnostic> problems; ///< this lesson's own diagnostics
};

/// Where a step was found in a course: the step and the lesson holding it (all null when not).
struct FoundStep
{
    const LessonSlot* slot = nullptr;
    const Lesson* lesson = nullptr;
    const Step* step = nullptr;
};

struct Course
{
    std::string id;
    std::string version; ///< semver
    int format = 1;
    std::vector<LangTag> targets; ///< first is the main target; two for parallel `sv`+`nb` courses
    std::vector<LangTag> instructionLangs;
    /// Languages only the overview is given in (`overview=`): course and lesson titles, the
    /// description, goals. Never one of instructionLangs.
    std::vector<LangTag> overviewLangs;
    std::string level; ///< CEFR: A1, A2, B1, B2, C1; a range like "A1-A2" is allowed
    /// The share of a lesson's points (0–1) a learner needs for the lesson to count as done
    /// (`pass-mark` on `<course>`); below it the lesson is only tried.
    double passMark = 0.6;
    std::vector<std::string> topics;
    LocalText title;
    LocalText description;
    std::vector<std::string> authors;
    std::string licence;
    std::vector<Speaker> speakers;   ///< speakers every lesson may use
    std::vector<LessonSlot> lessons; ///< in course order
    std::string root;                ///< the package as the user named it (folder or .kompis file)

    [[nodiscard]] const LessonSlot* findLesson(std::string_view lessonId) const;
    /// The step with this id in any loaded lesson (ids are unique in a course).
    [[nodiscard]] FoundStep findStep(std::string_view stepId) const;
    /// The vocabulary entry with this id in any loaded lesson's vocabulary steps, or null.
    [[nodiscard]] const VocabularyEntry* findWord(std::string_view entryId) const;
    /// The glossary entry `glossaryId` of lesson `lessonId`, or null.
    [[nodiscard]] const GlossaryEntry* findGlossary(std::string_view lessonId,
                                                    std::string_view glossaryId) const;
};

} // namespace kompis::core
