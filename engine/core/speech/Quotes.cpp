#include "core/speech/Quotes.hpp"

#include "core/text/Quotations.hpp"

namespace kompis::core::speech
{
namespace
{

bool blank(std::string_view text)
{
    return text.find_first_not_of(" \t\n.,:;!?-") == std::string_view::npos;
}

void add(std::vector<QuotedSpan>& spans, std::string_view text, bool quoted)
{
    if (!blank(text))
        spans.push_back({std::string(text), quoted});
}

} // namespace

std::vector<QuotedSpan> splitQuoted(std::string_view utf8)
{
    std::vector<QuotedSpan> spans;
    std::size_t from = 0; // start of the run not yet added
    for (const text::Quotation& quotation : text::quotations(utf8))
    {
        add(spans, utf8.substr(from, quotation.open - from), false);
        add(spans, utf8.substr(quotation.begin, quotation.end - quotation.begin), true);
        from = quotation.close;
    }
    add(spans, utf8.substr(from), false);
    return spans;
}

} // namespace kompis::core::speech
