#pragma once
// A private Xvfb for the player's cases, on a display number the server picks itself.

#include <sys/types.h>

namespace kompis::attack
{

/// Starts Xvfb and sets DISPLAY for the children; stops it when destroyed.
class XvfbDisplay
{
public:
    XvfbDisplay();
    ~XvfbDisplay();
    XvfbDisplay(const XvfbDisplay&) = delete;
    XvfbDisplay& operator=(const XvfbDisplay&) = delete;
    [[nodiscard]] bool ok() const { return m_number >= 0; }

private:
    pid_t m_pid = -1;
    int m_number = -1;
};

} // namespace kompis::attack
