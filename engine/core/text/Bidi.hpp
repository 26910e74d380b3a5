#pragma once

#include "core/text/Utf16Text.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

struct UBiDi;

namespace kompis::core::text
{

/// The base direction of a paragraph; `Auto` takes it from the first strong letter (rules P2–P3)
/// and falls back to left to right.
enum class Direction
{
    LeftToRight,
    RightToLeft,
    Auto,
};

/// A stretch of a line with one embedding level: bytes [begin, end) of the paragraph's text.
struct VisualRun
{
    std::size_t begin = 0;
    std::size_t end = 0;
    std::uint8_t level = 0;

    [[nodiscard]] bool rightToLeft() const { return (level & 1) != 0; }
    bool operator==(const VisualRun&) const = default;
};

/// The Unicode Bidirectional Algorithm (ICU's ubidi) over one paragraph of UTF-8 text: resolved
/// levels, and the runs of any line of it in visual order. Offsets are bytes of the text.
/// Not movable: ICU keeps a pointer to the converted text.
class BidiParagraph
{
public:
    BidiParagraph(std::string_view utf8, Direction base);
    ~BidiParagraph();
    BidiParagraph(const BidiParagraph&) = delete;
    BidiParagraph& operator=(const BidiParagraph&) = delete;

    /// Whether the paragraph (its first paragraph, if the text holds several) runs right to left.
    [[nodiscard]] bool rightToLeft() const;
    [[nodiscard]] std::uint8_t paragraphLevel() const;
    /// Whether the text needs any reordering at all (false for pure left-to-right text).
    [[nodiscard]] bool mixed() const;
    /// Resolved levels of each code point of the line [begin, end), after rule L1 (trailing
    /// whitespace takes the paragraph level).
    [[nodiscard]] std::vector<std::uint8_t> lineLevels(std::size_t begin, std::size_t end) const;
    /// The level runs of the line [begin, end), left to right on screen.
    [[nodiscard]] std::vector<VisualRun> visualRuns(std::size_t begin, std::size_t end) const;
    /// The byte offsets of the line's code points, left to right on screen.
    [[nodiscard]] std::vector<std::size_t> visualOrder(std::size_t begin, std::size_t end) const;

private:
    struct Closer
    {
        void operator()(UBiDi* bidi) const;
    };
    using Handle = std::unique_ptr<UBiDi, Closer>;

    /// A line object for [begin, end), or none when the whole text is asked for (the paragraph
    /// object itself then answers, which also works across paragraph separators).
    [[nodiscard]] Handle lineOf(std::size_t begin, std::size_t end) const;
    [[nodiscard]] std::vector<VisualRun> runsOf(UBiDi* bidi, std::int32_t unitOffset) const;

    Utf16Text m_text;
    Handle m_paragraph;
};

} // namespace kompis::core::text
