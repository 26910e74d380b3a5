#include "import/CategoryLessons.hpp"

#include "import/PlainText.hpp"

namespace kompis::author::import
{

CategoryLessons::CategoryLessons(std::string firstTitle, int line)
{
    m_current.title = std::move(firstTitle);
    m_current.line = line;
}

void CategoryLessons::startCategory(std::string_view path, int line)
{
    auto title = collapseSpace(path);
    while (!title.empty() && title.back() == '/')
        title.pop_back();
    if (const auto slash = title.rfind('/'); slash != std::string::npos)
        title.erase(0, slash + 1);
    if (!m_current.questions.empty())
        m_done.push_back(std::move(m_current));
    m_current = ImportedLesson{};
    m_current.title = title;
    m_current.line = line;
}

void CategoryLessons::finish(ImportedCourse& course, const std::string& file,
                             core::DiagnosticSink& sink)
{
    if (!m_current.questions.empty())
        m_done.push_back(std::move(m_current));
    for (auto& lesson : m_done)
        course.lessons.push_back(std::move(lesson));
    m_done.clear();
    if (course.lessons.empty())
        sink.error("import-nothing", {file, 0, 0},
                   "no question Kompis can express found in the file");
}

} // namespace kompis::author::import
