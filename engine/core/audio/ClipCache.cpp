#include "core/audio/ClipCache.hpp"

namespace kompis::core
{

ClipCache::ClipCache(std::size_t budgetBytes)
    : m_budget(budgetBytes)
{
}

std::size_t ClipCache::bytesOf(const PcmAudio& audio)
{
    return audio.samples.size() * sizeof(audio.samples[0]);
}

std::shared_ptr<const PcmAudio> ClipCache::find(const std::string& key)
{
    const auto found = m_index.find(key);
    if (found == m_index.end())
        return nullptr;
    m_recent.splice(m_recent.begin(), m_recent, found->second);
    return found->second->second;
}

std::shared_ptr<const PcmAudio>
ClipCache::get(const std::string& key, const std::function<std::optional<PcmAudio>()>& decode)
{
    if (auto cached = find(key))
        return cached;
    auto decoded = decode();
    if (!decoded)
        return nullptr;
    auto clip = std::make_shared<const PcmAudio>(std::move(*decoded));
    const auto cost = bytesOf(*clip);
    if (cost > m_budget)
        return clip;
    evictUntilFits(cost);
    m_recent.emplace_front(key, clip);
    m_index.emplace(key, m_recent.begin());
    m_bytes += cost;
    return clip;
}

void ClipCache::evictUntilFits(std::size_t incoming)
{
    while (!m_recent.empty() && m_bytes + incoming > m_budget)
    {
        m_bytes -= bytesOf(*m_recent.back().second);
        m_index.erase(m_recent.back().first);
        m_recent.pop_back();
    }
}

void ClipCache::clear()
{
    m_recent.clear();
    m_index.clear();
    m_bytes = 0;
}

} // namespace kompis::core
