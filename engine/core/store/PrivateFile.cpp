#include "core/store/PrivateFile.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kompis::core::store
{
namespace fs = std::filesystem;

namespace
{
bool groupWritable(const fs::path& folder)
{
    std::error_code ec;
    const auto st = fs::status(folder.empty() ? fs::path(".") : folder, ec);
    return !ec && (st.permissions() & fs::perms::group_write) != fs::perms::none;
}

std::string errnoText(const std::string& what, const fs::path& path)
{
    return "cannot " + what + " " + path.string() + ": " + std::strerror(errno);
}

// Opens the file with these permissions whatever the umask, or fails with errno set.
int openPrivately(const fs::path& path, int flags, fs::perms perms)
{
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd >= 0 && ::fchmod(fd, static_cast<mode_t>(perms)) != 0)
    {
        const int saved = errno;
        ::close(fd);
        errno = saved;
        return -1;
    }
    return fd;
}

bool syncPath(const fs::path& path, int flags)
{
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}
} // namespace

fs::perms privatePermsFor(const fs::path& folder)
{
    return groupWritable(folder) ? fs::perms(0660) : fs::perms(0600);
}

std::string createPrivateFolders(const fs::path& folder)
{
    if (folder.empty())
        return {};
    std::error_code ec;
    if (fs::is_directory(folder, ec))
        return {};
    if (auto problem = createPrivateFolders(folder.parent_path()); !problem.empty())
        return problem;
    if (!fs::create_directory(folder, ec) && ec)
        return "cannot create the folder " + folder.string() + ": " + ec.message();
    const auto perms = groupWritable(folder.parent_path()) ? fs::perms(0770) : fs::perms(0700);
    fs::permissions(folder, perms, fs::perm_options::replace, ec);
    return {};
}

std::string createPrivateFile(const fs::path& file)
{
    const int fd =
        openPrivately(file, O_WRONLY | O_CREAT | O_EXCL, privatePermsFor(file.parent_path()));
    if (fd < 0)
        return errno == EEXIST ? std::string() : errnoText("create", file);
    ::close(fd);
    return {};
}

fs::path partNameFor(const fs::path& target)
{
    return target.string() + ".part";
}

AtomicFile::AtomicFile(fs::path target)
    : m_target(std::move(target))
    , m_part(partNameFor(m_target))
{
    std::error_code ec;
    fs::remove(m_part, ec); // a leftover of a killed run
    const int fd =
        openPrivately(m_part, O_WRONLY | O_CREAT | O_EXCL, privatePermsFor(m_target.parent_path()));
    if (fd < 0)
    {
        m_error = errnoText("write", m_part);
        return;
    }
    ::close(fd);
    m_out.open(m_part, std::ios::binary | std::ios::trunc);
    if (!m_out)
        m_error = "cannot write " + m_part.string();
}

AtomicFile::~AtomicFile()
{
    if (m_done)
        return;
    m_out.close();
    std::error_code ec;
    fs::remove(m_part, ec);
}

std::string AtomicFile::commit()
{
    if (!m_error.empty())
        return m_error;
    m_out.flush();
    const bool written = bool(m_out);
    m_out.close();
    if (!written || !syncPath(m_part, O_WRONLY))
        return "cannot write " + m_part.string() + " (is the disk full?)";
    std::error_code ec;
    fs::rename(m_part, m_target, ec);
    if (ec)
        return "cannot rename " + m_part.string() + " to " + m_target.string() + ": " +
               ec.message();
    m_done = true;
    const auto folder = m_target.parent_path();
    (void)syncPath(folder.empty() ? fs::path(".") : folder, O_RDONLY | O_DIRECTORY);
    return {};
}

} // namespace kompis::core::store
