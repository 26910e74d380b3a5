#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace kompis::ui
{

/// One editing action on a text field, in the order the learner gave them.
struct TextEdit
{
    enum class Kind
    {
        Insert,    ///< `text` goes in at the caret
        Backspace, ///< the letter before the caret goes
        Delete,    ///< the letter after the caret goes
        Left,
        Right,
        Home,
        End,
        Up,   ///< a text area: the line above (a one-line field ignores it)
        Down, ///< a text area: the line below
    };
    Kind kind = Kind::Insert;
    std::string text;
};

/// A field's text and where the caret is, counted in graphemes (letters as people see them:
/// `å` written as a + ring is one), so the caret never lands inside a letter.
struct EditState
{
    std::string text;
    std::size_t caret = 0;
};

/// Applies `edits` in order. Text stays NFC; the caret stays inside the text (Left at the start
/// and Right at the end do nothing, so arrow keys never leave the field).
void applyEdits(EditState& state, const std::vector<TextEdit>& edits);

} // namespace kompis::ui
