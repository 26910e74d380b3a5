#pragma once

#include "app/screens/Screen.hpp"
#include "core/store/StoreTypes.hpp"

#include <string>

namespace kompis::app
{

/// A learner's PIN on a pad of big keys (digits on the keyboard work too).
class PinScreen : public Screen
{
public:
    PinScreen(Shell& shell, core::store::LearnerProfile learner)
        : Screen(shell)
        , m_learner(std::move(learner))
    {
    }
    [[nodiscard]] const char* name() const override { return "pin"; }
    [[nodiscard]] bool hasFooter() const override { return false; }
    void build() override;

private:
    void check();

    core::store::LearnerProfile m_learner;
    std::string m_entry;
    std::string m_message;
};

} // namespace kompis::app
