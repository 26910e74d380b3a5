#pragma once

#include "app/screens/Screen.hpp"
#include "core/store/StoreTypes.hpp"

#include <string>
#include <vector>

namespace kompis::app
{

/// "My progress": the streak, time and answers, activity over eight weeks, mastery per lesson.
class ProgressScreen : public Screen
{
public:
    using Screen::Screen;
    [[nodiscard]] const char* name() const override { return "progress"; }
    void open() override;
    void build() override;

private:
    struct LessonMastery
    {
        std::string title;
        double mastery = 0;
    };

    core::store::LearnerStatistics m_stats;
    std::vector<float> m_weekValues;
    std::vector<std::string> m_weekLabels, m_weekCounts;
    std::vector<LessonMastery> m_lessons;
};

} // namespace kompis::app
