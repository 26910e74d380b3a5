#include "core/session/ChoiceShuffle.hpp"

#include "core/text/Unicode.hpp"

#include <numeric>

namespace kompis::core::session
{
namespace
{

/// SplitMix64 (Steele, Lea and Flood): small, well mixed, and fully specified.
class SplitMix64
{
public:
    explicit SplitMix64(std::uint64_t seed)
        : m_state(seed)
    {
    }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    /// Uniform in 0…bound-1 (bound > 0), without the bias of a bare modulo.
    std::uint64_t below(std::uint64_t bound)
    {
        const std::uint64_t limit = ~std::uint64_t(0) - (~std::uint64_t(0) % bound);
        std::uint64_t value = next();
        while (value >= limit)
            value = next();
        return value % bound;
    }

private:
    std::uint64_t m_state;
};

std::size_t optionCount(const Item& item)
{
    if (const auto* single = std::get_if<SingleChoice>(&item.body))
        return single->options.size();
    if (const auto* multiple = std::get_if<MultipleChoice>(&item.body))
        return multiple->options.size();
    if (const auto* listen = std::get_if<ListenChoose>(&item.body))
        return listen->options.size();
    return 0;
}

} // namespace

std::uint64_t stableHash(std::string_view text)
{
    std::uint64_t hash = 0xCBF29CE484222325ULL;
    for (const char c : text)
    {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001B3ULL;
    }
    return hash;
}

std::vector<int> seededPermutation(int n, std::string_view seed)
{
    std::vector<int> order(std::size_t(std::max(0, n)));
    std::iota(order.begin(), order.end(), 0);
    SplitMix64 random(stableHash(seed));
    for (std::size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[random.below(i)]);
    return order;
}

std::string shuffleSeed(std::string_view learner, std::string_view itemId)
{
    // A separator that appears in neither, so ("ab", "c") and ("a", "bc") differ.
    std::string seed(learner);
    seed += '\x1F';
    seed += itemId;
    return seed;
}

std::string learnerKey(std::string_view uuid, std::int64_t id)
{
    return uuid.empty() ? "learner-" + std::to_string(id) : std::string(uuid);
}

std::vector<int> shownOptionOrder(const Item& item, std::string_view seed)
{
    const int count = int(optionCount(item));
    if (!item.shuffle)
    {
        std::vector<int> written(std::size_t(count), 0);
        std::iota(written.begin(), written.end(), 0);
        return written;
    }
    return seededPermutation(count, seed);
}

std::string shownTokenText(const WordToken& token)
{
    // Two capitals in a row make an abbreviation (NAV, CV:n), written so everywhere.
    if (token.keepCapital || text::leadingCapitals(token.text) != 1)
        return token.text;
    // Swedish and Norwegian lower-case letters alike; the root locale is right for both.
    return text::lowerFirst(token.text, "");
}

} // namespace kompis::core::session
