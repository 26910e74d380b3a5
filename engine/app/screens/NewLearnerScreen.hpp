#pragma once

#include "app/screens/Screen.hpp"

#include <string>

namespace kompis::app
{

/// A new learner on this PC: a name, an optional PIN and the interface language.
class NewLearnerScreen : public Screen
{
public:
    using Screen::Screen;
    [[nodiscard]] const char* name() const override { return "new-learner"; }
    void build() override;

private:
    void create();

    std::string m_name;
    std::string m_pin;
    std::string m_second; ///< the second reading language, "" for none
    std::string m_message;
};

} // namespace kompis::app
