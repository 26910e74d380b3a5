#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kompis::core::text
{

/// A place where a line may end: the byte offset where the next line would start, and whether
/// the line must end there (after a newline or paragraph separator).
struct LineBreak
{
    std::size_t offset = 0;
    bool mandatory = false;

    bool operator==(const LineBreak&) const = default;
};

/// Every line break opportunity of `utf8` (ICU's line breaker for `locale`, the rules of UAX
/// #14), in order. The end of the text is always the last entry; offset 0 never is one.
std::vector<LineBreak> lineBreaks(std::string_view utf8, const std::string& locale);

/// Byte offsets between extended grapheme clusters (letters as people see them), from 0 to the
/// text's length inclusive. A Persian zero-width non-joiner belongs to the letter before it.
std::vector<std::size_t> graphemeBoundaries(std::string_view utf8);

} // namespace kompis::core::text
