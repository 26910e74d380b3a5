#pragma once
// The attack's cases: each makes hostile input in its own folder, runs the real binaries on it
// and is judged held (a diagnostic or a clean refusal, within time and memory, nothing written
// outside its folder, no answer lost) or broke, with the reason.

#include "ChildRun.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <iostream>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace kompis::attack
{

namespace fs = std::filesystem;

/// What a tool's answer to one hostile input must look like to count as held.
struct Expect
{
    std::vector<int> exits = {1};      ///< documented exit statuses that fit this input
    std::vector<std::string> mentions; ///< the output names the problem with one of these
    std::vector<std::string> never;    ///< text that must not appear (a leaked secret)
    bool plainText = true;             ///< no raw control characters reach the terminal
};

/// The binaries and the places a run works with.
struct Setup
{
    fs::path author;
    fs::path admin;
    fs::path player; ///< empty when the player is not built: its cases are left out
    fs::path exampleCourse;
    fs::path scratch; ///< every case's folder is made here and removed after
    std::uint32_t seed = 1;
    bool keep = false;
};

struct CaseOutcome
{
    std::string family;
    std::string name;
    std::vector<std::string> problems; ///< empty: held
    std::string known; ///< why a broken case is known and left open (reported, not failed)
    double seconds = 0;
};

class Attack;

/// One case: its folder, the children it runs and what went wrong; recorded when it ends.
class Case
{
public:
    Case(Attack& attack, std::string family, std::string name);
    ~Case();
    Case(const Case&) = delete;
    Case& operator=(const Case&) = delete;

    [[nodiscard]] const fs::path& dir() const { return m_dir; }
    /// Writes bytes to a file under the case's folder, making folders on the way.
    void write(const fs::path& relative, const std::string& bytes) const;
    /// A copy of the example course at dir()/name, to be damaged.
    fs::path exampleCopy(const std::string& name = "course") const;

    /// Runs kompis-author with these arguments and judges its answer.
    ChildResult author(const std::vector<std::string>& args, const Expect& expect);
    /// Runs kompis-admin with these arguments (and environment) and judges its answer.
    ChildResult admin(const std::vector<std::string>& args, const Expect& expect,
                      const std::map<std::string, std::string>& env = {});
    /// Runs the player on `script` with this store and these courses; held when it exits 0.
    /// Unless `pcSetUp` is false, the PC's set-up step counts as done.
    ChildResult player(const std::string& script, const fs::path& store,
                       const std::vector<fs::path>& courses, double killAfter = -1,
                       bool pcSetUp = true);
    [[nodiscard]] bool hasPlayer() const;

    /// Judges a child's result; every problem found is added to the case.
    void judge(const std::string& what, const ChildResult& result, const Expect& expect);
    /// Adds a problem found by the case's own check.
    void fail(const std::string& problem) { m_outcome.problems.push_back(problem); }
    /// Marks the case as broken on purpose for now: it is reported with `why` and does not fail
    /// the run; once it holds, the run fails until the mark is removed.
    void knownOpen(const std::string& why) { m_outcome.known = why; }
    std::mt19937& random();

private:
    ChildResult run(const std::string& what, ChildSpec spec, const Expect& expect);

    Attack& m_attack;
    fs::path m_dir;
    CaseOutcome m_outcome;
    double m_started = 0;
};

/// The whole run: set-up, the cases' outcomes, the table.
class Attack
{
public:
    explicit Attack(Setup setup);
    [[nodiscard]] const Setup& setup() const { return m_setup; }
    void record(CaseOutcome outcome);
    /// Prints `family | cases | held | broke` and one line per broken case; true when every case
    /// held or broke as known.
    bool report(std::ostream& out, double seconds) const;
    std::mt19937& random() { return m_random; }

private:
    Setup m_setup;
    std::vector<CaseOutcome> m_outcomes;
    std::mt19937 m_random;
};

/// One family of cases.
struct Family
{
    std::string name;
    std::string covers; ///< what its cases are, for --list and the README
    std::function<void(Attack&)> run;
};

/// Where escapes by absolute path aim; nothing may appear there.
fs::path escapeProbe();

/// Every family, in the order they run.
std::vector<Family> families();

} // namespace kompis::attack
