#pragma once

#include "app/screens/Screen.hpp"
#include "core/model/Course.hpp"
#include "core/session/CourseProgress.hpp"
#include "core/session/CourseShelf.hpp"

#include <optional>
#include <string>

namespace kompis::app
{

using core::session::CourseEntry;

/// A course's lessons in order: new, in progress, done with a score, tried (finished below the
/// pass mark), or locked until others are done; the variant followed in a parallel course; the
/// next lesson to start.
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
    /// The line under a lesson's title and its score bar (-1: none).
    [[nodiscard]] std::pair<std::string, float> lessonStatus(const core::LessonSlot& slot) const;

    CourseEntry& m_course;
    std::optional<core::session::CourseProgress> m_progress; ///< read in open()
};

} // namespace kompis::app
