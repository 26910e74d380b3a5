#include "core/check/Spelling.hpp"

#include "core/text/Unicode.hpp"

#include <algorithm>
#include <filesystem>
#include <hunspell/hunspell.h>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

namespace kompis::core
{

namespace
{

/// A text of the course to check, in one language, and the element it came from.
struct Passage
{
    LangTag lang;
    std::string text;
    SourceLocation where;
    std::string file; ///< package-relative, to find the word's column in the source
};

/// Hunspell wants words in the dictionary's own encoding: UTF-8 for Swedish, Latin-1 for
/// Norwegian. nullopt when the word has a letter Latin-1 cannot hold.
std::optional<std::string> toLatin1(std::string_view utf8)
{
    std::string out;
    for (std::size_t i = 0; i < utf8.size(); ++i)
    {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x80)
            out += static_cast<char>(c);
        else if ((c & 0xE0) == 0xC0 && i + 1 < utf8.size() && c <= 0xC3)
            out += static_cast<char>(((c & 0x1F) << 6) | (utf8[++i] & 0x3F));
        else
            return std::nullopt;
    }
    return out;
}

std::string dictionaryName(const LangTag& lang)
{
    return lang == "sv" ? "sv_SE" : lang == "nb" ? "nb_NO" : lang == "nn" ? "nn_NO" : "";
}

/// Collects the target-language text of the lessons, skipping what may be wrong on purpose.
class PassageCollector
{
public:
    explicit PassageCollector(const Course& course)
        : m_course(course)
    {
    }

    std::vector<Passage> collect()
    {
        for (const auto& slot : m_course.lessons)
            if (slot.lesson)
                for (const auto& step : slot.lesson->steps)
                {
                    m_file = slot.lesson->file;
                    m_lang = step.lang.empty() ? m_course.targets.front() : step.lang;
                    collectStep(step);
                }
        return std::move(m_passages);
    }

private:
    void add(const LangTag& lang, const std::string& text, const SourceLocation& where)
    {
        if (!text.empty() && !dictionaryName(lang).empty())
            m_passages.push_back(Passage{lang, text, where, m_file});
    }
    void add(const LocalText& text, const SourceLocation& where)
    {
        for (const auto& [lang, variant] : text.variants)
            add(lang, variant, where);
    }
    void add(const AudioRef& audio)
    {
        add(audio.lang.empty() ? m_lang : audio.lang, audio.transcript, audio.where);
    }
    void addOptions(const std::vector<ChoiceOption>& options)
    {
        for (const auto& option : options)
            if (option.correct)
                add(option.text, option.where);
    }
    void addKey(const TypedAnswerKey& key)
    {
        for (const auto& accepted : key.accepted)
            add(accepted.standard.empty() ? m_lang : accepted.standard, accepted.text, key.where);
    }

    void collectStep(const Step& step)
    {
        std::visit(
            [&](const auto& body)
            {
                using Body = std::decay_t<decltype(body)>;
                if constexpr (std::is_same_v<Body, TextStep>)
                {
                    for (const auto& paragraph : body.paragraphs)
                        for (const auto& [lang, spans] : paragraph.variants)
                            for (const auto& span : spans)
                                add(lang, span.text, step.where);
                }
                else if constexpr (std::is_same_v<Body, DialogueStep>)
                    for (const auto& line : body.lines)
                        add(line.text, line.where);
                else if constexpr (std::is_same_v<Body, VocabularyStep>)
                    for (const auto& entry : body.entries)
                    {
                        const auto& lang = entry.lang.empty() ? m_lang : entry.lang;
                        add(lang, entry.lemma, entry.where);
                        for (const auto& form : entry.forms)
                            add(lang, form.text, entry.where);
                        add(lang, entry.example, entry.where);
                    }
                else if constexpr (std::is_same_v<Body, Item>)
                    collectItem(body, step.where);
            },
            step.body);
        for (const auto* audio : stepAudio(step))
            add(*audio);
    }

