#pragma once

#include "core/audio/AudioClip.hpp"

#include <cstddef>
#include <functional>
#include <list>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

namespace kompis::core
{

/// Decoded clips kept for replay, within a byte budget: when a new clip does not fit, the
/// least recently used ones are dropped (three 10-minute clips are 2 GiB as float, so an
/// unbounded cache is a memory leak with extra steps). A clip still playing stays alive through
/// its shared_ptr even after the cache lets go of it.
class ClipCache
{
public:
    explicit ClipCache(std::size_t budgetBytes);

    /// The clip for `key`, decoded by `decode` on a miss (nullptr when decoding fails). A clip
    /// larger than the whole budget is returned but not kept.
    std::shared_ptr<const PcmAudio> get(const std::string& key,
                                        const std::function<std::optional<PcmAudio>()>& decode);
    /// The clip for `key` if it is cached (and now the most recently used), else nullptr.
    std::shared_ptr<const PcmAudio> find(const std::string& key);

    [[nodiscard]] std::size_t bytes() const { return m_bytes; }
    [[nodiscard]] std::size_t size() const { return m_index.size(); }
    [[nodiscard]] std::size_t budget() const { return m_budget; }
    void clear();

    /// What a clip costs in the cache: its samples.
    static std::size_t bytesOf(const PcmAudio& audio);

private:
    using Entry = std::pair<std::string, std::shared_ptr<const PcmAudio>>;

    void evictUntilFits(std::size_t incoming);

    std::size_t m_budget;
    std::size_t m_bytes = 0;
    std::list<Entry> m_recent; ///< most recently used first
    std::unordered_map<std::string, std::list<Entry>::iterator> m_index;
};

} // namespace kompis::core
