#include "core/text/Quotations.hpp"

#include <array>
#include <initializer_list>

namespace kompis::core::text
{
namespace
{

struct Marks
{
    std::string_view open;
    std::initializer_list<std::string_view> closers;
};

// The straight mark first: it is one byte, the others are two or three.
const std::array<Marks, 6> kMarks{{
    {"\"", {"\""}},
    {"\u201C", {"\u201D"}},           // “ ”
    {"\u201D", {"\u201D"}},           // ” ”
    {"\u201E", {"\u201C", "\u201D"}}, // „ “ and „ ”
    {"\u00AB", {"\u00BB"}},           // « »
    {"\u00BB", {"\u00BB", "\u00AB"}}, // » » and » «
}};

} // namespace

std::vector<Quotation> quotations(std::string_view utf8)
{
    std::vector<Quotation> found;
    std::size_t at = 0;
    while (at < utf8.size())
    {
        std::size_t next = at + 1;
        for (const Marks& marks : kMarks)
        {
            if (utf8.substr(at, marks.open.size()) != marks.open)
                continue;
            const std::size_t begin = at + marks.open.size();
            // The nearest of the closing marks this opening mark takes.
            std::size_t end = std::string_view::npos;
            std::size_t closeSize = 0;
            for (const std::string_view closer : marks.closers)
                if (const std::size_t hit = utf8.find(closer, begin); hit < end)
                {
                    end = hit;
                    closeSize = closer.size();
                }
            if (end != std::string_view::npos)
            {
                found.push_back({at, begin, end, end + closeSize});
                next = end + closeSize;
            }
            break;
        }
        at = next;
    }
    return found;
}

} // namespace kompis::core::text