    void collectItem(const Item& item, const SourceLocation& where)
    {
        std::visit(
            [&](const auto& body)
            {
                using Body = std::decay_t<decltype(body)>;
                if constexpr (std::is_same_v<Body, SingleChoice> ||
                              std::is_same_v<Body, MultipleChoice>)
                    addOptions(body.options);
                else if constexpr (std::is_same_v<Body, ListenChoose>)
                    addOptions(body.options);
                else if constexpr (std::is_same_v<Body, TrueFalse>)
                    add(body.statement, where);
                else if constexpr (std::is_same_v<Body, GapFill>)
                {
                    for (const auto& segment : body.sentence)
                        add(m_lang, segment.text, where);
                    for (const auto& gap : body.gaps)
                        addKey(gap);
                }
                else if constexpr (std::is_same_v<Body, WordOrder>)
                {
                    for (const auto& token : body.tokens)
                        if (!token.distractor)
                            add(m_lang, token.text, where);
                }
                else if constexpr (std::is_same_v<Body, MatchPairs>)
                    for (const auto& pair : body.pairs)
                        add(pair.left, pair.where), add(pair.right, pair.where);
                else if constexpr (std::is_same_v<Body, Dictation>)
                    addKey(body.key);
                else if constexpr (std::is_same_v<Body, WriteTask>)
                    add(m_lang, body.modelAnswer, where);
            },
            item.body);
    }

