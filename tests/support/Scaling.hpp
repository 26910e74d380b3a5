#pragma once

#include <algorithm>
#include <cstddef>
#include <ctime>
#include <limits>

namespace kompis::test
{

/// CPU seconds of this process (all its threads) so far.
inline double processCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) * 1e-9;
}

/// CPU seconds `run` takes, the best of `tries`. CPU time, not wall time: the machine is shared,
/// and a long run is interrupted by other programs more often than a short one, which would
/// make linear work look quadratic.
template <class Run> double bestSeconds(Run&& run, int tries = 3)
{
    double best = std::numeric_limits<double>::max();
    for (int i = 0; i < tries; ++i)
    {
        const double start = processCpuSeconds();
        run();
        best = std::min(best, processCpuSeconds() - start);
    }
    return best;
}

/// How much longer ten times the input takes than the input: about 10 when the work is linear,
/// about 100 when it is quadratic. `make(n)` builds an input of size n (not timed), `run(input)`
/// does the work. Tests compare the ratio with a generous bound, never absolute times.
template <class Make, class Run> double tenfoldCostRatio(std::size_t n, Make&& make, Run&& run)
{
    const auto small = make(n);
    const auto large = make(10 * n);
    run(small); // warm caches and allocators before timing
    const double smallSeconds = bestSeconds([&] { run(small); });
    const double largeSeconds = bestSeconds([&] { run(large); });
    return largeSeconds / std::max(smallSeconds, 1e-6);
}

/// Above this a tenfold input cost more than about thirty times as much: not linear.
inline constexpr double kLinearBound = 30.0;

} // namespace kompis::test
