#pragma once

#include <string>

namespace kompis::app
{

class Shell;

/// One screen of the player. It owns its form state and the data it shows: `open` reads what it
/// needs from the store and the courses (again whenever its state changes), and `build`, called
/// two or three times a frame, only lays out widgets from that and acts on input.
class Screen
{
public:
    explicit Screen(Shell& shell)
        : m_shell(shell)
    {
    }
    virtual ~Screen() = default;
    Screen(const Screen&) = delete;
    Screen& operator=(const Screen&) = delete;

    /// The name scripts use in `expect-screen`.
    [[nodiscard]] virtual const char* name() const = 0;
    /// What `expect-screen name/detail` matches too (the lesson's step id), or "".
    [[nodiscard]] virtual std::string detail() const { return {}; }
    /// Whether the screen has a footer bar.
    [[nodiscard]] virtual bool hasFooter() const { return true; }
    /// Reads the screen's data: when it is shown, and when it is shown again after `back()`.
    virtual void open() {}
    /// Lays out this frame's widgets and acts on the input of the frame.
    virtual void build() = 0;
    /// Whether the screen needs a frame while nobody touches anything (something it shows is
    /// due to be read again, as the teacher's class view is every 30 s).
    [[nodiscard]] virtual bool wantsFrame() const { return false; }

protected:
    Shell& m_shell;
};

} // namespace kompis::app
