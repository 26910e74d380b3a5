#pragma once

#include "app/screens/Screen.hpp"
#include "core/model/Course.hpp"
#include "core/session/CourseShelf.hpp"
#include "core/store/StoreTypes.hpp"

#include <map>
#include <string>

namespace kompis::app
{

using core::session::CourseEntry;

/// A course's lessons in order: new, in progress, done with a score, or locked until others
/// are done; the variant followed in a parallel course; the next lesson to start.
class CourseMapScreen : public Screen
{
public:
    CourseMapScreen(Shell& shell, CourseEntry& course)
        : Screen(shell)
        , m_course(course)
    {
    }
    [[nodiscard]] const char* name() const override { return "course-map"; }
    void open() override;
    void build() override;

private:
    void variantChoice();
    void start(const core::LessonSlot& slot);

    CourseEntry& m_course;
    std::map<std::string, core::store::LessonProgress> m_progress; ///< lesson id → progress
};

} // namespace kompis::app
