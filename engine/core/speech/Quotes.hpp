#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kompis::core::speech
{

/// A run of a sentence to be spoken: inside quotation marks or not.
struct QuotedSpan
{
    std::string text;
    bool quoted = false;
};

/// Splits an instruction or feedback at its quotation marks (see `text::quotations`).
/// In a language course's feedback the quoted words are the language being learnt ('"Var"
/// means where'), which the interface language's voice would mispronounce: the caller gives
/// quoted spans the course's voice. The marks are dropped, blank runs left out; an opening
/// mark without its closing one quotes nothing.
[[nodiscard]] std::vector<QuotedSpan> splitQuoted(std::string_view utf8);

} // namespace kompis::core::speech
