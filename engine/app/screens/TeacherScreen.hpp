#pragma once

#include "app/screens/Screen.hpp"
#include "core/store/ProgressStore.hpp"

#include <optional>
#include <string>
#include <vector>

namespace kompis::app
{

/// Behind the teacher PIN: every learner on this PC with what they did, PIN resets, classroom
/// (kiosk) mode and exports. The summaries are read when the view unlocks and after a change,
/// never per frame: a school's store holds a million answers.
class TeacherScreen : public Screen
{
public:
    using Screen::Screen;
    [[nodiscard]] const char* name() const override { return "teacher"; }
    void open() override;
    void build() override;

private:
    struct LearnerRow
    {
        core::store::LearnerProfile learner;
        std::string summary;
    };

    void buildLocked();
    void unlock();
    void readLearners();
    void kioskChoice();
    void exportTo(const std::string& extension, bool xapi);

    bool m_firstPin = false;
    std::string m_pin;
    std::string m_message;
    std::optional<core::store::TeacherToken> m_token;
    std::vector<LearnerRow> m_learners;
};

} // namespace kompis::app
