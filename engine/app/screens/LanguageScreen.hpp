#pragma once

#include "app/screens/Screen.hpp"

namespace kompis::app
{

/// "Choose your language" for people who cannot read the interface yet: every language as a
/// large button with its name in its own script (Arabic and Dari right to left), a speaker
/// beside each name espeak-ng can say, the current one marked. The choice becomes this PC's
/// interface language (saved). Shown at the very first start before the set-up, and from the
/// profile picker's language button so a learner at a shared PC can change it first.
class LanguageScreen : public Screen
{
public:
    enum class From
    {
        FirstStart,
        Profiles,
    };
    LanguageScreen(Shell& shell, From from)
        : Screen(shell)
        , m_from(from)
    {
    }
    [[nodiscard]] const char* name() const override { return "language"; }
    [[nodiscard]] bool hasFooter() const override { return false; } ///< room for every name
    void build() override;

private:
    void choose(const std::string& language);

    From m_from;
};

} // namespace kompis::app
