#pragma once

#include "app/screens/Screen.hpp"

namespace kompis::app
{

/// Language, text size, contrast, volume and full screen; saved at once, shown at once.
/// Opened over another screen, which it returns to.
class SettingsScreen : public Screen
{
public:
    using Screen::Screen;
    [[nodiscard]] const char* name() const override { return "settings"; }
    void build() override;

private:
    bool choice(const std::string& id, const std::string& label, bool on);
};

} // namespace kompis::app
