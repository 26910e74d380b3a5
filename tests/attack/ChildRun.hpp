#pragma once
// Runs one real binary as a child process under the attack's limits: a wall-clock limit after
// which it is killed, and a watch on its resident memory that kills it when it goes over.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace kompis::attack
{

/// How one child is run.
struct ChildSpec
{
    std::vector<std::string> argv;          ///< argv[0] is the program's path
    std::filesystem::path workingDir;       ///< the case's folder
    std::map<std::string, std::string> env; ///< set on top of a small clean environment
    std::filesystem::path stdinFile;        ///< empty: /dev/null
    double timeoutSeconds = 20;             ///< killed after this long
    long memoryLimitMb = 800;               ///< killed when its RSS goes over this
    double killAfterSeconds = -1;           ///< >= 0: SIGKILL at this moment (the kill family)
};

/// What came back.
struct ChildResult
{
    int exitCode = -1;       ///< when it exited
    int signal = 0;          ///< when a signal ended it
    bool timedOut = false;   ///< the harness killed it for taking too long
    bool overMemory = false; ///< the harness killed it for its memory
    bool killedOnPurpose = false;
    long maxRssMb = 0; ///< from getrusage of the child (ru_maxrss)
    double seconds = 0;
    std::string output; ///< standard output and error, interleaved
};

/// Runs the child to its end or its limit; never throws for anything the child does.
ChildResult runChild(const ChildSpec& spec);

} // namespace kompis::attack
