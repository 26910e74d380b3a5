#include "core/review/Fsrs.hpp"

#include "core/util/UtcTime.hpp"

#include <algorithm>
#include <cmath>

namespace kompis::core::review
{
namespace
{
constexpr double kMinStability = 0.001;
constexpr double kSecondsPerDay = 86400.0;

int grade(Rating rating)
{
    return static_cast<int>(rating);
}
} // namespace

Fsrs::Fsrs(FsrsParameters parameters)
    : m_p(parameters)
{
}

double Fsrs::factor() const
{
    // Chosen so that R(S, S) = 0.9: stability is the interval at 90 % recall.
    return std::pow(0.9, 1.0 / decay()) - 1.0;
}

double Fsrs::forgettingCurve(double elapsedDays, double stability) const
{
    return std::pow(1.0 + factor() * elapsedDays / stability, decay());
}

int Fsrs::nextIntervalDays(double stability) const
{
    const double raw = stability / factor() * (std::pow(m_p.desiredRetention, 1.0 / decay()) - 1.0);
    const double rounded = std::round(raw);
    return static_cast<int>(std::clamp(rounded, 1.0, double(m_p.maximumIntervalDays)));
}

double Fsrs::initialStability(Rating rating) const
{
    return std::max(m_p.w[grade(rating) - 1], kMinStability);
}

double Fsrs::rawInitialDifficulty(Rating rating) const
{
    return m_p.w[4] - std::exp(m_p.w[5] * (grade(rating) - 1)) + 1.0;
}

double Fsrs::initialDifficulty(Rating rating) const
{
    return std::clamp(rawInitialDifficulty(rating), 1.0, 10.0);
}

double Fsrs::nextDifficulty(double difficulty, Rating rating) const
{
    const double delta = -m_p.w[6] * (grade(rating) - 3);
    // Linear damping: changes shrink as difficulty approaches 10.
    const double damped = difficulty + delta * (10.0 - difficulty) / 9.0;
    // Mean reversion towards the (unclamped) initial difficulty of an Easy first answer.
    const double target = rawInitialDifficulty(Rating::Easy);
    const double reverted = m_p.w[7] * target + (1.0 - m_p.w[7]) * damped;
    return std::clamp(reverted, 1.0, 10.0);
}

double Fsrs::recallStability(double difficulty, double stability, double r, Rating rating) const
{
    const double hardPenalty = rating == Rating::Hard ? m_p.w[15] : 1.0;
    const double easyBonus = rating == Rating::Easy ? m_p.w[16] : 1.0;
    const double increase = std::exp(m_p.w[8]) * (11.0 - difficulty) *
                            std::pow(stability, -m_p.w[9]) *
                            (std::exp(m_p.w[10] * (1.0 - r)) - 1.0) * hardPenalty * easyBonus;
    return stability * (1.0 + increase);
}

double Fsrs::forgetStability(double difficulty, double stability, double r) const
{
    const double longTerm = m_p.w[11] * std::pow(difficulty, -m_p.w[12]) *
                            (std::pow(stability + 1.0, m_p.w[13]) - 1.0) *
                            std::exp(m_p.w[14] * (1.0 - r));
    // A lapse may not leave the card more stable than a same-day Again would.
    const double ceiling = stability / std::exp(m_p.w[17] * m_p.w[18]);
    return std::min(longTerm, ceiling);
}

double Fsrs::shortTermStability(double stability, Rating rating) const
{
    double increase =
        std::exp(m_p.w[17] * (grade(rating) - 3 + m_p.w[18])) * std::pow(stability, -m_p.w[19]);
    // Hard or better on the same day never lowers stability (as ts-fsrs 5 and fsrs-rs do).
    if (grade(rating) >= 2)
        increase = std::max(increase, 1.0);
    return stability * increase;
}

double Fsrs::retrievability(const CardState& card, std::int64_t now) const
{
    if (card.reps == 0 || card.stability <= 0.0)
        return 1.0;
    const double days = std::max(0.0, double(now - card.lastReview) / kSecondsPerDay);
    return forgettingCurve(days, card.stability);
}

Fsrs::Memory Fsrs::nextMemory(const CardState& card, Rating rating, std::int64_t elapsedDays,
                              double r) const
{
    Memory next;
    if (elapsedDays == 0)
        next.stability = shortTermStability(card.stability, rating);
    else if (rating == Rating::Again)
        next.stability = forgetStability(card.difficulty, card.stability, r);
    else
        next.stability = recallStability(card.difficulty, card.stability, r, rating);
    next.stability = std::clamp(next.stability, kMinStability, double(m_p.maximumIntervalDays));
    next.difficulty = nextDifficulty(card.difficulty, rating);
    return next;
}

ReviewOutcome Fsrs::review(const CardState& card, Rating rating, std::int64_t now) const
{
    ReviewOutcome out;
    CardState next = card;
    if (card.reps == 0 || card.stability <= 0.0)
    {
        next.stability = std::min(initialStability(rating), double(m_p.maximumIntervalDays));
        next.difficulty = initialDifficulty(rating);
        out.retrievability = 1.0;
        out.intervalDays = nextIntervalDays(next.stability);
    }
    else
    {
        const auto elapsed = std::max<std::int64_t>(0, util::utcDayNumber(now) -
                                                           util::utcDayNumber(card.lastReview));
        const double r = forgettingCurve(double(elapsed), card.stability);
        out.retrievability = r;
        const Memory chosen = nextMemory(card, rating, elapsed, r);
        next.stability = chosen.stability;
        next.difficulty = chosen.difficulty;
        if (rating == Rating::Again)
        {
            out.intervalDays = nextIntervalDays(chosen.stability);
            ++next.lapses;
        }
        else
        {
            // Keep the answer buttons ordered: Hard ≤ Good < Easy, as the reference schedulers do.
            const auto interval = [&](Rating g)
            { return nextIntervalDays(nextMemory(card, g, elapsed, r).stability); };
            int hard = interval(Rating::Hard);
            int good = interval(Rating::Good);
            hard = std::min(hard, good);
            good = std::max(good, hard + 1);
            const int easy = std::max(interval(Rating::Easy), good + 1);
            out.intervalDays = rating == Rating::Hard ? hard : rating == Rating::Good ? good : easy;
            out.intervalDays = std::min(out.intervalDays, m_p.maximumIntervalDays);
        }
    }
    ++next.reps;
    next.lastReview = now;
    next.due = now + std::int64_t(out.intervalDays) * 86400;
    out.state = next;
    return out;
}

} // namespace kompis::core::review
