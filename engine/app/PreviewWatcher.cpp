#include "app/PreviewWatcher.hpp"

#include <array>
#include <cerrno>
#include <cstring>
#include <sys/inotify.h>
#include <unistd.h>

namespace kompis::app
{
namespace
{

constexpr std::uint32_t kEvents = IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE |
                                  IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF;
// After these a file is whole again; a bare IN_MODIFY or IN_CREATE may be a save half done.
constexpr std::uint32_t kFinished = IN_CLOSE_WRITE | IN_MOVED_TO | IN_DELETE | IN_DELETE_SELF;

// Editors' swap and backup files (.lesson.xml.swp, lesson.xml~, vim's probe "4913") change
// with every keystroke or save and are no part of the course.
bool editorScratch(std::string_view name)
{
    return name.empty() || name.front() == '.' || name.back() == '~' || name == "4913" ||
           name.starts_with(".#");
}

} // namespace

PreviewWatcher::PreviewWatcher(std::filesystem::path folder, std::chrono::milliseconds quiet,
                               std::chrono::milliseconds settled)
    : m_folder(std::move(folder))
    , m_quiet(quiet)
    , m_settled(settled)
    , m_fd(::inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
{
    if (m_fd < 0)
    {
        m_error = std::string("cannot watch files: ") + std::strerror(errno);
        return;
    }
    watchTree(m_folder);
}

PreviewWatcher::~PreviewWatcher()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void PreviewWatcher::watchTree(const std::filesystem::path& folder)
{
    const int wd = ::inotify_add_watch(m_fd, folder.c_str(), kEvents);
    if (wd < 0)
    {
        if (m_error.empty())
            m_error = "cannot watch " + folder.string() + ": " + std::strerror(errno);
        return;
    }
    m_watches[wd] = folder;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec))
        if (entry.is_directory(ec) && !editorScratch(entry.path().filename().string()))
            watchTree(entry.path());
}

bool PreviewWatcher::poll(Clock::time_point now)
{
    if (m_fd < 0)
        return false;
    alignas(inotify_event) std::array<char, 8192> buffer{};
    for (;;)
    {
        const ssize_t got = ::read(m_fd, buffer.data(), buffer.size());
        if (got <= 0)
            break;
        for (ssize_t at = 0; at < got;)
        {
            const auto* event = reinterpret_cast<const inotify_event*>(buffer.data() + at);
            at += ssize_t(sizeof(inotify_event) + event->len);
            const std::string_view name = event->len ? event->name : "";
            if (event->mask & IN_IGNORED)
            {
                m_watches.erase(event->wd);
                continue;
            }
            if (event->len && editorScratch(name))
                continue;
            // A folder made after the start (a new media/ or lessons/) is watched too.
            if ((event->mask & (IN_CREATE | IN_MOVED_TO)) && (event->mask & IN_ISDIR))
                if (const auto parent = m_watches.find(event->wd); parent != m_watches.end())
                    watchTree(parent->second / std::string(name));
            m_pending = true;
            m_reportAt = now + ((event->mask & kFinished) ? m_settled : m_quiet);
        }
    }
    if (m_pending && now >= m_reportAt)
    {
        m_pending = false;
        return true;
    }
    return false;
}

} // namespace kompis::app
