// The lesson screen's answer widgets, one function per kind of item. While answering they edit
// the run's draft; after checking they show the draft against the right answer.
#include "app/Shell.hpp"
#include "app/screens/LessonScreen.hpp"
#include "core/session/ChoiceShuffle.hpp"

#include <algorithm>

namespace kompis::app
{

ui::Look LessonScreen::optionLook(bool picked, bool correct) const
{
    if (answering())
        return picked ? ui::Look::Selected : ui::Look::Option;
    if (correct)
        return ui::Look::Right;
    return picked ? ui::Look::Wrong : ui::Look::Option;
}

void LessonScreen::letterButtons()
{
    ui::Gui& gui = m_shell.gui();
    gui.beginRow(ui::Gui::RowOrder::LeftToRight);
    for (const char* letter : {"å", "ä", "ö", "æ", "ø", "é"})
        if (gui.button(std::string("letter-") + letter, letter,
                       {ui::Look::Quiet, 56, 0, false, {}, -1}))
            gui.insertText(letter);
    gui.endRow();
}

void LessonScreen::item(const core::Item& item, const std::string& itemId)
{
    ui::Gui& gui = m_shell.gui();
    const core::ShownText prompt = m_shell.instrWithLang(item.prompt);
    gui.text(prompt.text, ui::styles::prompt);
    // Said in the language of the text shown (English when the course has no Arabic for it).
    readAloudButton(m_shell, "read-prompt", {{prompt.text, prompt.lang}});
    const int number = answering() ? gui.numberPressed() : 0;
    std::visit(
        [&](const auto& body)
        {
            using T = std::decay_t<decltype(body)>;
            if constexpr (std::is_same_v<T, core::SingleChoice>)
                choiceList(body.options, false, number);
            else if constexpr (std::is_same_v<T, core::MultipleChoice>)
                choiceList(body.options, true, number);
            else if constexpr (std::is_same_v<T, core::ListenChoose>)
            {
                itemClip(body.audio, itemId, "");
                choiceList(body.options, false, number);
            }
            else if constexpr (std::is_same_v<T, core::TrueFalse>)
                trueFalse(body, number);
            else if constexpr (std::is_same_v<T, core::GapFill>)
                gapFill(body);
            else if constexpr (std::is_same_v<T, core::Dictation>)
                dictation(body, itemId);
            else if constexpr (std::is_same_v<T, core::WordOrder>)
                wordOrder(body, number);
            else if constexpr (std::is_same_v<T, core::MatchPairs>)
                matchPairs(body, number);
            else if constexpr (std::is_same_v<T, core::WriteTask>)
                writeTask(body, itemId);
            else if constexpr (std::is_same_v<T, core::SpeakAloud>)
                speakAloud(body, itemId);
        },
        item.body);
    if (!answering())
        feedback(item);
}

void LessonScreen::choiceList(const std::vector<core::ChoiceOption>& options, bool many, int number)
{
    ui::Gui& gui = m_shell.gui();
    AnswerDraft& d = m_run.draft();
    if (hasPictureOptions(options))
        return pictureOptions(options, many, number);
    if (many)
        gui.text(m_shell.tr("lesson.choose-all"), ui::styles::hint);
    // Shown in the learner's own order: the label and number key give the place on screen, the
    // button id and the answer the author's option, so a saved answer never depends on places.
    for (std::size_t place = 0; place < options.size(); ++place)
    {
        const int idx = place < d.optionOrder.size() ? d.optionOrder[place] : int(place);
        const auto i = std::size_t(idx);
        const bool picked = std::find(d.choices.begin(), d.choices.end(), idx) != d.choices.end();
        const std::string label = std::to_string(place + 1) + "   " + target(options[i].text);
        const bool hit = gui.button("option-" + std::to_string(i + 1), label,
                                    {optionLook(picked, options[i].correct), -1, 0, true, {}, -1});
        if (answering() && (hit || number == int(place) + 1))
            pickOption(idx, many);
    }
}

void LessonScreen::trueFalse(const core::TrueFalse& body, int number)
{
    ui::Gui& gui = m_shell.gui();
    AnswerDraft& d = m_run.draft();
    gui.text(target(body.statement), ui::styles::statement);
    gui.beginRow();
    for (int v = 0; v < 2; ++v)
    {
        const bool value = v == 0;
        const bool picked = d.truth && *d.truth == value;
        const std::string label =
            std::to_string(v + 1) + "   " + m_shell.tr(value ? "lesson.true" : "lesson.false");
        const bool hit =
            gui.button(value ? "answer-true" : "answer-false", label,
                       {optionLook(picked, body.answer == value), 260, 0, true, {}, -1});
        if (answering() && (hit || number == v + 1))
            d.truth = value;
    }
    gui.endRow();
}

void LessonScreen::gapFill(const core::GapFill& body)
{
    ui::Gui& gui = m_shell.gui();
    AnswerDraft& d = m_run.draft();
    std::string sentence;
    // While answering, numbered blanks; after checking, the sentence as the learner wrote it.
    for (const auto& seg : body.sentence)
    {
        const auto g = std::size_t(std::max(0, seg.gapIndex));
        if (seg.gapIndex < 0)
            sentence += seg.text;
        else if (answering() || g >= d.texts.size())
            sentence += " ___" + std::to_string(seg.gapIndex + 1) + "___ ";
        else
            sentence += "[" + (d.texts[g].empty() ? std::string("…") : d.texts[g]) + "]";
    }
    gui.text(sentence, ui::styles::statement);
    if (!answering())
        return;
    for (std::size_t g = 0; g < body.gaps.size(); ++g)
    {
        gui.text(m_shell.tr("lesson.gap", {{"n", double(g + 1)}}), ui::styles::caption);
        gui.textField("gap-" + std::to_string(g + 1), d.texts[g], 420);
    }
    if (!body.wordBank.empty())
        wordBank(body);
    letterButtons();
}

void LessonScreen::wordBank(const core::GapFill& body)
{
    ui::Gui& gui = m_shell.gui();
    AnswerDraft& d = m_run.draft();
    gui.text(m_shell.tr("lesson.bank"), ui::styles::hint);
    gui.beginRow(ui::Gui::RowOrder::LeftToRight);
    for (const auto& w : body.wordBank)
        if (gui.button("bank-" + w, w, {ui::Look::Option}))
        {
            // Fill the gap that has the focus, else the first empty one.
            std::size_t target = body.gaps.size();
            for (std::size_t g = 0; g < body.gaps.size(); ++g)
                if (gui.focusedId() == "gap-" + std::to_string(g + 1))
                    target = g;
            for (std::size_t g = 0; g < body.gaps.size() && target == body.gaps.size(); ++g)
                if (d.texts[g].empty())
                    target = g;
            if (target < body.gaps.size())
                d.texts[target] = w;
        }
    gui.endRow();
}

void LessonScreen::dictation(const core::Dictation& body, const std::string& itemId)
{
    ui::Gui& gui = m_shell.gui();
    AnswerDraft& d = m_run.draft();
    itemClip(body.audio, itemId, "answer");
    if (answering())
    {
        gui.textField("answer", d.texts[0]);
        letterButtons();
    }
    else if (!skipped())
        gui.text(d.texts[0], ui::styles::given);
}

void LessonScreen::wordOrder(const core::WordOrder& body, int number)
{
    ui::Gui& gui = m_shell.gui();
    AnswerDraft& d = m_run.draft();
    gui.text(m_shell.tr("lesson.your-sentence"), ui::styles::caption);
    gui.beginRow(ui::Gui::RowOrder::LeftToRight);
    if (d.placed.empty())
        gui.button("placed-none", m_shell.tr("lesson.tap-words"),
                   {ui::Look::Quiet, 0, 0, false, {}, -1});
    for (std::size_t k = 0; k < d.placed.size(); ++k)
    {
        const int token = d.placed[k];
        if (gui.button("placed-" + std::to_string(k + 1),
                       core::session::shownTokenText(body.tokens[std::size_t(token)]),
                       {answering() ? ui::Look::Selected : ui::Look::Option}) &&
            answering())
        {
            d.placed.erase(d.placed.begin() + long(k));
            break;
        }
    }
    gui.endRow();
    if (!answering())
        return;
    gui.text(m_shell.tr("lesson.words-left"), ui::styles::caption);
    gui.beginRow(ui::Gui::RowOrder::LeftToRight);
    auto placed = [&](int token)
    { return std::find(d.placed.begin(), d.placed.end(), token) != d.placed.end(); };
    // Number keys place the n-th word still left, so the keyboard is as quick as a mouse.
    int left = 0;
    for (int token : d.tokenOrder)
        if (!placed(token) && ++left == number)
        {
            d.placed.push_back(token);
            break;
        }
    for (int token : d.tokenOrder)
        if (!placed(token) &&
            gui.button("token-" + std::to_string(token + 1),
                       core::session::shownTokenText(body.tokens[std::size_t(token)]),
                       {ui::Look::Option}))
            d.placed.push_back(token);
    gui.endRow();
}

void LessonScreen::matchPairs(const core::MatchPairs& body, int number)
{
    ui::Gui& gui = m_shell.gui();
    AnswerDraft& d = m_run.draft();
    gui.text(m_shell.tr("lesson.match-hint"), ui::styles::hint);
    for (std::size_t i = 0; i < body.pairs.size(); ++i)
    {
        const int m = d.matches[i];
        std::string label = target(body.pairs[i].left) + "   →   " +
                            (m >= 0 ? m_shell.instr(body.pairs[std::size_t(m)].right) : "…");
        ui::Look look = ui::Look::Option;
        if (answering())
            look = d.selectedLeft == int(i) ? ui::Look::Selected : ui::Look::Option;
        else
            look = m == int(i) ? ui::Look::Right : ui::Look::Wrong;
        if (gui.button("left-" + std::to_string(i + 1), label, {look, -1, 0, true, {}, -1}) &&
            answering())
        {
            d.matches[i] = -1;
            d.selectedLeft = int(i);
        }
    }
    if (!answering())
        return;
    gui.beginRow();
    int shown = 0;
    for (int r : d.rightOrder)
    {
        if (std::find(d.matches.begin(), d.matches.end(), r) != d.matches.end())
            continue;
        // Number keys pick the n-th meaning still left, as the labels show.
        const bool byKey = ++shown == number;
        if (gui.button("right-" + std::to_string(r + 1),
                       std::to_string(shown) + "   " +
                           m_shell.instr(body.pairs[std::size_t(r)].right),
                       {ui::Look::Option}) ||
            byKey)
            pickMeaning(r);
    }
    gui.endRow();
}

void LessonScreen::pickMeaning(int right)
{
    AnswerDraft& d = m_run.draft();
    // The meaning goes to the left side selected, else to the first without one.
    int left = d.selectedLeft;
    if (left < 0 || d.matches[std::size_t(left)] >= 0)
    {
        left = -1;
        for (std::size_t i = 0; i < d.matches.size() && left < 0; ++i)
            if (d.matches[i] < 0)
                left = int(i);
    }
    if (left >= 0)
        d.matches[std::size_t(left)] = right;
    d.selectedLeft = -1;
    for (std::size_t i = 0; i < d.matches.size() && d.selectedLeft < 0; ++i)
        if (d.matches[i] < 0)
            d.selectedLeft = int(i);
}

} // namespace kompis::app
