#include "core/text/Bidi.hpp"

#include <unicode/ubidi.h>
#include <unicode/utf16.h>

namespace kompis::core::text
{

void BidiParagraph::Closer::operator()(UBiDi* bidi) const
{
    ubidi_close(bidi);
}

BidiParagraph::BidiParagraph(std::string_view utf8, Direction base)
    : m_text(utf8)
    , m_paragraph(ubidi_open())
{
    UBiDiLevel level = UBIDI_DEFAULT_LTR;
    if (base == Direction::LeftToRight)
        level = 0;
    else if (base == Direction::RightToLeft)
        level = 1;
    UErrorCode status = U_ZERO_ERROR;
    ubidi_setPara(m_paragraph.get(), reinterpret_cast<const UChar*>(m_text.data()), m_text.length(),
                  level, nullptr, &status);
    if (U_FAILURE(status))
    {
        // Only allocation can fail here; an empty paragraph keeps every query well defined.
        status = U_ZERO_ERROR;
        ubidi_setPara(m_paragraph.get(), u"", 0, 0, nullptr, &status);
    }
}

BidiParagraph::~BidiParagraph() = default;

bool BidiParagraph::rightToLeft() const
{
    return (paragraphLevel() & 1) != 0;
}

std::uint8_t BidiParagraph::paragraphLevel() const
{
    return ubidi_getParaLevel(m_paragraph.get());
}

bool BidiParagraph::mixed() const
{
    return ubidi_getDirection(m_paragraph.get()) != UBIDI_LTR;
}

BidiParagraph::Handle BidiParagraph::lineOf(std::size_t begin, std::size_t end) const
{
    const std::int32_t from = m_text.unitAt(begin);
    const std::int32_t to = m_text.unitAt(end);
    if (from == 0 && to == m_text.length())
        return nullptr;
    Handle line(ubidi_open());
    UErrorCode status = U_ZERO_ERROR;
    ubidi_setLine(m_paragraph.get(), from, to, line.get(), &status);
    if (U_FAILURE(status))
        return nullptr;
    return line;
}

std::vector<std::uint8_t> BidiParagraph::lineLevels(std::size_t begin, std::size_t end) const
{
    const Handle line = lineOf(begin, end);
    UBiDi* bidi = line ? line.get() : m_paragraph.get();
    const std::int32_t offset = line ? m_text.unitAt(begin) : 0;
    UErrorCode status = U_ZERO_ERROR;
    const UBiDiLevel* levels = ubidi_getLevels(bidi, &status);
    const std::int32_t length = ubidi_getLength(bidi);
    std::vector<std::uint8_t> result;
    if (U_FAILURE(status))
        return result;
    for (std::int32_t i = 0; i < length; ++i)
    {
        // A trail surrogate is the second half of a code point already counted.
        if (U16_IS_TRAIL(m_text.data()[offset + i]) && i > 0 &&
            U16_IS_LEAD(m_text.data()[offset + i - 1]))
            continue;
        result.push_back(levels[i]);
    }
    return result;
}

std::vector<VisualRun> BidiParagraph::runsOf(UBiDi* bidi, std::int32_t unitOffset) const
{
    UErrorCode status = U_ZERO_ERROR;
    const std::int32_t count = ubidi_countRuns(bidi, &status);
    std::vector<VisualRun> runs;
    if (U_FAILURE(status))
        return runs;
    runs.reserve(static_cast<std::size_t>(count));
    for (std::int32_t i = 0; i < count; ++i)
    {
        std::int32_t start = 0;
        std::int32_t length = 0;
        ubidi_getVisualRun(bidi, i, &start, &length);
        const UBiDiLevel level = ubidi_getLevelAt(bidi, start);
        runs.push_back(
            {m_text.byteAt(unitOffset + start), m_text.byteAt(unitOffset + start + length), level});
    }
    return runs;
}

std::vector<VisualRun> BidiParagraph::visualRuns(std::size_t begin, std::size_t end) const
{
    if (begin >= end)
        return {};
    const Handle line = lineOf(begin, end);
    if (line)
        return runsOf(line.get(), m_text.unitAt(begin));
    return runsOf(m_paragraph.get(), 0);
}

std::vector<std::size_t> BidiParagraph::visualOrder(std::size_t begin, std::size_t end) const
{
    std::vector<std::size_t> order;
    for (const VisualRun& run : visualRuns(begin, end))
    {
        std::vector<std::size_t> starts;
        for (std::int32_t unit = m_text.unitAt(run.begin); unit < m_text.unitAt(run.end);)
        {
            starts.push_back(m_text.byteAt(unit));
            U16_FWD_1(m_text.data(), unit, m_text.length());
        }
        if (run.rightToLeft())
            order.insert(order.end(), starts.rbegin(), starts.rend());
        else
            order.insert(order.end(), starts.begin(), starts.end());
    }
    return order;
}

} // namespace kompis::core::text
