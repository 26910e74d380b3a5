#pragma once

#include "core/classroom/ClassOverview.hpp"

#include <map>
#include <string>

namespace kompis::app
{

class Shell;

/// The teacher view's whole class across the classroom's PCs, as the server knows it: each
/// learner's lessons done, answers, average score, time, texts written, and when and on which
/// PC they were last seen. Read off the UI thread when the view opens, every 30 s while it is
/// open, and on Refresh; says so while reading, when the server cannot be reached and when the
/// class is empty. Shows nothing on a PC without a classroom.
class ClassView
{
public:
    explicit ClassView(Shell& shell)
        : m_shell(shell)
    {
    }
    /// Reads the pass marks of the courses on this PC and starts a read of the class.
    void open();
    /// Lays out the class and acts on Refresh.
    void build();
    /// Whether a read is running or due (the view wants a frame to start or show it).
    [[nodiscard]] bool wantsFrame() const;

private:
    void learnerCard(const core::classroom::LearnerOverview& learner);
    /// Lessons finished at least once at their course's pass mark, as every screen counts them
    /// (a course not on this PC: as the PC that finished it judged).
    [[nodiscard]] int lessonsDone(const core::classroom::LearnerOverview& learner) const;

    Shell& m_shell;
    std::map<std::string, double> m_passMarks; ///< by course id, from the courses on this PC
};

} // namespace kompis::app
