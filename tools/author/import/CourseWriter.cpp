#include "import/CourseWriter.hpp"

#include "core/text/Unicode.hpp"
#include "import/Phrases.hpp"
#include "import/PlainText.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace kompis::author::import
{

namespace
{

constexpr std::size_t kWordsPerLesson = 20;
constexpr std::size_t kPairsPerMatch = 5;
constexpr std::size_t kDistractors = 3;

/// Builds one lesson file; knows the course's languages and which ids are taken.
class LessonXml
{
public:
    LessonXml(CourseFrame& frame, const std::string& sourceName, core::DiagnosticSink& sink)
        : m_frame(frame)
        , m_source(sourceName)
        , m_sink(sink)
    {
    }

    /// A new id from `base` (a slug), unique in the package.
    std::string newId(const std::string& base)
    {
        std::string stem = base.empty() ? "item" : base.substr(0, 56);
        std::string id = stem;
        for (int n = 2; m_frame.takenIds.contains(id); ++n)
            id = stem + "-" + std::to_string(n);
        m_frame.takenIds.insert(id);
        return id;
    }

    /// Instruction text: plain when it is in the course's first instruction language only.
    [[nodiscard]] std::string instruction(const core::LocalText& text) const
    {
        if (text.variants.size() == 1 && text.variants.front().first == m_frame.instruction.front())
            return xmlEscape(text.variants.front().second);
        std::string out;
        for (const auto& [lang, value] : text.variants)
            out += "<t lang=\"" + lang + "\">" + xmlEscape(value) + "</t>";
        return out;
    }
    [[nodiscard]] std::string instruction(const std::string& plain) const
    {
        return xmlEscape(plain);
    }
    [[nodiscard]] core::LocalText say(Phrase which, std::string_view value = {}) const
    {
        return phrase(which, m_frame.instruction, value);
    }
    /// A generated phrase followed by the author's own text, in the first instruction language.
    [[nodiscard]] std::string sayThen(Phrase which, std::string_view value,
                                      const std::string& extra) const
    {
        auto text = say(which, value);
        if (!extra.empty())
            for (auto& [lang, wording] : text.variants)
                if (lang == m_frame.instruction.front())
                    wording +=
                        (wording.ends_with('.') || wording.ends_with('!') || wording.ends_with('?')
                             ? " "
                             : ". ") +
                        extra;
        return instruction(text);
    }
    /// Text meant in `lang`: plain when that is the first instruction language, else tagged,
    /// and plain (with a warning) when the course does not have that language.
    [[nodiscard]] std::string inLanguage(const std::string& text, const core::LangTag& lang,
                                         int line)
    {
        const auto& langs = m_frame.instruction;
        if (lang.empty() || lang == langs.front())
            return xmlEscape(text);
        if (std::find(langs.begin(), langs.end(), lang) != langs.end())
            return "<t lang=\"" + lang + "\">" + xmlEscape(text) + "</t>";
        if (!m_warnedLanguages.insert(lang).second)
            return xmlEscape(text);
        warn(line, "import-language",
             "translations in `" + lang + "` are written as `" + langs.front() +
                 "` because the course's instruction languages are `" + joined(langs) + "`; add " +
                 lang + " to instruction= in course.xml and tag them");
        return xmlEscape(text);
    }

    /// Text always tagged with its language (sides of a match pair are target text unless
    /// tagged), in the course's first instruction language when `lang` is not one of its own.
    [[nodiscard]] std::string tagged(const std::string& text, const core::LangTag& lang) const
    {
        const auto& langs = m_frame.instruction;
        const bool known = std::find(langs.begin(), langs.end(), lang) != langs.end();
        return "<t lang=\"" + (known ? lang : langs.front()) + "\">" + xmlEscape(text) + "</t>";
    }

    void warn(int line, std::string rule, std::string message)
    {
        m_sink.warning(std::move(rule), {m_source, line, 0}, std::move(message));
    }

    [[nodiscard]] const CourseFrame& frame() const { return m_frame; }

    static std::string joined(const std::vector<core::LangTag>& langs)
    {
        std::string out;
        for (const auto& lang : langs)
            out += (out.empty() ? "" : " ") + lang;
        return out;
    }

private:
    CourseFrame& m_frame;
    std::string m_source;
    core::DiagnosticSink& m_sink;
    std::set<std::string> m_warnedLanguages;
};

std::string fold(const std::string& text)
{
    return core::text::foldCase(text);
}

/// What a learner types for a word: the term as listed, and without its article or infinitive
/// marker.
struct WordForms
{
    std::string lemma;     ///< `bil` for "en bil"
    std::string article;   ///< `en` for "en bil"
    std::string pos;       ///< noun/verb/phrase guessed from the term when the source has none
    std::string typedTerm; ///< what the typed item accepts first
};

WordForms formsOf(const ImportedWord& word, const core::LangTag& target)
{
    WordForms forms{word.term, word.article, word.partOfSpeech, word.term};
    const auto space = word.term.find(' ');
    const std::string first = space == std::string::npos ? "" : word.term.substr(0, space);
    const bool swedish = target == "sv";
    const std::set<std::string> articles =
        swedish ? std::set<std::string>{"en", "ett"} : std::set<std::string>{"en", "ei", "et"};
    const std::string infinitive = swedish ? "att" : "å";
    // Nynorsk writes ein and eit; Kompis tags them en and et like bokmål.
    const std::string article = target == "nn" && first == "ein"   ? "en"
                                : target == "nn" && first == "eit" ? "et"
                                                                   : first;
    if (!first.empty() && articles.contains(article) && (forms.pos.empty() || forms.pos == "noun"))
    {
        forms.article = article;
        forms.lemma = word.term.substr(space + 1);
        forms.pos = "noun";
    }
    else if (!first.empty() && first == infinitive && (forms.pos.empty() || forms.pos == "verb"))
    {
        forms.lemma = word.term.substr(space + 1);
        forms.pos = "verb";
    }
    if (!forms.article.empty() && !articles.contains(forms.article))
        forms.article.clear();
    if (forms.pos.empty())
        forms.pos = "phrase";
    return forms;
}

std::string wordXml(LessonXml& out, const ImportedWord& word, const WordForms& forms,
                    const std::string& id)
{
    std::string xml = "      <word id=\"" + id + "\" lemma=\"" + xmlEscape(forms.lemma) +
                      "\" pos=\"" + forms.pos + "\"";
    if (!forms.article.empty())
        xml += " article=\"" + forms.article + "\"";
    xml += ">\n        <translation>" +
           out.inLanguage(word.translation, word.translationLang, word.line) + "</translation>\n";
    if (!word.example.empty())
        xml += "        <example>" + xmlEscape(word.example) + "</example>\n";
    if (!word.audio.empty())
        xml += "        <audio src=\"" + xmlEscape(word.audio) + "\" transcript=\"" +
               xmlEscape(word.term) + "\"/>\n";
    return xml + "      </word>\n";
}

std::string feedbackXml(const std::string& right, const std::string& wrong)
{
    return "      <feedback on=\"right\">" + right + "</feedback>\n      <feedback on=\"wrong\">" +
           wrong + "</feedback>\n";
}

/// Groups of 2…6 words whose terms and meanings are all different, for match items.
std::vector<std::vector<std::size_t>> matchGroups(const std::vector<ImportedWord>& words)
{
    std::vector<std::vector<std::size_t>> groups;
    std::set<std::string> lefts, rights;
    for (std::size_t i = 0; i < words.size(); ++i)
    {
        if (groups.empty() || groups.back().size() == kPairsPerMatch)
        {
            groups.emplace_back();
            lefts.clear();
            rights.clear();
        }
        if (lefts.insert(fold(words[i].term)).second &&
            rights.insert(fold(words[i].translation)).second)
            groups.back().push_back(i);
    }
    if (groups.size() > 1 && groups.back().size() < 2)
    {
        const auto last = groups.back();
        groups.pop_back();
        for (const auto i : last)
        {
            bool clash = false;
            for (const auto j : groups.back())
                clash = clash || fold(words[i].term) == fold(words[j].term) ||
                        fold(words[i].translation) == fold(words[j].translation);
            if (!clash)
                groups.back().push_back(i);
        }
    }
    std::erase_if(groups, [](const auto& group) { return group.size() < 2; });
    return groups;
}

/// Up to three other terms from the whole list to choose among, never one that also means the
/// asked meaning; words of the same part of speech first.
std::vector<std::string> distractorsFor(const std::vector<ImportedWord>& all, std::size_t index,
                                        const core::LangTag& target)
{
    const auto& asked = all[index];
    const auto askedPos = formsOf(asked, target).pos;
    std::vector<std::string> picked;
    std::set<std::string> seen = {fold(asked.term)};
    for (int pass = 0; pass < 2 && picked.size() < kDistractors; ++pass)
        for (std::size_t offset = 1; offset < all.size() && picked.size() < kDistractors; ++offset)
        {
            const auto& other = all[(index + offset) % all.size()];
            if (pass == 0 && formsOf(other, target).pos != askedPos)
                continue;
            if (fold(other.translation) == fold(asked.translation))
                continue;
            if (seen.insert(fold(other.term)).second)
                picked.push_back(other.term);
        }
    return picked;
}

int minutesFor(std::size_t steps)
{
    return static_cast<int>(std::clamp<std::size_t>((steps + 1) / 2, 1, 120));
}

std::string lessonXml(const std::string& id, const std::string& title, int minutes,
                      const std::string& steps)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<lesson id=\"" + id +
           "\" format=\"1\" minutes=\"" + std::to_string(minutes) + "\">\n  <title>" +
           xmlEscape(title) + "</title>\n  <steps>\n" + steps + "  </steps>\n</lesson>\n";
}

/// The steps of one lesson of words: the words, then matching, choosing and typing them.
std::string wordSteps(LessonXml& out, const std::string& lessonId,
                      const std::vector<ImportedWord>& words, const std::vector<ImportedWord>& all,
                      std::size_t firstIndex, std::size_t& stepCount)
{
    const auto& target = out.frame().target;
    std::string steps = "    <vocabulary id=\"" + out.newId(lessonId + "-words") +
                        "\">\n      <heading>" + out.instruction(out.say(Phrase::WordsHeading)) +
                        "</heading>\n";
    std::vector<std::string> slugs;
    for (const auto& word : words)
    {
        const auto forms = formsOf(word, target);
        slugs.push_back(slugify(forms.lemma, 24));
        steps += wordXml(out, word, forms, out.newId(lessonId + "-w-" + slugs.back()));
    }
    steps += "    </vocabulary>\n";
    stepCount = 1;
    const bool described = !words.empty() && words.front().translationLang == target;
    if (!described)
        for (const auto& group : matchGroups(words))
        {
            steps += "    <match id=\"" + out.newId(lessonId + "-match") + "\">\n      <prompt>" +
                     out.instruction(out.say(Phrase::MatchWords)) + "</prompt>\n";
            for (const auto i : group)
                steps += "      <pair><left>" + xmlEscape(words[i].term) + "</left><right>" +
                         out.tagged(words[i].translation, words[i].translationLang) +
                         "</right></pair>\n";
            steps += feedbackXml(out.instruction(out.say(Phrase::Right)),
                                 out.instruction(out.say(Phrase::NotRight))) +
                     "    </match>\n";
            ++stepCount;
        }
    for (std::size_t i = 0; i < words.size(); ++i)
    {
        const auto& word = words[i];
        const auto forms = formsOf(word, target);
        const auto right = out.instruction(out.say(Phrase::Right));
        const auto answer = out.instruction(out.say(Phrase::AnswerIs, word.term));
        auto distractors = distractorsFor(all, firstIndex + i, target);
        if (!distractors.empty())
        {
            distractors.insert(distractors.begin() +
                                   static_cast<long>((firstIndex + i) % (distractors.size() + 1)),
                               word.term);
            steps +=
                "    <single id=\"" + out.newId(lessonId + "-" + slugs[i] + "-choose") +
                "\">\n      <prompt>" +
                out.instruction(out.say(described ? Phrase::ChooseDescribed : Phrase::ChooseWord,
                                        word.translation)) +
                "</prompt>\n";
            for (const auto& option : distractors)
                steps += std::string("      <option") +
                         (option == word.term ? " correct=\"true\"" : "") + ">" +
                         xmlEscape(option) + "</option>\n";
            steps += feedbackXml(right, answer) + "    </single>\n";
            ++stepCount;
        }
        steps += "    <gapfill id=\"" + out.newId(lessonId + "-" + slugs[i] + "-write") +
                 "\">\n      <prompt>" +
                 out.instruction(out.say(described ? Phrase::WriteDescribed : Phrase::WriteWord,
                                         word.translation)) +
                 "</prompt>\n      <sentence><gap><accept>" + xmlEscape(word.term) + "</accept>";
        if (forms.lemma != word.term && forms.pos == "verb")
            steps += "<accept>" + xmlEscape(forms.lemma) + "</accept>";
        if (!forms.article.empty() && forms.lemma != word.term)
        {
            const std::vector<std::string> others =
                target == "sv"   ? std::vector<std::string>{"en", "ett"}
                : target == "nn" ? std::vector<std::string>{"ein", "ei", "eit"}
                                 : std::vector<std::string>{"en", "ei", "et"};
            const auto written = word.term.substr(0, word.term.find(' '));
            for (const auto& other : others)
                if (other != written)
                    steps += "<mistake answer=\"" + other + " " + xmlEscape(forms.lemma) +
                             "\" points=\"0.5\">" +
                             out.instruction(out.say(Phrase::WrongArticle, forms.article)) +
                             "</mistake>";
        }
        steps += "</gap></sentence>\n" + feedbackXml(right, answer) + "    </gapfill>\n";
        ++stepCount;
    }
    return steps;
}

std::string pointsAttribute(const ImportedQuestion& question)
{
    if (question.points == 1)
        return {};
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, " points=\"%g\"", question.points);
    return buffer;
}

