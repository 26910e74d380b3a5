#include "ui/gui/TextEdit.hpp"

#include "core/text/Unicode.hpp"

#include <algorithm>

namespace kompis::ui
{
namespace
{

std::string join(const std::vector<std::string>& letters, std::size_t from, std::size_t to)
{
    std::string out;
    for (std::size_t i = from; i < to; ++i)
        out += letters[i];
    return out;
}

void apply(EditState& state, const TextEdit& edit)
{
    auto letters = core::text::graphemes(state.text);
    const std::size_t count = letters.size();
    std::size_t& caret = state.caret;
    caret = std::min(caret, count);
    switch (edit.kind)
    {
    case TextEdit::Kind::Insert:
    {
        // A combining mark typed after a letter joins it: the caret counts the joined letter once.
        const std::string before = core::text::nfc(join(letters, 0, caret) + edit.text);
        state.text = core::text::nfc(before + join(letters, caret, count));
        caret = core::text::graphemeCount(before);
        break;
    }
    case TextEdit::Kind::Backspace:
        if (caret > 0)
        {
            letters.erase(letters.begin() + long(caret - 1));
            --caret;
            state.text = join(letters, 0, letters.size());
        }
        break;
    case TextEdit::Kind::Delete:
        if (caret < count)
        {
            letters.erase(letters.begin() + long(caret));
            state.text = join(letters, 0, letters.size());
        }
        break;
    case TextEdit::Kind::Left:
        caret -= caret > 0 ? 1 : 0;
        break;
    case TextEdit::Kind::Right:
        caret += caret < count ? 1 : 0;
        break;
    case TextEdit::Kind::Home:
        caret = 0;
        break;
    case TextEdit::Kind::End:
        caret = count;
        break;
    case TextEdit::Kind::Up: // one line: nowhere to go
    case TextEdit::Kind::Down:
        break;
    }
}

} // namespace

void applyEdits(EditState& state, const std::vector<TextEdit>& edits)
{
    for (const TextEdit& edit : edits)
        apply(state, edit);
}

} // namespace kompis::ui
