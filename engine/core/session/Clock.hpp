#pragma once

#include <chrono>
#include <cstdint>

namespace kompis::core::session
{

/// Where the session rules read the time: wall-clock seconds for what is stored, and a steady
/// millisecond count for how long an answer took. Injected, so no rule calls `now()` itself and
/// tests move time by hand.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Unix seconds (UTC), stored with answers and progress.
    [[nodiscard]] virtual std::int64_t unixSeconds() const = 0;
    /// Milliseconds from an arbitrary start that never go backwards; only for durations.
    [[nodiscard]] virtual std::int64_t steadyMs() const = 0;
};

/// The computer's clocks.
class SystemClock final : public Clock
{
public:
    [[nodiscard]] std::int64_t unixSeconds() const override;
    [[nodiscard]] std::int64_t steadyMs() const override;
};

/// A clock that moves only when told to: for tests, and for scripted runs that must not depend
/// on how fast the machine is.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(std::int64_t unixSeconds = 1'800'000'000)
        : m_unixMs(unixSeconds * 1000)
    {
    }
    [[nodiscard]] std::int64_t unixSeconds() const override { return m_unixMs / 1000; }
    [[nodiscard]] std::int64_t steadyMs() const override { return m_steadyMs; }
    /// Moves both clocks forward.
    void advance(std::chrono::milliseconds by)
    {
        m_unixMs += by.count();
        m_steadyMs += by.count();
    }

private:
    std::int64_t m_unixMs;
    std::int64_t m_steadyMs = 0;
};

} // namespace kompis::core::session