    const Course& m_course;
    std::string m_file;
    LangTag m_lang;
    std::vector<Passage> m_passages;
};

bool isWordByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

/// Where the word at [begin, end) of a passage stands in the source, at or after the passage's
/// element (the model keeps where elements start, not each word). The word is looked for with
/// some of its neighbours first, so "og" in a Swedish sentence is not mistaken for the "og" of
/// the Norwegian one before it.
SourceLocation locateWord(const std::string& source, const SourceLocation& element,
                          const std::string& passage, std::size_t begin, std::size_t end)
{
    std::size_t lineStart = 0;
    for (int line = 1; line < element.line; ++line)
    {
        lineStart = source.find('\n', lineStart);
        if (lineStart == std::string::npos)
            return element;
        ++lineStart;
    }
    if (element.line <= 0)
        return element;
    const std::size_t margins[] = {12, 6, 0};
    for (const auto margin : margins)
    {
        const auto from = begin >= margin ? begin - margin : 0;
        const auto needle = passage.substr(from, std::min(passage.size(), end + margin) - from);
        const auto offset = begin - from;
        for (auto at = source.find(needle, lineStart); at != std::string::npos;
             at = source.find(needle, at + 1))
        {
            const auto word = at + offset, after = word + (end - begin);
            if ((word > 0 && isWordByte(source[word - 1])) ||
                (after < source.size() && isWordByte(source[after])))
                continue;
            const auto lineBegin = source.rfind('\n', word);
            const auto column = lineBegin == std::string::npos ? 0 : lineBegin + 1;
            SourceLocation where = element;
            where.line =
                element.line +
                static_cast<int>(std::count(source.begin() + static_cast<long>(lineStart),
                                            source.begin() + static_cast<long>(column), '\n'));
            where.column =
                1 + static_cast<int>(std::count_if(
                        source.begin() + static_cast<long>(column),
                        source.begin() + static_cast<long>(word),
                        [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
            return where;
        }
    }
    return element;
}

/// Common words Debian's dictionaries lack (hunspell-no 2.1 has no "noen" or "noe"), so that
/// no teacher has to list them.
const std::set<std::string> kDictionaryGaps{"noe", "noen", "noensinne", "noenlunde"};

/// The course's word list.
std::set<std::string> readWordList(const PackageFiles& package)
{
    std::set<std::string> words;
    std::string error;
    const auto text = package.read(std::string(kWordListPath), error);
    if (!text)
        return words;
    std::istringstream lines(*text);
    for (std::string line; std::getline(lines, line);)
    {
        if (const auto hash = line.find('#'); hash != std::string::npos)
            line.erase(hash);
        std::istringstream fields(line);
        for (std::string word; fields >> word;)
            words.insert(text::nfc(word));
    }
    return words;
}

/// A name in the list is also known at the start of a sentence and with a genitive s (Ainos).
bool listed(const std::set<std::string>& words, const std::string& word)
{
    if (words.contains(word) || kDictionaryGaps.contains(word))
        return true;
    if (word.size() > 2 && word.back() == 's' && words.contains(word.substr(0, word.size() - 1)))
        return true;
    return std::any_of(words.begin(), words.end(),
                       [&](const std::string& entry)
                       { return text::capitaliseFirst(entry, "sv") == word; }) ||
           kDictionaryGaps.contains(text::foldCase(word));
}

} // namespace

/// One hunspell dictionary, its encoding and what it already said about each word.
class SpellChecker::Dictionary
{
public:
    Dictionary(const std::string& folder, const std::string& name)
    {
        const auto aff = folder + "/" + name + ".aff", dic = folder + "/" + name + ".dic";
        if (!std::filesystem::exists(aff) || !std::filesystem::exists(dic))
            return;
        m_handle.reset(Hunspell_create(aff.c_str(), dic.c_str()));
        if (m_handle)
        {
            const std::string encoding = Hunspell_get_dic_encoding(m_handle.get());
            m_latin1 = encoding.find("8859-1") != std::string::npos;
        }
    }

    [[nodiscard]] bool loaded() const { return m_handle != nullptr; }

    [[nodiscard]] bool knows(const std::string& word)
    {
        const auto [cached, fresh] = m_known.emplace(word, true);
        if (fresh)
        {
            const auto encoded = encode(word);
            // A letter the dictionary cannot even spell is not the dictionary's to judge.
            cached->second = !encoded || Hunspell_spell(m_handle.get(), encoded->c_str()) != 0;
        }
        return cached->second;
    }

    /// Known words one edit away (a letter left out, added, changed, or two swapped). Hunspell's
    /// own suggestions search the whole dictionary and take about a second a word here; slips
    /// of one letter are what a teacher's typo is.
    [[nodiscard]] std::vector<std::string> suggest(const std::string& word)
    {
        static const auto alphabet = letters("abcdefghijklmnopqrstuvwxyzåäöæøé");
        const auto chars = letters(word);
        std::vector<std::string> found;
        auto consider = [&](const std::vector<std::string>& candidate)
        {
            std::string text;
            for (const auto& c : candidate)
                text += c;
            if (found.size() < 3 && text != word && !text.empty() &&
                std::find(found.begin(), found.end(), text) == found.end() && knows(text))
                found.push_back(text);
        };
        for (std::size_t i = 0; i + 1 < chars.size(); ++i) // swapped
        {
            auto candidate = chars;
            std::swap(candidate[i], candidate[i + 1]);
            consider(candidate);
        }
        for (std::size_t i = 0; i <= chars.size(); ++i) // left out
            for (const auto& letter : alphabet)
            {
                auto candidate = chars;
                candidate.insert(candidate.begin() + static_cast<long>(i), letter);
                consider(candidate);
            }
        for (std::size_t i = 0; i < chars.size(); ++i) // one too many
        {
            auto candidate = chars;
            candidate.erase(candidate.begin() + static_cast<long>(i));
            consider(candidate);
        }
        for (std::size_t i = 0; i < chars.size(); ++i) // a wrong letter
            for (const auto& letter : alphabet)
            {
                auto candidate = chars;
                candidate[i] = letter;
                consider(candidate);
            }
        return found;
    }

private:
    /// The UTF-8 sequences of each code point.
    static std::vector<std::string> letters(std::string_view utf8)
    {
        std::vector<std::string> result;
        for (std::size_t i = 0; i < utf8.size();)
        {
            std::size_t length = 1;
            while (i + length < utf8.size() &&
                   (static_cast<unsigned char>(utf8[i + length]) & 0xC0) == 0x80)
                ++length;
            result.emplace_back(utf8.substr(i, length));
            i += length;
        }
        return result;
    }

    [[nodiscard]] std::optional<std::string> encode(const std::string& word) const
    {
        return m_latin1 ? toLatin1(word) : std::optional<std::string>(word);
    }

    struct Destroy
    {
        void operator()(Hunhandle* handle) const { Hunspell_destroy(handle); }
    };
    std::unique_ptr<Hunhandle, Destroy> m_handle;
    bool m_latin1 = false;
    std::map<std::string, bool> m_known;
};

SpellChecker::SpellChecker(SpellingOptions options)
    : m_options(std::move(options))
{
}

SpellChecker::~SpellChecker() = default;

void SpellChecker::load(const std::vector<LangTag>& langs)
{
    std::vector<std::jthread> loaders;
    for (const auto& lang : langs)
    {
        auto& slot = m_dictionaries[lang];
        if (!slot)
            loaders.emplace_back(
                [&slot, this, lang] {
                    slot = std::make_unique<Dictionary>(m_options.dictionaryFolder,
                                                        dictionaryName(lang));
                });
    }
}

std::vector<Diagnostic> SpellChecker::check(const PackageFiles& package, const Course& course)
{
    DiagnosticSink sink;
    if (course.targets.empty())
        return sink.take();
    const auto passages = PassageCollector(course).collect();
    std::vector<LangTag> langs;
    for (const auto& passage : passages)
        if (std::find(langs.begin(), langs.end(), passage.lang) == langs.end())
            langs.push_back(passage.lang);
    load(langs);
    for (const auto& lang : langs)
        if (!m_dictionaries.at(lang)->loaded())
            sink.warning("spelling.no-dictionary",
                         SourceLocation{package.displayPath("course.xml"), 0, 0},
                         "no " + dictionaryName(lang) + " dictionary in " +
                             m_options.dictionaryFolder + ", so the " + lang +
                             " text is not spell-checked; install hunspell-sv (Swedish) or "
                             "hunspell-no (Norwegian), or pass --no-spelling");
    const auto wordList = readWordList(package);
    std::map<std::string, std::string> sources;
    std::set<std::pair<std::string, std::string>> reported; // (file, word): once per file
    for (const auto& passage : passages)
    {
        auto& dictionary = *m_dictionaries.at(passage.lang);
        if (!dictionary.loaded())
            continue;
        for (const auto& [begin, end] : text::wordSpans(passage.text, passage.lang))
        {
            const auto word = passage.text.substr(begin, end - begin);
            // Numbers, web addresses (arbetsformedlingen.se) and abbreviations (t.ex.) are no
            // words to check, nor the first part of "Likestillings- og diskrimineringsombudet".
            const bool notAWord =
                std::any_of(word.begin(), word.end(),
                            [](char c) { return (c >= '0' && c <= '9') || c == '.'; }) ||
                (end < passage.text.size() && passage.text[end] == '-');
            if (notAWord || text::graphemeCount(word) < 2 || listed(wordList, word) ||
                dictionary.knows(word))
                continue;
            if (!reported.emplace(passage.file, word).second)
                continue;
            auto& source = sources[passage.file];
            if (source.empty())
            {
                std::string error;
                source = package.read(passage.file, error).value_or(" ");
            }
            std::string message = "unknown word \"" + word + "\"";
            const auto suggestions = dictionary.suggest(word);
            for (std::size_t i = 0; i < suggestions.size(); ++i)
                message += (i == 0                        ? "; did you mean \""
                            : i + 1 == suggestions.size() ? "\" or \""
                                                          : "\", \"") +
                           suggestions[i];
            message += suggestions.empty() ? "" : "\"?";
            message += " (names and new terms go in the course's words.txt)";
            sink.warning("spelling", locateWord(source, passage.where, passage.text, begin, end),
                         std::move(message));
        }
    }
    return sink.take();
}

std::vector<Diagnostic> checkSpelling(const PackageFiles& package, const Course& course,
                                      const SpellingOptions& options)
{
    return SpellChecker(options).check(package, course);
}

} // namespace kompis::core
