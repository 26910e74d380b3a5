#pragma once

#include "app/screens/Screen.hpp"
#include "core/session/CourseShelf.hpp"

#include <map>
#include <string>
#include <vector>

namespace kompis::app
{

using core::session::CourseEntry;

/// The learner's courses as tiles, with reviews and words due, and the course to continue.
class LibraryScreen : public Screen
{
public:
    using Screen::Screen;
    [[nodiscard]] const char* name() const override { return "library"; }
    void open() override;
    void build() override;

private:
    void courseTile(CourseEntry& entry);
    void openCourse(CourseEntry& entry);
    void leave();

    int m_dueItems = 0;
    std::map<std::string, int> m_duePerCourse;
    std::size_t m_dueWords = 0;
    std::map<std::string, int> m_lessonsDone; ///< course id → lessons done
    /// Course id → (the reading languages it was made for, its languages lines): formatting
    /// them every frame costs several ICU messages per tile.
    std::map<std::string, std::pair<std::string, std::string>> m_languageLines;
    CourseEntry* m_resume = nullptr; ///< the course last worked in
};

} // namespace kompis::app
