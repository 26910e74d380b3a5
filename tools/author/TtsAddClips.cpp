// `tts --add-missing`: an <audio> for every paragraph and example sentence that has none, written
// into the lesson files by inserting text only, so an author's layout and comments survive.
#include "TtsAddClips.hpp"

#include "import/PlainText.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <optional>
#include <set>

namespace kompis::author
{

namespace fs = std::filesystem;

namespace
{

struct Insertion
{
    std::size_t offset = 0; ///< byte offset the text goes before
    std::string text;
};

/// The byte offset of a loader location (1-based line, 1-based column in code points).
std::optional<std::size_t> offsetOf(const std::string& text, const core::SourceLocation& where)
{
    std::size_t at = 0;
    for (int line = 1; line < where.line; ++line)
    {
        at = text.find('\n', at);
        if (at == std::string::npos)
            return std::nullopt;
        ++at;
    }
    for (int column = 1; column < where.column && at < text.size(); ++column)
        do
            ++at;
        while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80);
    return at < text.size() ? std::optional(at) : std::nullopt;
}

std::string joined(const std::vector<core::TextSpan>& spans)
{
    std::string out;
    for (const auto& span : spans)
        out += span.text;
    return out;
}

std::string audioElement(const std::string& src, const std::string& transcript,
                         const std::string& lang)
{
    return " <audio" + (lang.empty() ? std::string() : " lang=\"" + lang + "\"") + " src=\"" + src +
           "\" transcript=\"" + import::xmlEscape(transcript) + "\"/>";
}

/// Plans the insertions of one lesson file.
class LessonPlan
{
public:
    LessonPlan(const std::string& text, std::set<std::string>& used, AddedClips& added,
               const std::string& file)
        : m_text(text)
        , m_used(used)
        , m_added(added)
        , m_file(file)
    {
    }

    void paragraph(const core::Paragraph& p, const std::string& stepId, int number)
    {
        const auto element = find(p.where, "<p", "</p>");
        if (!element)
            return;
        const std::string_view inner(m_text.data() + element->first,
                                     element->second - element->first);
        const bool pieces = inner.find("<t ") != std::string_view::npos ||
                            inner.find("<t>") != std::string_view::npos;
        std::string text;
        const std::string base = "media/" + stepId + "-p" + std::to_string(number);
        for (const auto& [lang, spans] : p.variants)
        {
            const bool voiced = pieces ? p.audioFor(lang) != nullptr : !p.audio.empty();
            if (voiced)
                continue;
            text += audioElement(freeName(pieces ? base + "-" + lang : base), joined(spans),
                                 pieces ? lang : std::string());
            ++m_added.paragraphs;
            if (!pieces)
                break;
        }
        if (!text.empty())
            m_insertions.push_back({element->second, std::move(text)});
    }

    void example(const core::VocabularyEntry& word)
    {
        if (word.example.empty() || word.exampleAudio || word.id.empty())
            return;
        const auto element = find(word.exampleWhere, "<example", "</example>");
        if (!element)
            return;
        m_insertions.push_back({element->second, audioElement(freeName("media/" + word.id + "-ex"),
                                                              word.example, {})});
        ++m_added.examples;
    }

    /// The file with every planned element in place.
    [[nodiscard]] std::string apply() const
    {
        auto insertions = m_insertions;
        std::sort(insertions.begin(), insertions.end(),
                  [](const Insertion& a, const Insertion& b) { return a.offset > b.offset; });
        std::string out = m_text;
        for (const auto& insertion : insertions)
            out.insert(insertion.offset, insertion.text);
        return out;
    }

    [[nodiscard]] bool empty() const { return m_insertions.empty(); }

private:
    /// The content of the element the loader saw at `where`: from after its start tag to its
    /// end tag (these elements never nest in themselves).
    std::optional<std::pair<std::size_t, std::size_t>>
    find(const core::SourceLocation& where, std::string_view open, std::string_view close)
    {
        const auto at = offsetOf(m_text, where);
        if (!at || m_text.compare(*at, open.size(), open) != 0)
        {
            m_added.problems.push_back(m_file + ":" + std::to_string(where.line) + ": no " +
                                       std::string(open) +
                                       "> where the loader found it; left as "
                                       "it is");
            return std::nullopt;
        }
        const auto start = m_text.find('>', *at);
        const auto end = m_text.find(close, *at);
        if (start == std::string::npos || end == std::string::npos || m_text[start - 1] == '/')
            return std::nullopt;
        return std::pair(start + 1, end);
    }

    /// `base`.ogg, or `base`-2.ogg … when the course already uses that name for another clip.
    std::string freeName(const std::string& base)
    {
        std::string name = base + ".ogg";
        for (int n = 2; m_used.contains(name); ++n)
            name = base + "-" + std::to_string(n) + ".ogg";
        m_used.insert(name);
        return name;
    }

    const std::string& m_text;
    std::set<std::string>& m_used;
    AddedClips& m_added;
    std::string m_file;
    std::vector<Insertion> m_insertions;
};

std::string writeAtomically(const fs::path& file, const std::string& text)
{
    auto temporary = file;
    temporary += ".add-part";
    {
        std::ofstream out(temporary, std::ios::binary);
        out << text;
        if (!out.flush())
            return "cannot write " + temporary.string();
    }
    std::error_code ec;
    fs::rename(temporary, file, ec);
    return ec ? "cannot replace " + file.string() + " (" + ec.message() + ")" : std::string();
}

} // namespace

AddedClips addMissingClips(const fs::path& root, const core::Course& course)
{
    AddedClips added;
    std::set<std::string> used;
    for (const auto& slot : course.lessons)
        if (slot.lesson)
            for (const auto& step : slot.lesson->steps)
                for (const auto* audio : core::stepAudio(step))
                    used.insert(audio->src);
    for (const auto& slot : course.lessons)
    {
        if (!slot.lesson)
            continue;
        const auto path = root / slot.file;
        std::ifstream in(path, std::ios::binary);
        const std::string text{std::istreambuf_iterator<char>(in),
                               std::istreambuf_iterator<char>()};
        LessonPlan plan(text, used, added, slot.file);
        for (const auto& step : slot.lesson->steps)
        {
            if (const auto* body = std::get_if<core::TextStep>(&step.body))
            {
                int number = 0;
                for (const auto& paragraph : body->paragraphs)
                    plan.paragraph(paragraph, step.id, ++number);
            }
            else if (const auto* words = std::get_if<core::VocabularyStep>(&step.body))
                for (const auto& word : words->entries)
                    plan.example(word);
        }
        if (plan.empty())
            continue;
        if (auto problem = writeAtomically(path, plan.apply()); !problem.empty())
            added.problems.push_back(std::move(problem));
        else
            added.files.push_back(slot.file);
    }
    return added;
}

} // namespace kompis::author
