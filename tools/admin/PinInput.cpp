#include "PinInput.hpp"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <termios.h>
#include <unistd.h>

namespace kompis::admin
{
namespace
{
std::string trimmed(std::string s)
{
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' '))
        s.pop_back();
    return s;
}

std::optional<std::string> fromFile(const std::string& path, std::string& problem)
{
    std::ifstream in(path);
    std::string line;
    if (!in || !std::getline(in, line))
    {
        problem = path + ": cannot read a PIN from this file";
        return std::nullopt;
    }
    return trimmed(line);
}

// Asks on the terminal without echo; nothing when standard input is not a terminal.
std::optional<std::string> prompt(const char* question)
{
    if (!::isatty(STDIN_FILENO))
        return std::nullopt;
    termios saved{};
    const bool quiet = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (quiet)
    {
        termios noEcho = saved;
        noEcho.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &noEcho);
    }
    std::cerr << question << std::flush;
    std::string line;
    const bool got = bool(std::getline(std::cin, line));
    if (quiet)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::cerr << "\n";
    if (!got)
        return std::nullopt;
    return trimmed(line);
}

std::optional<std::string> readPin(AdminArgs& args, const std::string& fileOption,
                                   const char* envName, const char* label, bool twice,
                                   std::string& problem)
{
    if (const auto file = args.value(fileOption))
        return fromFile(*file, problem);
    if (const char* env = std::getenv(envName); env && *env)
        return std::string(env);
    const std::string question = "Type the " + std::string(label) + ": ";
    auto pin = prompt(question.c_str());
    if (pin && twice && prompt("Type it again: ") != pin)
    {
        problem = "the two PINs typed differ";
        return std::nullopt;
    }
    if (!pin)
        problem = "the " + std::string(label) + " is needed: give it with " + fileOption +
                  " FILE or $" + envName + " (or run this on a terminal to be asked)";
    return pin;
}
} // namespace

std::optional<std::string> readTeacherPin(AdminArgs& args, std::string& problem)
{
    if (args.flag("--teacher-pin"))
    {
        problem = "--teacher-pin is not accepted: a PIN on the command line is visible to every "
                  "account in the process list. Use --teacher-pin-file FILE, $KOMPIS_TEACHER_PIN "
                  "or type it when asked";
        return std::nullopt;
    }
    return readPin(args, "--teacher-pin-file", "KOMPIS_TEACHER_PIN", "teacher PIN", false, problem);
}

std::optional<std::string> readNewPin(AdminArgs& args, std::string& problem)
{
    return readPin(args, "--new-pin-file", "KOMPIS_NEW_PIN", "new PIN (4-12 digits)", true,
                   problem);
}

} // namespace kompis::admin
