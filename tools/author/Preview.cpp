// `kompis-author preview`: the real player on one course, for a teacher editing it. The player
// does the work (`kompis --preview`: a throwaway store, every lesson open, reload on save); this
// finds it and starts it.
#include "Commands.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <sys/wait.h>
#include <unistd.h>

namespace kompis::author
{
namespace
{

namespace fs = std::filesystem;

// $KOMPIS_PLAYER, else the kompis installed beside this tool, else the one on PATH.
std::string playerProgram()
{
    if (const char* chosen = std::getenv("KOMPIS_PLAYER"); chosen && *chosen)
        return chosen;
    std::error_code ec;
    const auto self = fs::read_symlink("/proc/self/exe", ec);
    if (!ec)
        if (const auto beside = self.parent_path() / "kompis"; fs::exists(beside, ec))
            return beside.string();
    return "kompis";
}

} // namespace

int runPreview(Arguments& args)
{
    const auto& positional = args.positional();
    if (positional.empty())
        return args.usageError("name the course folder to preview");
    const fs::path course = positional[0];
    std::error_code ec;
    if (!fs::is_regular_file(course / "course.xml", ec))
        return args.usageError(course.string() +
                               " is not a course folder (no course.xml; unpack a .kompis first)");
    std::vector<std::string> words{playerProgram(), "--preview", course.string()};
    if (const auto lesson = args.value("--lesson"))
        words.insert(words.end(), {"--lesson", *lesson});
    if (const auto step = args.value("--step"))
        words.insert(words.end(), {"--step", *step});
    // Words after the folder go to the player as they are (`-- --size 1280x800`).
    words.insert(words.end(), positional.begin() + 1, positional.end());

    std::vector<char*> argv;
    for (auto& word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    const pid_t child = ::fork();
    if (child == 0)
    {
        ::execvp(argv[0], argv.data());
        std::fprintf(stderr,
                     "kompis-author preview: cannot start the player %s (%s); install kompis or "
                     "set KOMPIS_PLAYER to it\n",
                     argv[0], std::strerror(errno));
        std::_Exit(127);
    }
    if (child < 0)
    {
        std::fprintf(stderr, "kompis-author preview: cannot start the player (%s)\n",
                     std::strerror(errno));
        return kUsage;
    }
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR)
    {
    }
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}

} // namespace kompis::author
