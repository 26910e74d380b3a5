#pragma once

#include "core/store/ProgressStore.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace kompis::app
{

class Shell;

/// The teacher's list of learners on this PC: add one, rename one, remove a PIN, delete one
/// (after a confirmation that says what goes, with a copy of their answers saved first). Part of
/// the teacher view; it reads the store when opened and after each change, never per frame.
class LearnerAdmin
{
public:
    explicit LearnerAdmin(Shell& shell)
        : m_shell(shell)
    {
    }
    /// Reads the learners and what each has done.
    void read();
    /// Lays out the list and acts on its buttons.
    void build(const core::store::TeacherToken& token);

private:
    struct Row
    {
        core::store::LearnerProfile learner;
        std::string summary;
        int answers = 0;
        int lessonsDone = 0;
    };

    void buildRow(const core::store::TeacherToken& token, const Row& row);
    void buildDeleteConfirm(const core::store::TeacherToken& token, const Row& row);
    void buildAdd();
    void rename(const core::store::TeacherToken& token, const Row& row);
    void remove(const core::store::TeacherToken& token, const Row& row);
    /// Saves a CSV of one learner's answers in the home folder; "" or why not.
    std::string exportCopy(const Row& row, std::string& file);

    Shell& m_shell;
    std::vector<Row> m_rows;
    std::int64_t m_renaming = 0; ///< learner id whose name field is open
    std::string m_newName;
    std::int64_t m_deleting = 0; ///< learner id whose confirmation is open
    std::string m_addName;
    std::string m_addPin;
    std::string m_message;
    bool m_messageIsError = false;
    bool m_changed = false;
};

} // namespace kompis::app
