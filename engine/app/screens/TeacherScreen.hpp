#pragma once

#include "app/BackgroundExport.hpp"
#include "app/screens/ClassView.hpp"
#include "app/screens/LearnerAdmin.hpp"
#include "app/screens/Screen.hpp"
#include "core/store/ProgressStore.hpp"

#include <memory>
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
    explicit TeacherScreen(Shell& shell)
        : Screen(shell)
        , m_admin(shell)
        , m_class(shell)
    {
    }
    [[nodiscard]] const char* name() const override { return "teacher"; }
    void open() override;
    void build() override;
    [[nodiscard]] bool wantsFrame() const override { return m_token && m_class.wantsFrame(); }

private:
    void buildLocked();
    void unlock();
    void kioskChoice();
    void idleChoice();
    void exportTo(const std::string& extension, bool xapi);
    /// Copies every learner's recordings into a new folder in the export folder.
    void copyRecordings();
    /// The export running in the background: its bar and Cancel, then what came of it.
    void exportProgress();

    std::string m_pin;
    std::string m_message;
    std::optional<core::store::TeacherToken> m_token;
    LearnerAdmin m_admin;
    ClassView m_class; ///< the whole class from the classroom server, when there is one
    std::string m_exportFolder;
    std::unique_ptr<BackgroundExport> m_export;
};

} // namespace kompis::app