std::string rightAnswerText(const ImportedQuestion& question)
{
    std::string out;
    for (const auto& answer : question.answers)
        if (answer.fraction > 0.999)
            out += (out.empty() ? "" : " / ") + answer.text;
    return out;
}

/// The item for one question, or "" when Kompis has no form for it (reported).
std::string questionStep(LessonXml& out, const std::string& lessonId,
                         const ImportedQuestion& question)
{
    const auto skip = [&](const std::string& why)
    {
        out.warn(question.line, "import-unsupported-question",
                 "question `" + (question.name.empty() ? question.prompt : question.name) +
                     "` left out: " + why);
        return std::string();
    };
    if (question.prompt.empty() && question.before.empty() && question.after.empty())
        return skip("it has no question text");
    const auto right = question.feedbackRight.empty()
                           ? out.sayThen(Phrase::Right, {}, question.feedbackGeneral)
                           : out.instruction(collapseSpace(question.feedbackRight + " " +
                                                           question.feedbackGeneral));
    const auto wrongWith = [&](const std::string& answer)
    {
        return question.feedbackWrong.empty()
                   ? out.sayThen(Phrase::AnswerIs, answer, question.feedbackGeneral)
                   : out.instruction(
                         collapseSpace(question.feedbackWrong + " " + question.feedbackGeneral));
    };
    const auto base =
        lessonId + "-" + slugify(question.name.empty() ? question.prompt : question.name, 28);
    const auto prompt = "      <prompt>" + out.instruction(question.prompt) + "</prompt>\n";
    switch (question.kind)
    {
    case QuestionKind::SingleChoice:
    case QuestionKind::MultipleChoice:
    {
        const bool single = question.kind == QuestionKind::SingleChoice;
        std::set<std::string> seen;
        std::size_t full = 0, correct = 0;
        std::set<double> weights;
        for (const auto& answer : question.answers)
        {
            if (answer.text.empty())
                return skip("an answer is empty");
            if (!seen.insert(fold(answer.text)).second)
                return skip("two answers read \"" + answer.text + "\"");
            full += answer.fraction > 0.999;
            correct += answer.fraction > 0;
            if (answer.fraction > 0)
                weights.insert(answer.fraction);
        }
        if (question.answers.size() < 2)
            return skip("it has fewer than two answers to choose from");
        if (single && full != 1)
            return skip(full == 0 ? "no answer is fully right (100%)"
                                  : "several answers are each fully right, and a Kompis single "
                                    "choice has exactly one");
        if (!single && correct == 0)
            return skip("no answer earns marks");
        if (single && correct > 1)
            out.warn(question.line, "import-partial-credit",
                     "question `" + question.name +
                         "`: answers with partial marks count as wrong in Kompis (only the 100% "
                         "answer is right)");
        if (!single && weights.size() > 1)
            out.warn(question.line, "import-partial-credit",
                     "question `" + question.name +
                         "`: the right answers carry different weights; Kompis gives each right "
                         "answer an equal share");
        std::string xml = std::string("    <") + (single ? "single" : "multiple") + " id=\"" +
                          out.newId(base) + "\"" + pointsAttribute(question) + ">\n" + prompt;
        for (const auto& answer : question.answers)
        {
            const bool isRight = single ? answer.fraction > 0.999 : answer.fraction > 0;
            xml += std::string("      <option") + (isRight ? " correct=\"true\"" : "") + ">" +
                   xmlEscape(answer.text);
            if (!answer.feedback.empty())
                xml += "<explain>" + out.instruction(answer.feedback) + "</explain>";
            xml += "</option>\n";
        }
        std::string rights;
        for (const auto& answer : question.answers)
            if (answer.fraction > (single ? 0.999 : 0))
                rights += (rights.empty() ? "" : ", ") + answer.text;
        return xml + feedbackXml(right, wrongWith(rights)) + "    </" +
               (single ? "single" : "multiple") + ">\n";
    }
    case QuestionKind::TrueFalse:
    {
        std::string xml = "    <truefalse id=\"" + out.newId(base) + "\" answer=\"" +
                          (question.truth ? "true" : "false") + "\"" + pointsAttribute(question) +
                          ">\n      <prompt>" + out.instruction(out.say(Phrase::TrueOrFalse)) +
                          "</prompt>\n      <statement>" + xmlEscape(question.prompt) +
                          "</statement>\n";
        return xml +
               feedbackXml(right, question.feedbackWrong.empty()
                                      ? out.sayThen(Phrase::NotRight, {}, question.feedbackGeneral)
                                      : wrongWith({})) +
               "    </truefalse>\n";
    }
    case QuestionKind::ShortAnswer:
    {
        std::string accepts, mistakes, acceptedFeedback;
        std::set<std::string> seen;
        for (const auto& answer : question.answers)
        {
            if (answer.text.find('*') != std::string::npos)
            {
                out.warn(question.line, "import-wildcard",
                         "question `" + question.name + "`: the answer \"" + answer.text +
                             "\" uses the wildcard *, which Kompis does not have; left out (list "
                             "the accepted spellings instead)");
                continue;
            }
            if (answer.text.empty() || !seen.insert(fold(answer.text)).second)
                continue;
            if (answer.fraction > 0.999)
            {
                accepts += "<accept>" + xmlEscape(answer.text) + "</accept>";
                if (!answer.feedback.empty())
                    acceptedFeedback = answer.feedback;
            }
            else
            {
                const auto points = std::max(0.0, answer.fraction);
                char value[32];
                std::snprintf(value, sizeof value, "%g", points);
                const auto feedback = answer.feedback.empty()
                                          ? out.instruction(out.say(points > 0 ? Phrase::PartlyRight
                                                                               : Phrase::NotRight))
                                          : out.instruction(answer.feedback);
                mistakes += "<mistake answer=\"" + xmlEscape(answer.text) + "\" points=\"" + value +
                            "\">" + feedback + "</mistake>";
            }
        }
        if (accepts.empty())
            return skip("no answer is fully right (100%)");
        const bool inSentence = !question.before.empty() || !question.after.empty();
        std::string xml = "    <gapfill id=\"" + out.newId(base) + "\"" +
                          (question.caseSensitive ? " case=\"sensitive\"" : "") +
                          pointsAttribute(question) + ">\n";
        xml += inSentence ? "      <prompt>" +
                                (question.prompt.empty() ? out.instruction(out.say(Phrase::FillGap))
                                                         : out.instruction(question.prompt)) +
                                "</prompt>\n"
                          : prompt;
        xml += "      <sentence>" + xmlEscape(question.before) +
               (question.before.empty() ? "" : " ") + "<gap>" + accepts + mistakes + "</gap>" +
               (question.after.empty() ? "" : " ") + xmlEscape(question.after) + "</sentence>\n";
        const auto rightText =
            acceptedFeedback.empty() || !question.feedbackRight.empty()
                ? right
                : out.instruction(collapseSpace(acceptedFeedback + " " + question.feedbackGeneral));
        return xml + feedbackXml(rightText, wrongWith(rightAnswerText(question))) +
               "    </gapfill>\n";
    }
    case QuestionKind::Matching:
    {
        std::set<std::string> lefts, rights;
        std::string pairs;
        for (const auto& [left, rightSide] : question.pairs)
        {
            if (left.empty() || rightSide.empty())
                return skip("a pair has an empty side");
            if (!lefts.insert(fold(left)).second || !rights.insert(fold(rightSide)).second)
                return skip("two pairs share a side, so the matching is ambiguous");
            pairs += "      <pair><left>" + xmlEscape(left) + "</left><right>" +
                     xmlEscape(rightSide) + "</right></pair>\n";
        }
        if (question.pairs.size() < 2)
            return skip("it has fewer than two pairs");
        return "    <match id=\"" + out.newId(base) + "\"" + pointsAttribute(question) + ">\n" +
               prompt + pairs +
               feedbackXml(right, question.feedbackWrong.empty()
                                      ? out.sayThen(Phrase::NotRight, {}, question.feedbackGeneral)
                                      : wrongWith({})) +
               "    </match>\n";
    }
    }
    return {};
}

} // namespace

