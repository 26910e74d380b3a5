#include "core/review/Fsrs.hpp"

#include "core/util/UtcTime.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

using namespace kompis::core::review;
using namespace kompis::core::util;

namespace
{
const std::int64_t kDay0 = unixFromCivil(2026, 1, 1) + 10 * 3600;

std::int64_t day(int n, int hour = 10)
{
    return kDay0 + std::int64_t(n) * 86400 + std::int64_t(hour - 10) * 3600;
}
} // namespace

TEST_CASE("a first review takes stability w[rating-1] and the initial difficulty formula")
{
    const Fsrs fsrs;
    const auto& w = fsrs.parameters().w;
    for (int g = 1; g <= 4; ++g)
    {
        const auto out = fsrs.review(CardState{}, Rating(g), day(0));
        CHECK(out.state.stability == Approx(w[g - 1]));
        // D0(G) = w4 − e^(w5·(G−1)) + 1, clamped to [1, 10].
        const double d0 = std::clamp(w[4] - std::exp(w[5] * (g - 1)) + 1.0, 1.0, 10.0);
        CHECK(out.state.difficulty == Approx(d0));
        CHECK(out.retrievability == 1.0);
        CHECK(out.state.reps == 1);
    }
    // Hand-computed: D0(Again) = w4 = 6.4133, D0(Hard) = 5.112171, D0(Good) = 2.118104, Easy → 1.
    CHECK(fsrs.initialDifficulty(Rating::Again) == Approx(6.4133));
    CHECK(fsrs.initialDifficulty(Rating::Hard) == Approx(5.112171).epsilon(1e-6));
    CHECK(fsrs.initialDifficulty(Rating::Good) == Approx(2.118104).epsilon(1e-6));
    CHECK(fsrs.initialDifficulty(Rating::Easy) == 1.0);
}

TEST_CASE("retrievability is exactly the desired retention after stability days")
{
    const Fsrs fsrs;
    for (double s : {0.5, 2.3065, 13.8, 400.0})
        CHECK(fsrs.forgettingCurve(s, s) == Approx(0.9).epsilon(1e-12));
    CHECK(fsrs.forgettingCurve(0.0, 5.0) == 1.0);
    CHECK(fsrs.nextIntervalDays(13.826904) == 14);
    CHECK(fsrs.nextIntervalDays(0.2) == 1);
    CHECK(fsrs.nextIntervalDays(1e9) == 36500);
}

TEST_CASE("a review sequence matches values computed by hand from the FSRS-6 formulas")
{
    // Expected values from an independent evaluation of the published FSRS-6 formulas:
    // day 0 Good, day 3 Good, day 20 Again, day 20 Hard (same day: short-term stability, not
    // below S for Hard or better), day 25 Easy. Intervals keep Hard ≤ Good < Easy.
    struct Expected
    {
        int day;
        Rating rating;
        double s, d, r;
        int interval;
    };
    const Expected steps[] = {
        {0, Rating::Good, 2.306500, 2.118104, 1.0, 2},
        {3, Rating::Good, 13.826904, 2.111214, 0.880948, 14},
        {20, Rating::Again, 1.766526, 7.392238, 0.885190, 2},
        {20, Rating::Hard, 1.766526, 8.254075, 1.0, 2},
        {25, Rating::Easy, 10.302148, 7.655896, 0.814785, 10},
    };
    const Fsrs fsrs;
    CardState card;
    for (const auto& e : steps)
    {
        INFO("day " << e.day);
        const auto out = fsrs.review(card, e.rating, day(e.day));
        CHECK(out.state.stability == Approx(e.s).epsilon(2e-6));
        CHECK(out.state.difficulty == Approx(e.d).epsilon(2e-6));
        CHECK(out.retrievability == Approx(e.r).epsilon(2e-6));
        CHECK(out.intervalDays == e.interval);
        CHECK(out.state.due == day(e.day) + std::int64_t(e.interval) * 86400);
        card = out.state;
    }
    CHECK(card.reps == 5);
    CHECK(card.lapses == 1);
}

TEST_CASE("elapsed days count UTC calendar days, not 24-hour periods")
{
    const Fsrs fsrs;
    const auto first = fsrs.review(CardState{}, Rating::Good, day(0, 23));
    // One hour later but on the next UTC day: long-term formula with t = 1.
    const auto next = fsrs.review(first.state, Rating::Good, day(1, 0));
    CHECK(next.retrievability == Approx(fsrs.forgettingCurve(1.0, 2.3065)));
    CHECK(next.retrievability < 1.0);
    // Twelve hours later on the same day: short-term formula, R at t = 0 is 1.
    const auto firstMorning = fsrs.review(CardState{}, Rating::Good, day(0, 1));
    const auto sameDay = fsrs.review(firstMorning.state, Rating::Good, day(0, 13));
    CHECK(sameDay.retrievability == 1.0);
    CHECK(sameDay.state.stability == Approx(fsrs.shortTermStability(2.3065, Rating::Good)));
}

TEST_CASE("a same-day Hard, Good or Easy never lowers stability, a same-day Again does")
{
    const Fsrs fsrs;
    for (double s : {0.1, 1.0, 50.0, 3000.0})
    {
        CHECK(fsrs.shortTermStability(s, Rating::Hard) >= s);
        CHECK(fsrs.shortTermStability(s, Rating::Good) >= s);
        CHECK(fsrs.shortTermStability(s, Rating::Easy) >= s);
        CHECK(fsrs.shortTermStability(s, Rating::Again) < s);
    }
}

TEST_CASE("retrievability of a card falls with time and is 1 for a new card")
{
    const Fsrs fsrs;
    CHECK(fsrs.retrievability(CardState{}, day(5)) == 1.0);
    const auto card = fsrs.review(CardState{}, Rating::Good, day(0)).state;
    const double r1 = fsrs.retrievability(card, day(1));
    const double r10 = fsrs.retrievability(card, day(10));
    CHECK(r1 < 1.0);
    CHECK(r10 < r1);
    CHECK(fsrs.retrievability(card, day(0) + std::int64_t(2.3065 * 86400)) ==
          Approx(0.9).epsilon(1e-6));
}

TEST_CASE("a mixed review log replays exactly as the ts-fsrs reference scheduler did")
{
    std::ifstream in(KOMPIS_SOURCE_DIR "/tests/core/review/data/ts-fsrs-5.4.2-replay.csv");
    REQUIRE(in);
    std::string line;
    std::getline(in, line);
    REQUIRE(line == "card,timestamp,rating,stability,difficulty,retrievability,due");
    const Fsrs fsrs;
    std::map<std::string, CardState> cards;
    int rows = 0;
    while (std::getline(in, line))
    {
        std::vector<std::string> f;
        std::stringstream fields(line);
        for (std::string part; std::getline(fields, part, ',');)
            f.push_back(part);
        REQUIRE(f.size() == 7);
        INFO("row " << rows + 1 << ": " << line);
        const auto now = parseIsoUtc(f[1]);
        REQUIRE(now);
        const auto out = fsrs.review(cards[f[0]], Rating(std::stoi(f[2])), *now);
        // ts-fsrs rounds S and D to 8 decimals at every step: compare to about 1e-7.
        CHECK(out.state.stability == Approx(std::stod(f[3])).epsilon(1e-7));
        CHECK(out.state.difficulty == Approx(std::stod(f[4])).epsilon(1e-7));
        CHECK(out.retrievability == Approx(std::stod(f[5])).epsilon(1e-7));
        CHECK(formatIsoUtc(out.state.due) == f[6]);
        cards[f[0]] = out.state;
        ++rows;
    }
    CHECK(rows == 80);
}
