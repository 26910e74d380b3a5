// The lesson screen's views of steps that are not items: text, dialogue, words, tips, images.
#include "app/Shell.hpp"
#include "app/WordText.hpp"
#include "app/screens/LessonScreen.hpp"

#include <algorithm>

namespace kompis::app
{
namespace
{

/// Widget ids of glossary terms in the text: the prefix, then the glossary id.
constexpr std::string_view kTermPrefix = "term-";

const core::GlossaryEntry* glossaryEntry(const core::Lesson& lesson, const std::string& id)
{
    for (const auto& g : lesson.glossary)
        if (g.id == id)
            return &g;
    return nullptr;
}

std::vector<ui::TextRun> paragraphRuns(const core::Paragraph& p, const std::string& target,
                                       std::vector<std::string>& terms)
{
    const std::vector<core::TextSpan>* spans = nullptr;
    for (const auto& [lang, s] : p.variants)
        if (lang == target || !spans)
            spans = &s;
    std::vector<ui::TextRun> runs;
    if (spans)
        for (const auto& span : *spans)
        {
            runs.push_back(
                {span.text, !span.termRef.empty(),
                 span.termRef.empty() ? std::string() : std::string(kTermPrefix) + span.termRef});
            if (!span.termRef.empty() &&
                std::find(terms.begin(), terms.end(), span.termRef) == terms.end())
                terms.push_back(span.termRef);
        }
    return runs;
}

/// The clip reading the piece paragraphRuns shows (`target`, else the first), or null.
const core::AudioRef* paragraphClip(const core::Paragraph& p, const std::string& target)
{
    if (p.variants.size() <= 1)
        return p.audio.empty() ? nullptr : &p.audio.front();
    const auto shown = std::find_if(p.variants.begin(), p.variants.end(),
                                    [&](const auto& variant) { return variant.first == target; });
    return p.audioFor(shown != p.variants.end() ? shown->first : p.variants.front().first);
}

bool paragraphHasTerm(const core::Paragraph& p, const std::string& termRef)
{
    for (const auto& [lang, spans] : p.variants)
        for (const auto& span : spans)
            if (span.termRef == termRef)
                return true;
    return false;
}

/// The paragraph in exactly `lang`, or "" when it has no such variant.
std::string variantText(const core::Paragraph& p, const std::string& lang)
{
    std::string out;
    for (const auto& [variant, spans] : p.variants)
        if (variant == lang)
            for (const auto& span : spans)
                out += span.text;
    return out;
}

/// A parallel course writes a dialogue once per variant, as steps with `lang`: the k-th
/// dialogue for one variant is the k-th for the other. Null when there is none.
const core::DialogueStep* counterpartDialogue(const core::Lesson& lesson, const core::Step& step,
                                              const std::string& other)
{
    int ordinal = -1;
    for (const auto& s : lesson.steps)
        if (std::holds_alternative<core::DialogueStep>(s.body) && s.lang == step.lang)
        {
            ++ordinal;
            if (&s == &step)
                break;
        }
    for (const auto& s : lesson.steps)
        if (const auto* d = std::get_if<core::DialogueStep>(&s.body); d && s.lang == other)
            if (ordinal-- == 0)
                return d;
    return nullptr;
}

} // namespace

const core::Course* LessonScreen::stepCourse() const
{
    if (m_run.finished())
        return nullptr;
    const auto* entry = m_run.current().course;
    return entry ? entry->course() : nullptr;
}

std::string LessonScreen::otherVariant() const
{
    if (const core::Course* course = stepCourse())
        for (const auto& t : course->targets)
            if (t != m_run.target())
                return t;
    return {};
}

bool LessonScreen::comparing() const
{
    const core::Course* course = stepCourse();
    return course && m_shell.comparing().count(course->id) > 0 && !otherVariant().empty();
}

std::string LessonScreen::target(const core::LocalText& text) const
{
    return m_shell.target(text, m_run.target());
}

void LessonScreen::compareSwitch()
{
    const std::string other = otherVariant();
    if (other.empty())
        return;
    const std::string& courseId = stepCourse()->id;
    auto& comparing = m_shell.comparing();
    const bool on = comparing.count(courseId) > 0;
    const std::vector<ui::MessageArg> args{{"language", m_shell.languageName(other)}};
    if (m_shell.gui().button("compare",
                             m_shell.tr(on ? "lesson.compare-off" : "lesson.compare-on", args),
                             {ui::Look::Quiet}))
    {
        if (on)
            comparing.erase(courseId);
        else
            comparing.insert(courseId);
    }
}

void LessonScreen::stepContent(const core::Step& step)
{
    std::visit(
        [&](const auto& body)
        {
            using T = std::decay_t<decltype(body)>;
            if constexpr (std::is_same_v<T, core::TextStep>)
                textStep(step, body);
            else if constexpr (std::is_same_v<T, core::DialogueStep>)
                dialogueStep(step, body);
            else if constexpr (std::is_same_v<T, core::VocabularyStep>)
                vocabularyStep(body);
            else if constexpr (std::is_same_v<T, core::TipStep>)
                tipStep(body);
            else if constexpr (std::is_same_v<T, core::ImageStep>)
                imageStep(body);
            else if constexpr (std::is_same_v<T, core::Item>)
                item(body, step.id);
        },
        step.body);
}

void LessonScreen::textStep(const core::Step& step, const core::TextStep& body)
{
    ui::Gui& gui = m_shell.gui();
    if (!body.heading.empty())
        gui.heading(m_shell.instr(body.heading));
    compareSwitch();
    const bool compare = comparing();
    const std::string other = compare ? otherVariant() : std::string();
    std::vector<std::string> terms;
    // The term opened by a tap in this step, if any ("step id/glossary id").
    const std::string openPrefix = step.id + "/";
    std::string openTerm =
        m_openTerm.rfind(openPrefix, 0) == 0 ? m_openTerm.substr(openPrefix.size()) : std::string();
    int number = 0;
    for (const auto& p : body.paragraphs)
    {
        ++number;
        // A tapped term opens its meaning right under its paragraph (and a second tap closes
        // it), where the list below the text may be out of sight.
        const std::string tapped =
            gui.richText(paragraphRuns(p, m_run.target(), terms), ui::styles::reading);
        if (!tapped.empty())
        {
            const std::string open = openPrefix + tapped.substr(kTermPrefix.size());
            m_openTerm = m_openTerm == open ? std::string() : open;
        }
        // Right under the paragraph it reads; the text is on screen, so no transcript again,
        // and without a sound device only the whole text's button says so, once.
        if (const auto* clip = paragraphClip(p, m_run.target());
            clip && m_shell.audio().available())
            m_shell.audioButton(m_run.current().course, *clip,
                                "audio-" + step.id + "-p" + std::to_string(number), false);
        if (compare)
            if (const std::string otherText = variantText(p, other); !otherText.empty())
                gui.text(otherText, ui::styles::compared);
        const core::GlossaryEntry* g =
            m_run.lesson() && !openTerm.empty() && paragraphHasTerm(p, openTerm)
                ? glossaryEntry(*m_run.lesson(), openTerm)
                : nullptr;
        if (g)
        {
            gui.beginCard(gui.theme().accent);
            gui.text(g->lemma, ui::styles::term);
            gui.text(m_shell.instr(g->meaning), ui::styles::body);
            gui.text(m_shell.tr("lesson.term-close"), ui::styles::hint);
            gui.endCard();
            openTerm.clear(); // under the first paragraph that has it only
        }
    }
    if (body.audio)
        m_shell.audioButton(m_run.current().course, *body.audio, "audio-" + step.id, true,
                            m_shell.tr("audio.play-whole"));
    if (!terms.empty() && m_run.lesson())
    {
        gui.beginCard();
        gui.text(m_shell.tr("lesson.words"), ui::styles::caption);
        for (const auto& ref : terms)
            if (const auto* g = glossaryEntry(*m_run.lesson(), ref))
                gui.text(g->lemma + " — " + m_shell.instr(g->meaning), ui::styles::body);
        gui.endCard();
    }
}

void LessonScreen::dialogueStep(const core::Step& step, const core::DialogueStep& body)
{
    ui::Gui& gui = m_shell.gui();
    if (!body.heading.empty())
        gui.heading(m_shell.instr(body.heading));
    if (!body.context.empty())
        gui.text(m_shell.instr(body.context), ui::styles::hint);
    const std::string other = otherVariant();
    const core::DialogueStep* counterpart = m_run.lesson() && !step.lang.empty() && !other.empty()
                                                ? counterpartDialogue(*m_run.lesson(), step, other)
                                                : nullptr;
    const bool bothInLines = !other.empty() && std::any_of(body.lines.begin(), body.lines.end(),
                                                           [&](const core::DialogueLine& l)
                                                           { return l.text.has(other); });
    if (counterpart || bothInLines)
        compareSwitch();
    const bool compare = comparing();
    int n = 0;
    for (const auto& line : body.lines)
    {
        ++n;
        gui.beginCard();
        gui.text(line.speaker, ui::styles::speaker);
        gui.text(target(line.text), ui::styles::reading);
        const std::string* otherLine = line.text.find(other);
        if (counterpart && static_cast<std::size_t>(n) <= counterpart->lines.size())
            otherLine = &counterpart->lines[static_cast<std::size_t>(n - 1)].text.pick(other);
        if (compare && otherLine && !otherLine->empty())
            gui.text(*otherLine, ui::styles::compared);
        if (!line.translation.empty())
            gui.text(m_shell.instr(line.translation), ui::styles::hint);
        if (line.audio)
            m_shell.audioButton(m_run.current().course, *line.audio,
                                "audio-" + step.id + "-" + std::to_string(n));
        gui.endCard();
    }
}

void LessonScreen::vocabularyStep(const core::VocabularyStep& body)
{
    if (!body.heading.empty())
        m_shell.gui().heading(m_shell.instr(body.heading));
    const std::string other = otherVariant();
    const bool hasOther = std::any_of(body.entries.begin(), body.entries.end(),
                                      [&](const core::VocabularyEntry& w)
                                      { return !other.empty() && w.lang == other; });
    if (hasOther)
        compareSwitch();
    const bool compare = hasOther && comparing();
    // Comparing, a word of the other variant with the same meaning is shown in the card of the
    // word followed; the rest get cards of their own at the end.
    std::vector<const core::VocabularyEntry*> unpaired;
    for (const auto& w : body.entries)
        if (compare && w.lang == other)
            unpaired.push_back(&w);
    const auto takePartner = [&](const core::VocabularyEntry& word)
    {
        const std::string meaning = m_shell.instr(word.translation);
        for (auto it = unpaired.begin(); it != unpaired.end(); ++it)
            if (m_shell.instr((*it)->translation) == meaning)
            {
                const auto* partner = *it;
                unpaired.erase(it);
                return partner;
            }
        return static_cast<const core::VocabularyEntry*>(nullptr);
    };
    for (const auto& word : body.entries)
        if (word.lang.empty() || word.lang == m_run.target())
            wordCard(word, compare ? takePartner(word) : nullptr, false);
    for (const auto* word : unpaired)
        wordCard(*word, nullptr, true);
}

void LessonScreen::wordCard(const core::VocabularyEntry& word, const core::VocabularyEntry* partner,
                            bool labelled)
{
    ui::Gui& gui = m_shell.gui();
    gui.beginCard();
    if (labelled)
        gui.text(m_shell.languageName(word.lang), ui::styles::tag);
    gui.text(articleText(word.article) + word.lemma, ui::styles::headword);
    if (partner)
        gui.text(m_shell.languageName(partner->lang) + ": " + articleText(partner->article) +
                     partner->lemma,
                 ui::styles::term);
    gui.text(m_shell.instr(word.translation), ui::styles::body);
    if (const std::string forms = formsLine(word); !forms.empty())
        gui.text(forms, ui::styles::hint);
    if (!word.example.empty())
        gui.text("“" + word.example + "”", ui::styles::body);
    if (partner && !partner->example.empty())
        gui.text("“" + partner->example + "”", ui::styles::compared);
    if (!word.exampleTranslation.empty())
        gui.text(m_shell.instr(word.exampleTranslation), ui::styles::hint);
    if (word.exampleAudio && m_shell.audio().available())
        m_shell.audioButton(m_run.current().course, *word.exampleAudio, "audio-" + word.id + "-ex",
                            false, m_shell.tr("audio.play-example"));
    if (word.audio)
        m_shell.audioButton(m_run.current().course, *word.audio, "audio-" + word.id);
    gui.endCard();
}

void LessonScreen::tipStep(const core::TipStep& body)
{
    ui::Gui& gui = m_shell.gui();
    gui.beginCard(gui.theme().accent);
    gui.text(body.kind == core::TipKind::Culture ? m_shell.tr("lesson.culture")
                                                 : m_shell.tr("lesson.tip"),
             ui::styles::speaker);
    if (!body.heading.empty())
        gui.text(m_shell.instr(body.heading), ui::styles::headword);
    for (const auto& p : body.paragraphs)
        gui.text(m_shell.instr(p), ui::styles::lead);
    gui.endCard();
}

void LessonScreen::imageStep(const core::ImageStep& body)
{
    ui::Gui& gui = m_shell.gui();
    if (!body.image.caption.empty())
        gui.text(m_shell.instr(body.image.caption), ui::styles::captionTitle);
    if (const sf::Texture* texture = m_shell.imageTexture(m_run.current().course, body.image.src))
        gui.image(*texture, std::min(420.0f, m_shell.windowHeight() * 0.45f));
    else
        gui.text(m_shell.tr("lesson.image-missing"), ui::styles::hint);
    gui.text(m_shell.instr(body.image.alt), ui::styles::hint);
}

} // namespace kompis::app
