#pragma once

#include "import/ImportedCourse.hpp"

namespace kompis::author::import
{

/// Gathers a question bank's questions into lessons, one per category, as GIFT (`$CATEGORY:`)
/// and Moodle XML (`type="category"`) group them; questions before any category go into a
/// lesson named after the file.
class CategoryLessons
{
public:
    CategoryLessons(std::string firstTitle, int line);

    /// Starts a category from its Moodle path (`$course$/top/Default for Svenska 1/Ord`): the
    /// lesson takes the last part, the one the teacher named.
    void startCategory(std::string_view path, int line);
    void add(ImportedQuestion question) { m_current.questions.push_back(std::move(question)); }
    /// Moves the lessons that got questions into `course`; an error when none did.
    void finish(ImportedCourse& course, const std::string& file, core::DiagnosticSink& sink);

private:
    std::vector<ImportedLesson> m_done;
    ImportedLesson m_current;
};

} // namespace kompis::author::import
