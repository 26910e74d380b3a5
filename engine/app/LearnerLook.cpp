#include "app/LearnerLook.hpp"

#include "core/store/PinHash.hpp"
#include "core/text/Unicode.hpp"

#include <algorithm>
#include <cstdlib>

namespace kompis::app
{

const std::vector<std::string>& learnerPalette()
{
    // Dark enough for white text and apart in hue, also for the common colour blindnesses.
    static const std::vector<std::string> palette{"#1f6f8b", "#b5482f", "#5b7f1f", "#7a4a9e",
                                                  "#a36b00", "#2f5fb5", "#8b1f5c", "#2f7d6b"};
    return palette;
}

std::string pickLearnerColour(const std::vector<core::store::LearnerProfile>& existing)
{
    const auto& palette = learnerPalette();
    std::string best = palette.front();
    long fewest = -1;
    for (const auto& colour : palette)
    {
        const long uses = std::count_if(existing.begin(), existing.end(),
                                        [&](const auto& l) { return l.colour == colour; });
        if (fewest < 0 || uses < fewest)
            best = colour, fewest = uses;
    }
    return best;
}

bool parseColour(const std::string& hex, std::uint8_t rgb[3])
{
    if (hex.size() != 7 || hex[0] != '#' ||
        hex.find_first_not_of("0123456789abcdefABCDEF", 1) != std::string::npos)
        return false;
    for (int i = 0; i < 3; ++i)
        rgb[i] = std::uint8_t(std::strtol(hex.substr(1 + 2 * i, 2).c_str(), nullptr, 16));
    return true;
}

std::string pinDigits(const std::string& typed)
{
    std::string digits;
    for (const char c : typed)
        if (c >= '0' && c <= '9' && digits.size() < core::store::kPinMaxDigits)
            digits += c;
    return digits;
}

std::map<std::int64_t, int>
namesakeNumbers(const std::vector<core::store::LearnerProfile>& learners)
{
    std::map<std::string, std::vector<const core::store::LearnerProfile*>> byName;
    for (const auto& l : learners)
        byName[core::text::foldCase(l.displayName)].push_back(&l);
    std::map<std::int64_t, int> numbers;
    for (auto& [name, group] : byName)
    {
        if (group.size() < 2)
            continue;
        std::sort(group.begin(), group.end(),
                  [](const auto* a, const auto* b) {
                      return a->createdAt != b->createdAt ? a->createdAt < b->createdAt
                                                          : a->id < b->id;
                  });
        for (std::size_t i = 0; i < group.size(); ++i)
            numbers[group[i]->id] = int(i + 1);
    }
    return numbers;
}

} // namespace kompis::app
