#include "core/store/ProgressStore.hpp"

#include <filesystem>

namespace kompis::core::store
{

std::vector<WrittenVersion> ProgressStore::writtenVersions(std::int64_t learnerId,
                                                           const std::string& courseId,
                                                           const std::string& itemId)
{
    std::vector<WrittenVersion> versions;
    auto& st = m_db.cached("SELECT a.id, a.ts, a.response, coalesce(c.ticked, '') FROM attempts a "
                           "LEFT JOIN attempt_checklist c ON c.attempt_id = a.id "
                           "WHERE a.learner_id=? AND a.course_id=? AND a.item_id=? "
                           "ORDER BY a.ts, a.id");
    st.bind(1, learnerId).bind(2, courseId).bind(3, itemId);
    while (st.step())
        versions.push_back({st.integer(0), st.integer(1), st.text(2), st.text(3)});
    st.reset();
    return versions;
}

std::filesystem::path ProgressStore::recordingsDir(std::int64_t learnerId)
{
    if (m_report.path.empty() || !m_report.saving)
        return {};
    const auto profile = learner(learnerId);
    if (!profile || profile->uuid.empty())
        return {};
    return m_report.path.parent_path() / "recordings" / profile->uuid;
}

} // namespace kompis::core::store
