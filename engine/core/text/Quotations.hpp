#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace kompis::core::text
{

/// A quotation in a text, by byte offsets: the opening mark is [open, begin), the quoted text
/// [begin, end), the closing mark [end, close).
struct Quotation
{
    std::size_t open = 0;
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t close = 0;
};

/// The quotations of a text, left to right, in every style the courses' languages write:
/// "…", “…”, ”…” (Swedish, Finnish), „…“ and „…”, «…», »…» and »…« (Swedish, Danish). An opening
/// mark that is never closed quotes nothing.
[[nodiscard]] std::vector<Quotation> quotations(std::string_view utf8);

} // namespace kompis::core::text
