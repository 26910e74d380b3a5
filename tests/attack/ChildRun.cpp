#include "ChildRun.hpp"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace kompis::attack
{

namespace
{

/// Resident memory of a running process in MiB, from /proc (0 when it is gone).
long residentMb(pid_t pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmRSS:", 0) == 0)
            return std::atol(line.c_str() + 6) / 1024;
    return 0;
}

std::string slurp(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

/// The child's environment: enough to run, nothing of the caller's home or store.
std::vector<std::string> childEnvironment(const ChildSpec& spec)
{
    std::map<std::string, std::string> env = {
        {"PATH", "/usr/local/bin:/usr/bin:/bin"},
        {"LANG", "C.UTF-8"},
        {"HOME", (spec.workingDir / "home").string()},
        {"XDG_DATA_HOME", (spec.workingDir / "home" / "data").string()},
        {"XDG_CONFIG_HOME", (spec.workingDir / "home" / "config").string()},
        {"XDG_CACHE_HOME", (spec.workingDir / "home" / "cache").string()},
        {"ALSOFT_DRIVERS", "null"},
        {"NO_COLOR", "1"},
    };
    if (const char* display = std::getenv("DISPLAY"))
        env["DISPLAY"] = display;
    for (const auto& [key, value] : spec.env)
        env[key] = value;
    std::vector<std::string> out;
    for (const auto& [key, value] : env)
        out.push_back(key + "=" + value);
    return out;
}

} // namespace

ChildResult runChild(const ChildSpec& spec)
{
    ChildResult result;
    std::filesystem::create_directories(spec.workingDir / "home");
    const auto outputFile = spec.workingDir / ".attack-output";
    const auto environment = childEnvironment(spec);
    std::vector<char*> argv;
    for (const auto& a : spec.argv)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    std::vector<char*> envp;
    for (const auto& e : environment)
        envp.push_back(const_cast<char*>(e.c_str()));
    envp.push_back(nullptr);
    const std::string in = spec.stdinFile.empty() ? "/dev/null" : spec.stdinFile.string();

    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = ::fork();
    if (pid < 0)
    {
        result.output = "fork failed";
        return result;
    }
    if (pid == 0)
    {
        // Its own process group, so a kill reaches whatever it starts (espeak-ng, sh).
        ::setpgid(0, 0);
        const int input = ::open(in.c_str(), O_RDONLY);
        const int output = ::open(outputFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (input < 0 || output < 0 || ::chdir(spec.workingDir.c_str()) != 0)
            ::_exit(126);
        ::dup2(input, 0);
        ::dup2(output, 1);
        ::dup2(output, 2);
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    ::setpgid(pid, pid);
    int status = 0;
    rusage usage{};
    for (;;)
    {
        const pid_t done = ::wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        const double elapsed =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        bool kill = false;
        if (spec.killAfterSeconds >= 0 && elapsed >= spec.killAfterSeconds)
            kill = result.killedOnPurpose = true;
        else if (elapsed > spec.timeoutSeconds)
            kill = result.timedOut = true;
        else if (residentMb(pid) > spec.memoryLimitMb)
            kill = result.overMemory = true;
        if (kill)
        {
            ::kill(-pid, SIGKILL);
            ::wait4(pid, &status, 0, &usage);
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    result.maxRssMb = usage.ru_maxrss / 1024;
    if (WIFEXITED(status))
        result.exitCode = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        result.signal = WTERMSIG(status);
    result.output = slurp(outputFile);
    std::filesystem::remove(outputFile);
    return result;
}

} // namespace kompis::attack