std::vector<WrittenLesson> writeLessons(const ImportedCourse& course, CourseFrame& frame,
                                        const std::string& sourceName, core::DiagnosticSink& sink)
{
    LessonXml out(frame, sourceName, sink);
    std::vector<WrittenLesson> written;
    std::size_t unknownPos = 0;
    int firstUnknownPos = 0;
    for (const auto& lesson : course.lessons)
        for (const auto& word : lesson.words)
            if (word.partOfSpeech.empty() && formsOf(word, frame.target).pos == "phrase" &&
                word.term.find(' ') == std::string::npos && unknownPos++ == 0)
                firstUnknownPos = word.line;
    if (unknownPos > 0)
        out.warn(firstUnknownPos, "import-part-of-speech",
                 std::to_string(unknownPos) +
                     " single words have no part of speech in the file and no article or "
                     "infinitive marker to tell it; they are written pos=\"phrase\": set noun "
                     "(with its article), verb, adjective, … in the lesson");
    for (const auto& lesson : course.lessons)
    {
        const auto title = lesson.title.empty() ? course.title : lesson.title;
        const auto chunks = (lesson.words.size() + kWordsPerLesson - 1) / kWordsPerLesson;
        for (std::size_t chunk = 0; chunk < chunks; ++chunk)
        {
            const auto first = chunk * kWordsPerLesson;
            const auto last = std::min(first + kWordsPerLesson, lesson.words.size());
            const std::vector<ImportedWord> words(lesson.words.begin() + static_cast<long>(first),
                                                  lesson.words.begin() + static_cast<long>(last));
            const auto chunkTitle = chunks == 1 ? title
                                                : title + " " + std::to_string(chunk + 1) + "/" +
                                                      std::to_string(chunks);
            // Reserve the lesson id first so item ids can start with it.
            const auto lessonId =
                out.newId(slugify(chunkTitle, 40).empty() ? "imported" : slugify(chunkTitle, 40));
            std::size_t count = 0;
            const auto steps = wordSteps(out, lessonId, words, lesson.words, first, count);
            written.push_back({lessonId, "lessons/" + lessonId + ".xml",
                               lessonXml(lessonId, chunkTitle, minutesFor(count), steps)});
        }
        if (!lesson.questions.empty())
        {
            const auto lessonId =
                out.newId(slugify(title, 40).empty() ? "imported" : slugify(title, 40));
            std::string steps;
            std::size_t count = 0;
            for (const auto& question : lesson.questions)
                if (auto step = questionStep(out, lessonId, question); !step.empty())
                    steps += step, ++count;
            if (count == 0)
            {
                out.warn(lesson.line, "import-empty-lesson",
                         "category `" + title +
                             "` has no question Kompis can express; no lesson written for it");
                frame.takenIds.erase(lessonId);
                continue;
            }
            written.push_back({lessonId, "lessons/" + lessonId + ".xml",
                               lessonXml(lessonId, title, minutesFor(count), steps)});
        }
    }
    return written;
}

