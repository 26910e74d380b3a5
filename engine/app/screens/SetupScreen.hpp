#pragma once

#include "app/screens/Screen.hpp"

#include <string>

namespace kompis::app
{

/// "Set up this computer": the teacher PIN, typed twice, before anyone else can choose it. Shown
/// at the first start, and from the Teacher button while no teacher PIN is set; at the first
/// start it also offers "this is my own computer" to go on without one.
class SetupScreen : public Screen
{
public:
    enum class From
    {
        FirstStart,
        TeacherButton,
    };
    SetupScreen(Shell& shell, From from)
        : Screen(shell)
        , m_from(from)
    {
    }
    [[nodiscard]] const char* name() const override { return "set-up"; }
    void build() override;

private:
    void save();
    void leave();

    From m_from;
    std::string m_pin;
    std::string m_again;
    std::string m_message;
};

} // namespace kompis::app
