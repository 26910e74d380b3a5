#pragma once

#include "app/screens/Screen.hpp"
#include "core/store/StoreTypes.hpp"

#include <string>
#include <vector>

namespace kompis::app
{

/// Who is learning: a tile per learner on this PC, a new learner, settings and the teacher view.
class ProfilesScreen : public Screen
{
public:
    using Screen::Screen;
    [[nodiscard]] const char* name() const override { return "profiles"; }
    [[nodiscard]] bool hasFooter() const override { return false; }
    void open() override;
    void build() override;

private:
    std::vector<core::store::LearnerProfile> m_learners;
    std::string m_notice;
};

} // namespace kompis::app