std::string writeCourseXml(const CourseMeta& meta, const CourseFrame& frame,
                           const std::vector<WrittenLesson>& lessons)
{
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<course id=\"" + meta.id +
                      "\" version=\"1.0.0\" format=\"1\" targets=\"" + frame.target +
                      "\" instruction=\"";
    for (std::size_t i = 0; i < frame.instruction.size(); ++i)
        xml += (i ? " " : "") + frame.instruction[i];
    xml += "\" level=\"" + meta.level + "\">\n  <title>" + xmlEscape(meta.title) +
           "</title>\n  <description>" + xmlEscape(meta.title) +
           "</description>\n  <topics>language</topics>\n  <authors>\n    <author>" +
           xmlEscape(meta.author) + "</author>\n  </authors>\n  <licence>" + meta.licence +
           "</licence>\n  <lessons>\n";
    for (const auto& lesson : lessons)
        xml += "    <lesson id=\"" + lesson.id + "\" file=\"" + lesson.file + "\"/>\n";
    return xml + "  </lessons>\n</course>\n";
}

std::string addLessonsToCourseXml(const std::string& courseXml,
                                  const std::vector<WrittenLesson>& lessons, std::string& error)
{
    const auto end = courseXml.rfind("</lessons>");
    if (end == std::string::npos)
    {
        error = "course.xml has no </lessons> to add the imported lessons to";
        return {};
    }
    // Indent like the line that closes the list, one level deeper.
    const auto lineStart = courseXml.rfind('\n', end);
    const auto closing =
        courseXml.substr(lineStart == std::string::npos ? 0 : lineStart + 1,
                         end - (lineStart == std::string::npos ? 0 : lineStart + 1));
    const bool ownLine = closing.find_first_not_of(" \t") == std::string::npos;
    std::string added;
    for (const auto& lesson : lessons)
        added += (ownLine ? closing + "  " : std::string()) + "<lesson id=\"" + lesson.id +
                 "\" file=\"" + lesson.file + "\"/>\n";
    const auto at = ownLine ? lineStart + 1 : end;
    return courseXml.substr(0, at) + (ownLine ? "" : "\n") + added + courseXml.substr(at);
}

} // namespace kompis::author::import
