#include "core/session/LessonScore.hpp"

#include <algorithm>
#include <cmath>

namespace kompis::core::session
{

double lessonScore(const std::map<std::string, double>& points,
                   const std::map<std::string, double>& maxPoints)
{
    double got = 0, max = 0;
    for (const auto& [id, worth] : maxPoints)
    {
        max += worth;
        if (const auto p = points.find(id); p != points.end())
            got += std::clamp(p->second, 0.0, worth);
    }
    return max > 0 ? got / max : 1.0;
}

int scorePercent(double score)
{
    return int(std::lround(std::clamp(score, 0.0, 1.0) * 100));
}

} // namespace kompis::core::session
