#pragma once

#include <array>
#include <cstdint>

namespace kompis::core::review
{

/// The four FSRS grades; the numeric values are the ones review logs use (1–4).
enum class Rating
{
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
};

/// FSRS-6 weights w0..w20 and scheduling limits; the defaults are the published FSRS-6 defaults.
struct FsrsParameters
{
    std::array<double, 21> w{0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
                             0.001,  1.8722, 0.1666, 0.796,  1.4835, 0.0614, 0.2629,
                             1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
    double desiredRetention = 0.9;
    int maximumIntervalDays = 36500;
};

/// Memory state of one card. Times are Unix seconds (UTC). A card with reps == 0 is new.
struct CardState
{
    double stability = 0.0;
    double difficulty = 0.0;
    std::int64_t lastReview = 0;
    std::int64_t due = 0;
    int reps = 0;
    int lapses = 0;
};

/// A review's outcome: the new state and the retrievability the card had when it was reviewed.
struct ReviewOutcome
{
    CardState state;
    double retrievability = 1.0;
    int intervalDays = 0;
};

/// FSRS-6 long-term scheduler without fuzz or learning steps, so replays are deterministic.
class Fsrs
{
public:
    explicit Fsrs(FsrsParameters parameters = {});

    /// Applies one review at `now`. Elapsed time counts whole UTC calendar days, as the reference
    /// implementations do; a review on the same day uses the short-term stability formula.
    /// Intervals of a reviewed card keep Hard ≤ Good < Easy (ts-fsrs does the same).
    [[nodiscard]] ReviewOutcome review(const CardState& card, Rating rating,
                                       std::int64_t now) const;

    /// Probability of recall at `now`, using fractional days (1 for a new card).
    [[nodiscard]] double retrievability(const CardState& card, std::int64_t now) const;

    /// The forgetting curve R(t, S) = (1 + factor·t/S)^decay with decay = −w20.
    [[nodiscard]] double forgettingCurve(double elapsedDays, double stability) const;

    /// Days until retrievability falls to the desired retention, rounded, within [1, maximum].
    [[nodiscard]] int nextIntervalDays(double stability) const;

    [[nodiscard]] double initialStability(Rating rating) const;
    [[nodiscard]] double initialDifficulty(Rating rating) const;
    [[nodiscard]] double nextDifficulty(double difficulty, Rating rating) const;
    [[nodiscard]] double recallStability(double difficulty, double stability, double r,
                                         Rating rating) const;
    [[nodiscard]] double forgetStability(double difficulty, double stability, double r) const;
    [[nodiscard]] double shortTermStability(double stability, Rating rating) const;

    [[nodiscard]] const FsrsParameters& parameters() const { return m_p; }

private:
    struct Memory
    {
        double stability = 0.0;
        double difficulty = 0.0;
    };
    [[nodiscard]] Memory nextMemory(const CardState& card, Rating rating, std::int64_t elapsedDays,
                                    double r) const;
    [[nodiscard]] double rawInitialDifficulty(Rating rating) const;
    [[nodiscard]] double decay() const { return -m_p.w[20]; }
    [[nodiscard]] double factor() const;

    FsrsParameters m_p;
};

} // namespace kompis::core::review
