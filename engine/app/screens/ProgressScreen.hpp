#pragma once

#include "app/screens/Screen.hpp"
#include "core/store/StoreTypes.hpp"

#include <string>
#include <vector>

namespace kompis::app
{

/// "My progress": the streak, time and answers, activity over eight weeks, and each lesson
/// finished with its score (the one score of results and the course map), under its course's
/// title.
class ProgressScreen : public Screen
{
public:
    using Screen::Screen;
    [[nodiscard]] const char* name() const override { return "progress"; }
    void open() override;
    void build() override;

private:
    /// Each course with a lesson finished, then those lessons with their scores.
    void lessonLines();

    /// A course heading or one of its lessons, as shown.
    struct Line
    {
        std::string text;
        double score = -1; ///< 0–1 for a lesson; -1 for a course title
    };

    core::store::LearnerStatistics m_stats;
    std::vector<float> m_weekValues;
    std::vector<std::string> m_weekLabels, m_weekCounts;
    std::vector<Line> m_lessons;
};

} // namespace kompis::app
