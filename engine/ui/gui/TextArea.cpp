// The editing model of a text area, without a window: lines as drawn, caret moves between them,
// the length cap. The widget (TextAreaWidget.cpp) draws it through the toolkit's text calls.
#include "ui/gui/TextArea.hpp"

#include "core/text/Unicode.hpp"
#include "core/text/Utf8.hpp"

#include <algorithm>
#include <cmath>

namespace kompis::ui
{
namespace
{

void applyLetterEdit(AreaState& state, const TextEdit& edit)
{
    EditState letters{state.text, state.caret};
    applyEdits(letters, {edit});
    state.text = std::move(letters.text);
    state.caret = letters.caret;
    state.goalX.reset();
}

bool blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

std::string firstLetters(const std::string& utf8, std::size_t count)
{
    std::string out;
    for (const std::string& g : core::text::graphemes(utf8))
    {
        if (count-- == 0)
            break;
        out += g;
    }
    return out;
}

} // namespace

AreaLayout::AreaLayout(const std::string& text, const std::vector<std::string>& wrapped,
                       MeasureRun measure)
    : m_letters(core::text::graphemes(text))
    , m_measure(std::move(measure))
{
    // Byte offset of each letter, to turn the wrapped lines' byte ranges into letters.
    std::vector<std::size_t> starts;
    std::size_t at = 0;
    for (const std::string& g : m_letters)
    {
        starts.push_back(at);
        at += g.size();
    }
    const std::size_t size = at;
    const auto letterAt = [&](std::size_t byte)
    { return std::size_t(std::lower_bound(starts.begin(), starts.end(), byte) - starts.begin()); };
    // `graphemes` gives NFC letters; the wrapped lines are pieces of that same text.
    std::string normal;
    for (const std::string& g : m_letters)
        normal += g;
    std::size_t p = 0;
    bool closedByNewline = false;
    for (const std::string& line : wrapped)
    {
        // Spaces dropped at a soft break sit between the lines: skip to where this one starts.
        while (p < size && normal.compare(p, line.size(), line) != 0 &&
               (blank(normal[p]) || normal[p] == '\n'))
            ++p;
        if (normal.compare(p, line.size(), line) != 0)
            break; // not a piece of the text (a wrapper that reorders): the rest is one line
        const std::size_t begin = p;
        p += line.size();
        while (p < size && blank(normal[p]))
            ++p;
        closedByNewline = p < size && normal[p] == '\n';
        if (closedByNewline)
            ++p;
        m_lines.push_back({letterAt(begin), letterAt(p), line});
    }
    // The caret needs a line after a final `\n`, after spaces the wrapper dropped, and in an
    // empty text.
    if (m_lines.empty() || p < size || closedByNewline)
    {
        std::string rest = normal.substr(p);
        while (!rest.empty() && (blank(rest.back()) || rest.back() == '\n'))
            rest.pop_back();
        m_lines.push_back({letterAt(p), m_letters.size(), rest});
    }
    m_lines.back().end = m_letters.size();
}

float AreaLayout::width(std::size_t from, std::size_t to) const
{
    std::string run;
    for (std::size_t i = from; i < to && i < m_letters.size(); ++i)
        run += m_letters[i] == "\n" ? std::string() : m_letters[i];
    return run.empty() ? 0.0f : m_measure(run);
}

std::size_t AreaLayout::lineOf(std::size_t caret) const
{
    std::size_t line = 0;
    for (std::size_t i = 1; i < m_lines.size() && m_lines[i].begin <= caret; ++i)
        line = i;
    return line;
}

std::size_t AreaLayout::lineEnd(std::size_t line) const
{
    const AreaLine& l = m_lines.at(line);
    // The last line ends at the text's end; others before the space or `\n` that closes them,
    // since the position after it is drawn at the start of the next line.
    return line + 1 == m_lines.size() || l.end == l.begin ? l.end : l.end - 1;
}

float AreaLayout::caretX(std::size_t caret) const
{
    return width(m_lines[lineOf(caret)].begin, caret);
}

std::size_t AreaLayout::caretAt(std::size_t line, float x) const
{
    const std::size_t begin = m_lines.at(line).begin;
    const std::size_t last = lineEnd(line);
    std::size_t best = begin;
    float bestDistance = std::abs(x);
    std::string run;
    for (std::size_t i = begin; i < last; ++i)
    {
        run += m_letters[i];
        const float d = std::abs(m_measure(run) - x);
        if (d < bestDistance)
        {
            best = i + 1;
            bestDistance = d;
        }
    }
    return best;
}

std::string plainAreaText(std::string_view utf8)
{
    std::string out;
    for (std::size_t i = 0; i < utf8.size();)
    {
        const char32_t c = core::text::decodeUtf8(utf8, i);
        if (c == '\r')
        {
            out += '\n';
            if (i < utf8.size() && utf8[i] == '\n')
                ++i;
        }
        else if (c == '\t')
            out += ' ';
        else if (c == '\n' || (c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0)))
            core::text::appendUtf8(out, c);
    }
    return out;
}

void applyAreaEdits(AreaState& state, const std::vector<TextEdit>& edits,
                    const std::function<AreaLayout(const std::string&)>& layout,
                    std::size_t maxLetters)
{
    for (const TextEdit& edit : edits)
    {
        switch (edit.kind)
        {
        case TextEdit::Kind::Insert:
        {
            const std::size_t used = core::text::graphemeCount(state.text);
            const std::size_t room = maxLetters > used ? maxLetters - used : 0;
            const std::string plain = firstLetters(plainAreaText(edit.text), room);
            if (!plain.empty())
                applyLetterEdit(state, {TextEdit::Kind::Insert, plain});
            break;
        }
        case TextEdit::Kind::Home:
        case TextEdit::Kind::End:
        {
            const AreaLayout lines = layout(state.text);
            const std::size_t line = lines.lineOf(state.caret);
            state.caret =
                edit.kind == TextEdit::Kind::Home ? lines.lines()[line].begin : lines.lineEnd(line);
            state.goalX.reset();
            break;
        }
        case TextEdit::Kind::Up:
        case TextEdit::Kind::Down:
        {
            const AreaLayout lines = layout(state.text);
            const std::size_t line = lines.lineOf(state.caret);
            const bool up = edit.kind == TextEdit::Kind::Up;
            if (!state.goalX)
                state.goalX = lines.caretX(state.caret);
            // Past the first or last line the caret goes to the text's start or end.
            if (up && line == 0)
                state.caret = 0;
            else if (!up && line + 1 >= lines.lines().size())
                state.caret = core::text::graphemeCount(state.text);
            else
                state.caret = lines.caretAt(up ? line - 1 : line + 1, *state.goalX);
            break;
        }
        default: // Backspace, Delete, Left, Right: by letter, as in a one-line field
            applyLetterEdit(state, edit);
            break;
        }
    }
}

std::size_t scrolledTop(std::size_t top, std::size_t caretLine, std::size_t lines,
                        std::size_t visible)
{
    visible = std::max<std::size_t>(1, visible);
    top = std::min(top, lines > visible ? lines - visible : 0);
    if (caretLine < top)
        return caretLine;
    if (caretLine >= top + visible)
        return caretLine + 1 - visible;
    return top;
}

} // namespace kompis::ui
