#pragma once

#include "ui/gui/TextEdit.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kompis::ui
{

/// Width in pixels of a run of text, as the toolkit draws it (`Gui::measure`).
using MeasureRun = std::function<float(std::string_view)>;
/// The text's lines as the toolkit wraps it (`Gui::wrapped`): pieces of the text in order, with
/// the spaces at soft breaks and the `\n` of hard breaks left out.
using WrapLines = std::function<std::vector<std::string>(const std::string&)>;

/// One line of a text area as drawn: the letters (graphemes) `begin` up to `end` of the text,
/// `end` taking in the spaces and the `\n` that close it, so the lines tile the text.
struct AreaLine
{
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string shown; ///< what is drawn (the wrapped line)
};

/// Where the lines of a text area fall, and how caret positions map to lines and pixels. Made
/// from the toolkit's own wrapped lines, so a caret is placed where the letters are drawn.
class AreaLayout
{
public:
    AreaLayout(const std::string& text, const std::vector<std::string>& wrapped,
               MeasureRun measure);

    [[nodiscard]] const std::vector<AreaLine>& lines() const { return m_lines; }
    [[nodiscard]] std::size_t letterCount() const { return m_letters.size(); }
    /// The line the caret is drawn on: after a `\n` or at a soft break, the next line.
    [[nodiscard]] std::size_t lineOf(std::size_t caret) const;
    /// The caret's distance from the line's start, in pixels.
    [[nodiscard]] float caretX(std::size_t caret) const;
    /// The caret position on `line` nearest to `x` pixels from its start (clicks, Up, Down).
    [[nodiscard]] std::size_t caretAt(std::size_t line, float x) const;
    /// The furthest the caret goes on `line` (End): before its closing space or `\n`.
    [[nodiscard]] std::size_t lineEnd(std::size_t line) const;

private:
    std::vector<std::string> m_letters;
    std::vector<AreaLine> m_lines;
    MeasureRun m_measure;
    [[nodiscard]] float width(std::size_t from, std::size_t to) const;
};

/// The last layout made, kept while its key (text and width) stays the same: a frame without
/// typing lays nothing out again (a page of text costs about 1.6 ms per layout).
class AreaLayoutCache
{
public:
    const AreaLayout& get(const std::string& key, const std::function<AreaLayout()>& make)
    {
        if (!m_layout || key != m_key)
        {
            m_layout.emplace(make());
            m_key = key;
        }
        return *m_layout;
    }

private:
    std::string m_key;
    std::optional<AreaLayout> m_layout;
};

/// A text area's text and caret (in graphemes), and the column Up and Down aim for, kept while
/// the learner moves through short lines so the caret comes back to where it was.
struct AreaState
{
    std::string text;
    std::size_t caret = 0;
    std::optional<float> goalX;
};

/// Applies `edits` as a message box does: Insert (typed or pasted text, `\n` for Enter; CR LF
/// and CR become `\n`, other control characters are dropped), Backspace, Delete, Left and Right
/// by grapheme; Home and End to the start and end of the caret's line as drawn; Up and Down to
/// the line above or below. Text never grows past `maxLetters` graphemes: an insert that would is
/// cut to what fits. `layout` lays out the text as it is at the moment of a line move.
void applyAreaEdits(AreaState& state, const std::vector<TextEdit>& edits,
                    const std::function<AreaLayout(const std::string&)>& layout,
                    std::size_t maxLetters);

/// Text pasted or typed into a text area, made plain: line ends as `\n`, tabs as spaces, other
/// control characters gone.
[[nodiscard]] std::string plainAreaText(std::string_view utf8);

/// The first line to show so the caret's line stays in view when `visible` lines fit.
[[nodiscard]] std::size_t scrolledTop(std::size_t top, std::size_t caretLine, std::size_t lines,
                                      std::size_t visible);

} // namespace kompis::ui
