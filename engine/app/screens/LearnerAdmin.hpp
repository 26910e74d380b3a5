#pragma once

#include "core/store/ProgressStore.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace kompis::app
{

class Shell;

/// The teacher's list of learners on this PC: add one, rename one, remove a PIN, delete one
/// (after a confirmation that says what goes, with a copy of their answers saved first). Part of
/// the teacher view; it reads the store when opened and after each change, never per frame.
/// A school's PC may hold hundreds of learners: the list shows one page at a time and a search
/// field finds a learner by any part of their name.
class LearnerAdmin
{
public:
    /// Learner cards on one page: enough to scan at a glance, few enough to draw in a frame.
    static constexpr std::size_t kPageSize = 20;

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
        std::string foldedName; ///< for the search: case-folded, so "AMAL" finds "Amal"
        int answers = 0;
        int lessonsDone = 0;
    };

    /// The rows whose name contains the search text, in the list's order.
    [[nodiscard]] std::vector<const Row*> matchingRows();
    void buildSearch();
    void buildPager(std::size_t matches);
    void buildRow(const core::store::TeacherToken& token, const Row& row);
    void buildDeleteConfirm(const core::store::TeacherToken& token, const Row& row);
    void buildAdd();
    void rename(const core::store::TeacherToken& token, const Row& row);
    void remove(const core::store::TeacherToken& token, const Row& row);
    /// Saves a CSV of one learner's answers in the home folder; "" or why not.
    std::string exportCopy(const Row& row, std::string& file);

    Shell& m_shell;
    std::vector<Row> m_rows;
    std::map<std::int64_t, int> m_namesakes; ///< learner id → "the 2nd Amal"
    std::string m_search;
    std::string m_searchedFor; ///< the search the page number belongs to
    std::size_t m_page = 0;
    int m_pageTurns = 0;         ///< each turn brings the top of the new page into view once
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
