#include "app/App.hpp"

#include <algorithm>
#include <cmath>

namespace kompis::app
{
namespace
{

/// Widget ids of glossary terms in the text: the prefix, then the glossary id.
constexpr std::string_view kTermPrefix = "term-";

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

const core::Course* App::stepCourse() const
{
    if (!m_run || m_run->steps.empty())
        return nullptr;
    const auto* entry = m_run->steps[static_cast<std::size_t>(m_run->index)].course;
    return entry ? entry->course() : nullptr;
}

std::string App::otherVariant() const
{
    if (const core::Course* course = stepCourse())
        for (const auto& t : course->targets)
            if (t != m_run->target)
                return t;
    return {};
}

bool App::comparing() const
{
    const core::Course* course = stepCourse();
    return course && m_comparing.count(course->id) > 0 && !otherVariant().empty();
}

void App::compareSwitch()
{
    const std::string other = otherVariant();
    if (other.empty())
        return;
    const std::string& courseId = stepCourse()->id;
    const bool on = m_comparing.count(courseId) > 0;
    const std::vector<ui::MessageArg> args{{"language", languageName(other)}};
    if (m_gui->button("compare", tr(on ? "lesson.compare-off" : "lesson.compare-on", args),
                      {ui::Look::Quiet}))
    {
        if (on)
            m_comparing.erase(courseId);
        else
            m_comparing.insert(courseId);
    }
}

const char* articleText(core::Article a)
{
    switch (a)
    {
    case core::Article::En:
        return "en ";
    case core::Article::Ett:
        return "ett ";
    case core::Article::Ei:
        return "ei ";
    case core::Article::Et:
        return "et ";
    case core::Article::None:
        break;
    }
    return "";
}

void App::letterButtons()
{
    m_gui->beginRow();
    for (const char* letter : {"å", "ä", "ö", "æ", "ø", "é"})
        if (m_gui->button(std::string("letter-") + letter, letter,
                          {ui::Look::Quiet, 56, 0, false, {}, -1}))
            m_gui->insertText(letter);
    m_gui->endRow();
}

void App::buildStepContent(const core::Step& step)
{
    const ui::Theme& theme = m_gui->theme();
    const ui::TextStyle muted{0.9f, false, theme.mutedText, false};
    // The other variant of a parallel course, under the one followed: smaller and in the
    // accent colour, so the eye can go line by line between the two languages.
    const ui::TextStyle compared{1.0f, false, theme.accent, false};
    std::visit(
        [&](const auto& body)
        {
            using T = std::decay_t<decltype(body)>;
            if constexpr (std::is_same_v<T, core::TextStep>)
            {
                if (!body.heading.empty())
                    m_gui->heading(instr(body.heading));
                compareSwitch();
                const bool compare = comparing();
                const std::string other = compare ? otherVariant() : std::string();
                std::vector<std::string> terms;
                // The term opened by a tap in this step, if any ("step id/glossary id").
                const std::string openPrefix = step.id + "/";
                std::string openTerm = m_openTerm.rfind(openPrefix, 0) == 0
                                           ? m_openTerm.substr(openPrefix.size())
                                           : std::string();
                for (const auto& p : body.paragraphs)
                {
                    // A tapped term opens its meaning right under its paragraph (and a second
                    // tap closes it), where the list below the text may be out of sight.
                    const std::string tapped =
                        m_gui->richText(paragraphRuns(p, m_run->target, terms),
                                        {1.15f, false, std::nullopt, false});
                    if (!tapped.empty())
                    {
                        const std::string open = openPrefix + tapped.substr(kTermPrefix.size());
                        m_openTerm = m_openTerm == open ? std::string() : open;
                    }
                    if (compare)
                        if (const std::string otherText = variantText(p, other); !otherText.empty())
                            m_gui->text(otherText, compared);
                    const core::GlossaryEntry* g =
                        m_run->lesson && !openTerm.empty() && paragraphHasTerm(p, openTerm)
                            ? m_run->lesson->findGlossary(openTerm)
                            : nullptr;
                    if (g)
                    {
                        m_gui->beginCard(theme.accent);
                        m_gui->text(g->lemma, {1.1f, true, theme.accent, false});
                        m_gui->text(instr(g->meaning), {1.0f, false, std::nullopt, false});
                        m_gui->text(tr("lesson.term-close"), muted);
                        m_gui->endCard();
                        openTerm.clear(); // under the first paragraph that has it only
                    }
                }
                if (body.audio)
                    audioButton(*body.audio, "audio-" + step.id);
                if (!terms.empty() && m_run->lesson)
                {
                    m_gui->beginCard();
                    m_gui->text(tr("lesson.words"), {0.9f, true, theme.mutedText, false});
                    for (const auto& ref : terms)
                        if (const auto* g = m_run->lesson->findGlossary(ref))
                            m_gui->text(g->lemma + " — " + instr(g->meaning),
                                        {1.0f, false, std::nullopt, false});
                    m_gui->endCard();
                }
            }
            else if constexpr (std::is_same_v<T, core::DialogueStep>)
            {
                if (!body.heading.empty())
                    m_gui->heading(instr(body.heading));
                if (!body.context.empty())
                    m_gui->text(instr(body.context), muted);
                const std::string other = otherVariant();
                const core::DialogueStep* counterpart =
                    m_run->lesson && !step.lang.empty() && !other.empty()
                        ? counterpartDialogue(*m_run->lesson, step, other)
                        : nullptr;
                const bool bothInLines =
                    !other.empty() &&
                    std::any_of(body.lines.begin(), body.lines.end(),
                                [&](const core::DialogueLine& l) { return l.text.has(other); });
                if (counterpart || bothInLines)
                    compareSwitch();
                const bool compare = comparing();
                int n = 0;
                for (const auto& line : body.lines)
                {
                    ++n;
                    m_gui->beginCard();
                    m_gui->text(line.speaker, {0.9f, true, theme.accent, false});
                    m_gui->text(target(line.text), {1.15f, false, std::nullopt, false});
                    const std::string* otherLine = line.text.find(other);
                    if (counterpart && static_cast<std::size_t>(n) <= counterpart->lines.size())
                        otherLine =
                            &counterpart->lines[static_cast<std::size_t>(n - 1)].text.pick(other);
                    if (compare && otherLine && !otherLine->empty())
                        m_gui->text(*otherLine, compared);
                    if (!line.translation.empty())
                        m_gui->text(instr(line.translation), muted);
                    if (line.audio)
                        audioButton(*line.audio, "audio-" + step.id + "-" + std::to_string(n));
                    m_gui->endCard();
                }
            }
            else if constexpr (std::is_same_v<T, core::VocabularyStep>)
            {
                if (!body.heading.empty())
                    m_gui->heading(instr(body.heading));
                const std::string other = otherVariant();
                const bool hasOther = std::any_of(body.entries.begin(), body.entries.end(),
                                                  [&](const core::VocabularyEntry& w)
                                                  { return !other.empty() && w.lang == other; });
                if (hasOther)
                    compareSwitch();
                const bool compare = hasOther && comparing();
                // Comparing, a word of the other variant with the same meaning is shown in
                // the card of the word followed; the rest get cards of their own at the end.
                std::vector<const core::VocabularyEntry*> unpaired;
                for (const auto& w : body.entries)
                    if (compare && w.lang == other)
                        unpaired.push_back(&w);
                const auto takePartner = [&](const core::VocabularyEntry& word)
                {
                    const std::string meaning = instr(word.translation);
                    for (auto it = unpaired.begin(); it != unpaired.end(); ++it)
                        if (instr((*it)->translation) == meaning)
                        {
                            const auto* partner = *it;
                            unpaired.erase(it);
                            return partner;
                        }
                    return static_cast<const core::VocabularyEntry*>(nullptr);
                };
                const auto wordCard = [&](const core::VocabularyEntry& word,
                                          const core::VocabularyEntry* partner, bool labelled)
                {
                    m_gui->beginCard();
                    if (labelled)
                        m_gui->text(languageName(word.lang), {0.8f, true, theme.mutedText, false});
                    m_gui->text(articleText(word.article) + word.lemma,
                                {1.3f, true, std::nullopt, false});
                    if (partner)
                        m_gui->text(languageName(partner->lang) + ": " +
                                        articleText(partner->article) + partner->lemma,
                                    {1.1f, true, theme.accent, false});
                    m_gui->text(instr(word.translation), {1.0f, false, std::nullopt, false});
                    std::string forms;
                    for (const auto& f : word.forms)
                        forms += (forms.empty() ? "" : " · ") + f.text;
                    if (!forms.empty())
                        m_gui->text(forms, muted);
                    if (!word.example.empty())
                        m_gui->text("“" + word.example + "”", {1.0f, false, std::nullopt, false});
                    if (partner && !partner->example.empty())
                        m_gui->text("“" + partner->example + "”", compared);
                    if (!word.exampleTranslation.empty())
                        m_gui->text(instr(word.exampleTranslation), muted);
                    if (word.audio)
                        audioButton(*word.audio, "audio-" + word.id);
                    m_gui->endCard();
                };
                for (const auto& word : body.entries)
                    if (word.lang.empty() || word.lang == m_run->target)
                        wordCard(word, compare ? takePartner(word) : nullptr, false);
                for (const auto* word : unpaired)
                    wordCard(*word, nullptr, true);
            }
            else if constexpr (std::is_same_v<T, core::TipStep>)
            {
                m_gui->beginCard(theme.accent);
                m_gui->text(body.kind == core::TipKind::Culture ? tr("lesson.culture")
                                                                : tr("lesson.tip"),
                            {0.9f, true, theme.accent, false});
                if (!body.heading.empty())
                    m_gui->text(instr(body.heading), {1.3f, true, std::nullopt, false});
                for (const auto& p : body.paragraphs)
                    m_gui->text(instr(p), {1.1f, false, std::nullopt, false});
                m_gui->endCard();
            }
            else if constexpr (std::is_same_v<T, core::ImageStep>)
            {
                if (!body.image.caption.empty())
                    m_gui->text(instr(body.image.caption), {1.2f, true, std::nullopt, false});
                if (const sf::Texture* texture = imageTexture(body.image.src))
                    m_gui->image(*texture, std::min(420.0f, float(m_window.getSize().y) * 0.45f));
                else
                    m_gui->text(tr("lesson.image-missing"), muted);
                m_gui->text(instr(body.image.alt), muted);
            }
            else if constexpr (std::is_same_v<T, core::Item>)
                buildItem(body, step.id);
        },
        step.body);
}

void App::buildItem(const core::Item& item, const std::string& itemId)
{
    LessonRun& run = *m_run;
    AnswerDraft& d = run.draft;
    const bool answering = run.phase == LessonRun::Phase::Step;
    const ui::Theme& theme = m_gui->theme();
    m_gui->text(instr(item.prompt), {1.2f, true, std::nullopt, false});
    const int number = answering ? m_gui->numberPressed() : 0;
    const core::Response* given = nullptr;
    core::Response response;
    if (!answering)
    {
        response = d.response();
        given = &response;
    }
    auto optionLook = [&](bool picked, bool correct)
    {
        if (answering)
            return picked ? ui::Look::Selected : ui::Look::Option;
        if (correct)
            return ui::Look::Right;
        return picked ? ui::Look::Wrong : ui::Look::Option;
    };
    auto choiceList = [&](const std::vector<core::ChoiceOption>& options, bool many)
    {
        if (many)
            m_gui->text(tr("lesson.choose-all"), {0.9f, false, theme.mutedText, false});
        for (std::size_t i = 0; i < options.size(); ++i)
        {
            const int idx = int(i);
            const bool picked =
                std::find(d.choices.begin(), d.choices.end(), idx) != d.choices.end();
            const std::string label = std::to_string(i + 1) + "   " + target(options[i].text);
            const bool hit =
                m_gui->button("option-" + std::to_string(i + 1), label,
                              {optionLook(picked, options[i].correct), -1, 0, true, {}, -1});
            if (answering && (hit || number == idx + 1))
            {
                if (!many)
                    d.choices = {idx};
                else if (picked)
                    std::erase(d.choices, idx);
                else
                    d.choices.push_back(idx);
            }
        }
    };
    std::visit(
        [&](const auto& body)
        {
            using T = std::decay_t<decltype(body)>;
            if constexpr (std::is_same_v<T, core::SingleChoice>)
                choiceList(body.options, false);
            else if constexpr (std::is_same_v<T, core::MultipleChoice>)
                choiceList(body.options, true);
            else if constexpr (std::is_same_v<T, core::ListenChoose>)
            {
                audioButton(body.audio, "audio-" + itemId);
                choiceList(body.options, false);
            }
            else if constexpr (std::is_same_v<T, core::TrueFalse>)
            {
                m_gui->text(target(body.statement), {1.25f, false, std::nullopt, false});
                m_gui->beginRow();
                for (int v = 0; v < 2; ++v)
                {
                    const bool value = v == 0;
                    const bool picked = d.truth && *d.truth == value;
                    const std::string label =
                        std::to_string(v + 1) + "   " + tr(value ? "lesson.true" : "lesson.false");
                    const bool hit = m_gui->button(
                        value ? "answer-true" : "answer-false", label,
                        {optionLook(picked, body.answer == value), 260, 0, true, {}, -1});
                    if (answering && (hit || number == v + 1))
                        d.truth = value;
                }
                m_gui->endRow();
            }
            else if constexpr (std::is_same_v<T, core::GapFill>)
            {
                std::string sentence;
                // While answering, numbered blanks; after checking, the sentence as the learner
                // wrote it.
                for (const auto& seg : body.sentence)
                {
                    const auto g = std::size_t(std::max(0, seg.gapIndex));
                    if (seg.gapIndex < 0)
                        sentence += seg.text;
                    else if (answering || g >= d.texts.size())
                        sentence += " ___" + std::to_string(seg.gapIndex + 1) + "___ ";
                    else
                        sentence +=
                            "[" + (d.texts[g].empty() ? std::string("…") : d.texts[g]) + "]";
                }
                m_gui->text(sentence, {1.25f, false, std::nullopt, false});
                if (!answering)
                    return;
                for (std::size_t g = 0; g < body.gaps.size(); ++g)
                {
                    m_gui->text(tr("lesson.gap", {{"n", double(g + 1)}}),
                                {0.9f, true, theme.mutedText, false});
                    const std::string id = "gap-" + std::to_string(g + 1);
                    m_gui->textField(id, d.texts[g], 420);
                }
                if (!body.wordBank.empty())
                {
                    m_gui->text(tr("lesson.bank"), {0.9f, false, theme.mutedText, false});
                    m_gui->beginRow();
                    for (const auto& w : body.wordBank)
                        if (m_gui->button("bank-" + w, w, {ui::Look::Option}))
                        {
                            // Fill the gap that has the focus, else the first empty one.
                            std::size_t target = body.gaps.size();
                            for (std::size_t g = 0; g < body.gaps.size(); ++g)
                                if (m_gui->focusedId() == "gap-" + std::to_string(g + 1))
                                    target = g;
                            if (target == body.gaps.size())
                                for (std::size_t g = 0;
                                     g < body.gaps.size() && target == body.gaps.size(); ++g)
                                    if (d.texts[g].empty())
                                        target = g;
                            if (target < body.gaps.size())
                                d.texts[target] = w;
                        }
                    m_gui->endRow();
                }
                if (answering)
                    letterButtons();
            }
            else if constexpr (std::is_same_v<T, core::Dictation>)
            {
                audioButton(body.audio, "audio-" + itemId);
                if (answering)
                {
                    m_gui->textField("answer", d.texts[0]);
                    letterButtons();
                }
                else
                    m_gui->text(d.texts[0], {1.1f, true, std::nullopt, false});
            }
            else if constexpr (std::is_same_v<T, core::WordOrder>)
            {
                m_gui->text(tr("lesson.your-sentence"), {0.9f, true, theme.mutedText, false});
                m_gui->beginRow();
                if (d.placed.empty())
                    m_gui->button("placed-none", tr("lesson.tap-words"),
                                  {ui::Look::Quiet, 0, 0, false, {}, -1});
                for (std::size_t k = 0; k < d.placed.size(); ++k)
                {
                    const int token = d.placed[k];
                    if (m_gui->button("placed-" + std::to_string(k + 1),
                                      body.tokens[std::size_t(token)].text,
                                      {answering ? ui::Look::Selected : ui::Look::Option}) &&
                        answering)
                    {
                        d.placed.erase(d.placed.begin() + long(k));
                        break;
                    }
                }
                m_gui->endRow();
                if (answering)
                {
                    m_gui->text(tr("lesson.words-left"), {0.9f, true, theme.mutedText, false});
                    m_gui->beginRow();
                    // Number keys place the n-th word still left, so the keyboard is as quick as a
                    // mouse.
                    int left = 0;
                    for (int token : d.tokenOrder)
                    {
                        if (std::find(d.placed.begin(), d.placed.end(), token) != d.placed.end())
                            continue;
                        if (++left == number)
                        {
                            d.placed.push_back(token);
                            break;
                        }
                    }
                    for (int token : d.tokenOrder)
                    {
                        if (std::find(d.placed.begin(), d.placed.end(), token) != d.placed.end())
                            continue;
                        if (m_gui->button("token-" + std::to_string(token + 1),
                                          body.tokens[std::size_t(token)].text, {ui::Look::Option}))
                            d.placed.push_back(token);
                    }
                    m_gui->endRow();
                }
            }
            else if constexpr (std::is_same_v<T, core::MatchPairs>)
            {
                m_gui->text(tr("lesson.match-hint"), {0.9f, false, theme.mutedText, false});
                for (std::size_t i = 0; i < body.pairs.size(); ++i)
                {
                    const int m = d.matches[i];
                    std::string label = target(body.pairs[i].left) + "   →   " +
                                        (m >= 0 ? instr(body.pairs[std::size_t(m)].right) : "…");
                    ui::Look look = ui::Look::Option;
                    if (answering)
                        look = d.selectedLeft == int(i) ? ui::Look::Selected : ui::Look::Option;
                    else
                        look = m == int(i) ? ui::Look::Right : ui::Look::Wrong;
                    if (m_gui->button("left-" + std::to_string(i + 1), label,
                                      {look, -1, 0, true, {}, -1}) &&
                        answering)
                    {
                        d.matches[i] = -1;
                        d.selectedLeft = int(i);
                    }
                }
                if (answering)
                {
                    m_gui->beginRow();
                    int shown = 0;
                    for (int r : d.rightOrder)
                    {
                        if (std::find(d.matches.begin(), d.matches.end(), r) != d.matches.end())
                            continue;
                        // Number keys pick the n-th meaning still left, as the labels show.
                        const bool byKey = ++shown == number;
                        if (m_gui->button("right-" + std::to_string(r + 1),
                                          std::to_string(shown) + "   " +
                                              instr(body.pairs[std::size_t(r)].right),
                                          {ui::Look::Option}) ||
                            byKey)
                        {
                            int left = d.selectedLeft;
                            if (left < 0 || d.matches[std::size_t(left)] >= 0)
                            {
                                left = -1;
                                for (std::size_t i = 0; i < d.matches.size() && left < 0; ++i)
                                    if (d.matches[i] < 0)
                                        left = int(i);
                            }
                            if (left >= 0)
                                d.matches[std::size_t(left)] = r;
                            d.selectedLeft = -1;
                            for (std::size_t i = 0; i < d.matches.size() && d.selectedLeft < 0; ++i)
                                if (d.matches[i] < 0)
                                    d.selectedLeft = int(i);
                        }
                    }
                    m_gui->endRow();
                }
            }
        },
        item.body);
    (void)given;
    if (!answering)
        buildFeedback(item);
}

void App::buildFeedback(const core::Item& item)
{
    const LessonRun& run = *m_run;
    if (!run.result)
        return;
    const core::GradeResult& r = *run.result;
    const ui::Theme& theme = m_gui->theme();
    const sf::Color colour = r.outcome == core::Outcome::Right    ? theme.right
                             : r.outcome == core::Outcome::Almost ? theme.almost
                                                                  : theme.wrong;
    m_gui->space(6);
    m_gui->beginCard(colour);
    const char* key = r.outcome == core::Outcome::Right    ? "feedback.right"
                      : r.outcome == core::Outcome::Almost ? "feedback.almost"
                                                           : "feedback.wrong";
    m_gui->text(tr(key), {1.4f, true, colour, false});
    if (r.outcome != core::Outcome::Right && !r.expected.empty())
        m_gui->text(tr("feedback.expected", {{"answer", r.expected}}),
                    {1.1f, true, std::nullopt, false});
    for (const auto& diff : r.differences)
    {
        static const char* kinds[] = {"diff.nordic-letter",  "diff.typo",        "diff.case",
                                      "diff.other-standard", "diff.mistake",     "diff.wrong-order",
                                      "diff.wrong-part",     "diff.missing-part"};
        const std::string k = kinds[int(diff.kind)];
        // The author's feedback says a mistake better; the marked options already show choices.
        const bool choice = std::holds_alternative<core::SingleChoice>(item.body) ||
                            std::holds_alternative<core::ListenChoose>(item.body) ||
                            std::holds_alternative<core::TrueFalse>(item.body);
        if (diff.kind == core::DifferenceKind::AnticipatedMistake ||
            (choice && (diff.kind == core::DifferenceKind::WrongPart ||
                        diff.kind == core::DifferenceKind::MissingPart)))
            continue;
        m_gui->text(tr(k, {{"expected", diff.expected},
                           {"given", diff.given},
                           {"part", double(diff.part + 1)}}),
                    {1.0f, false, std::nullopt, false});
    }
    const std::string feedback = instr(r.feedback);
    if (!feedback.empty())
        m_gui->text(feedback, {1.0f, false, std::nullopt, false});
    if (const auto* tf = std::get_if<core::TrueFalse>(&item.body); tf && !tf->explanation.empty())
        m_gui->text(instr(tf->explanation), {1.0f, false, theme.mutedText, false});
    if (!run.saved)
        m_gui->text(tr("feedback.not-saved"), {0.9f, true, theme.wrong, false});
    m_gui->endCard();
}

void App::buildLesson()
{
    if (!m_run || m_run->index < 0 || m_run->index >= int(m_run->steps.size()))
    {
        go(Screen::Library);
        return;
    }
    LessonRun& run = *m_run;
    const core::Step& step = *run.current().step;
    const std::string title = run.review ? tr("reviews.title") : instr(run.lesson->title);
    m_gui->headerTitle(title);
    if (m_gui->headerButton("close-lesson", tr("lesson.close"), false) ||
        m_gui->keyPressed(sf::Keyboard::Escape))
    {
        m_audio.stop();
        go(run.review || !m_course ? Screen::Library : Screen::CourseMap);
        m_run.reset();
        return;
    }
    m_gui->text(
        tr("lesson.step", {{"n", double(run.index + 1)}, {"count", double(run.steps.size())}}),
        {0.85f, false, m_gui->theme().mutedText, false});
    m_gui->progressBar(float(run.index + (run.phase == LessonRun::Phase::Feedback ? 1 : 0)) /
                           float(run.steps.size()),
                       10);
    m_gui->space(6);
    buildStepContent(step);
    if (!m_run)
        return;

    const core::Item* item = step.item();
    const bool enter = m_gui->keyPressed(sf::Keyboard::Enter);
    if (!item)
    {
        if (m_gui->footerButton("next", tr("lesson.next"), ui::Look::Primary) || enter)
            nextStep();
        return;
    }
    if (run.phase == LessonRun::Phase::Step)
    {
        const bool ready = run.draft.ready(*item);
        if (!ready)
            m_gui->footerText(tr("lesson.answer-first"), m_gui->theme().mutedText);
        if ((m_gui->footerButton("check", tr("lesson.check"),
                                 ready ? ui::Look::Primary : ui::Look::Secondary) ||
             enter) &&
            ready)
            checkAnswer();
        return;
    }
    const auto outcome = run.result->outcome;
    const bool canRetry = outcome == core::Outcome::Almost && !run.retried;
    const bool next = m_gui->footerButton("next", tr("lesson.next"),
                                          canRetry ? ui::Look::Secondary : ui::Look::Primary);
    const bool retry =
        canRetry && m_gui->footerButton("retry", tr("lesson.retry"), ui::Look::Primary);
    if (retry || (canRetry && enter))
    {
        run.phase = LessonRun::Phase::Step;
        run.retried = true;
        run.result.reset();
        run.stepStarted = std::chrono::steady_clock::now();
        return;
    }
    if (next || enter)
        nextStep();
}

void App::buildResults()
{
    if (!m_run)
    {
        go(Screen::Library);
        return;
    }
    LessonRun& run = *m_run;
    m_gui->headerTitle(run.review ? tr("reviews.title") : instr(run.lesson->title));
    const double score = std::round(run.score() * 100);
    m_gui->heading(run.review ? tr("results.reviews-done") : tr("results.title"));
    m_gui->text(tr("results.score", {{"score", score}}),
                {2.0f, true, m_gui->theme().accent, false});
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(
                             std::chrono::steady_clock::now() - run.started)
                             .count();
    m_gui->text(
        tr("results.time", {{"minutes", double(seconds / 60)}, {"seconds", double(seconds % 60)}}),
        {1.0f, false, m_gui->theme().mutedText, false});
    if (!run.mistakes.empty())
    {
        m_gui->text(tr("results.mistakes"), {1.1f, true, std::nullopt, false});
        for (const auto& e : run.steps)
            if (std::find(run.mistakes.begin(), run.mistakes.end(), e.step->id) !=
                run.mistakes.end())
                m_gui->text("• " + instr(e.step->item()->prompt),
                            {1.0f, false, std::nullopt, false});
        if (m_gui->button("review-mistakes", tr("results.review-now"), {ui::Look::Secondary}))
        {
            const auto mistakes = run.mistakes;
            startReviews(mistakes);
            return;
        }
    }
    else
        m_gui->text(tr("results.no-mistakes"), {1.0f, false, std::nullopt, false});
    if (m_gui->footerButton("done",
                            run.review || !m_course ? tr("nav.library") : tr("results.back"),
                            ui::Look::Primary) ||
        m_gui->keyPressed(sf::Keyboard::Enter) || m_gui->keyPressed(sf::Keyboard::Escape))
    {
        const bool toCourse = !run.review && m_course;
        m_run.reset();
        go(toCourse ? Screen::CourseMap : Screen::Library);
    }
}

} // namespace kompis::app
